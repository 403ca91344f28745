/**
 * Token keys for matching names across transliterations: "Ka'bi", "Kaabi",
 * "Kabi" and "KA'BI" share one key; so do "Hizballah" and "Hezbollah".
 * After the shared folding (case, accents, apostrophes: text/fold), each
 * word loses its vowels after the first letter, doubled letters collapse and
 * letters that English spellings of Arabic swap (q/k, e/i/a/o/u) unify.
 * Particles ("al", "bin") are dropped; titles ("sheikh") too.
 */
import { foldText } from '../../text/fold.js';

// Articles and filiation particles that every other Arabic name carries.
const particles = new Set(['al', 'el', 'ul', 'bin', 'ben', 'ibn', 'bint', 'wa', 'the', 'of', 'and', 'de', 'la', 'in']);
// Titles and honorifics: not part of who a person is.
const titles = new Set(['sheikh', 'sheik', 'shaykh', 'shaikh', 'sayyid', 'sayed', 'said', 'hajj', 'haji', 'mullah', 'imam', 'dr', 'mr', 'general', 'gen', 'commander']);

/** The words of a name, folded, without particles or titles; "AL-KA'BI, Akram" -> ["kabi", "akram"]. */
export function nameWords(name: string): string[] {
  return foldText(name)
    .replace(/\b(al|el)-/g, ' ') // "al-Kaabi" -> " Kaabi"
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !particles.has(w) && !titles.has(w));
}

/** The transliteration-blind key of one folded word. */
export function wordKey(word: string): string {
  let w = word
    .replace(/q/g, 'k').replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/dh/g, 'd').replace(/th/g, 't').replace(/ph/g, 'f')
    .replace(/w/g, 'u').replace(/y/g, 'i');
  const first = w[0] ?? '';
  // Vowels after the first letter carry no weight across transliterations; a leading vowel does ("Akram" vs "Karim").
  w = first + w.slice(1).replace(/[aeiou]/g, '');
  return w.replace(/(.)\1+/g, '$1');
}

export function nameKeys(name: string): string[] {
  return nameWords(name).map(wordKey).filter((k) => k.length > 0);
}

/** Damerau-Levenshtein distance of at most one (one edit or one swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
