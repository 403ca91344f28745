/**
 * Finds cue phrases from the lexicons in a stretch of text. All phrases of a
 * matcher are compiled at load; at each word start only the phrases that can
 * begin with its first character are tried, in longest-first order.
 *
 * Phrase syntax: words separated by spaces; "a|b" is either word; "*" skips up
 * to three words. Matching ignores case and the apostrophe style, and is
 * bounded by non-letters on both sides (Arabic cues also accept a leading
 * conjunction و or ف, and the spelling variants of phrase-arabic.ts).
 */
import { ARABIC_CUE_PREFIX, arabicWordPattern, isArabicWord } from './phrase-arabic.js';

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

const LETTER = '[\\p{L}\\p{N}_]';
// Bounded, lazy gap: never more than three words, so no runaway backtracking.
const GAP = "(?:\\s+[^\\s.;:!?\"“”]+){0,3}?";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/-/g, '[-‐–]');
}

export function compilePhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let out = '';
  for (const [i, word] of words.entries()) {
    if (word === '*') { out += GAP; continue; }
    const alt = word.split('|').map((w) => (isArabicWord(w) ? arabicWordPattern(w) : escape(w))).join('|');
    const sep = i === 0 ? '' : '\\s+';
    out += `${sep}(?:${alt})`;
  }
  const first = words[0] ?? '';
  const prefix = isArabicWord(first) ? ARABIC_CUE_PREFIX : '';
  return `(?<!${LETTER})${prefix}${out}(?!${LETTER})`;
}

/**
 * Where a phrase can start: a test of its first letter, and whether a
 * conjunction (و, ف) may come before it. Null when it may start anywhere.
 */
function firstLetterTest(phrase: string): { letter: RegExp; prefixed: boolean } | null {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  if (first === '' || first === '*') return null;
  const alts: string[] = [];
  for (const w of first.split('|')) {
    if (isArabicWord(w)) {
      // Leading marks add nothing to the pattern: the first letter opens the match.
      const c = [...w.replace(/^[\u064B-\u065F\u0670\u0640]+/, '')][0];
      if (c === undefined) return null;
      alts.push(arabicWordPattern(c));
    } else {
      const c = [...w][0];
      if (c === undefined) return null;
      alts.push(escape(c));
    }
  }
  return { letter: new RegExp(`^(?:${alts.join('|')})$`, 'iu'), prefixed: isArabicWord(first) };
}

const CUE_PREFIX = /^[وف]$/u;

// Where a match may begin: a non-space character not preceded by a letter (every phrase opens with that lookbehind).
const WORD_START = /(?<![\p{L}\p{N}_])\S/gu;

export class PhraseMatcher<T> {
  /** One sticky regex per phrase, longest phrase first (the order the alternation used to try them in). */
  private readonly phrases: RegExp[];
  private readonly values: T[];
  private readonly firstTests: Array<{ letter: RegExp; prefixed: boolean } | null>;
  /** Per first two characters of a word, the phrases that can begin there, in trial order; filled as they are met. */
  private readonly byFirst = new Map<string, number[]>();
  /** Used only when a phrase can start anywhere (a leading "*"): the whole lexicon as one alternation. */
  private readonly combined: RegExp | null;

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>) {
    // Longer phrases first: at a given position the first phrase that matches wins.
    const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
    this.values = sorted.map((e) => e.value);
    this.phrases = sorted.map((e) => new RegExp(compilePhrase(e.phrase), 'iuy'));
    this.firstTests = sorted.map((e) => firstLetterTest(e.phrase));
    // Trying hundreds of alternatives at every character was the cost of one big regex; dispatching on
    // the first character tries only the few phrases that can start there, in the same order.
    this.combined = this.firstTests.some((t) => t === null)
      ? new RegExp(sorted.map((e) => `(${compilePhrase(e.phrase)})`).join('|'), 'giu')
      : null;
  }

  private candidates(c: string, next: string): number[] {
    const key = c + next;
    let list = this.byFirst.get(key);
    if (!list) {
      list = [];
      // A conjunction-prefixed cue ("وقال") starts on the conjunction, its first letter after it.
      const conj = CUE_PREFIX.test(c);
      for (const [i, t] of this.firstTests.entries()) {
        if (t && (t.letter.test(c) || (t.prefixed && conj && t.letter.test(next)))) list.push(i);
      }
      this.byFirst.set(key, list);
    }
    return list;
  }

  /** Every non-overlapping hit in text[from, to), leftmost first. */
  find(text: string, from = 0, to = text.length): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    if (this.phrases.length === 0) return hits;
    const slice = text.slice(from, to);
    if (this.combined) return this.findCombined(slice, from);
    const scan = new RegExp(WORD_START);
    for (let m = scan.exec(slice); m; m = scan.exec(slice)) {
      const at = m.index;
      for (const i of this.candidates(m[0], slice.charAt(at + m[0].length))) {
        const re = this.phrases[i]!;
        re.lastIndex = at;
        const hit = re.exec(slice);
        if (!hit) continue;
        hits.push({ start: from + at, end: from + at + hit[0].length, value: this.values[i]! });
        scan.lastIndex = at + Math.max(hit[0].length, 1);
        break;
      }
    }
    return hits;
  }

  private findCombined(slice: string, from: number): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    const regex = this.combined!;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const value = this.values[group - 1];
      if (value !== undefined) hits.push({ start: from + m.index, end: from + m.index + m[0].length, value });
      if (m[0].length === 0) regex.lastIndex++;
    }
    return hits;
  }
}
