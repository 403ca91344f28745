/**
 * Language identification, returning ISO 639-1 codes.
 *
 * The script decides first, because it is cheap and certain: Hebrew script is
 * Hebrew; Arabic script is Arabic unless the letters and function words that
 * only Persian, Urdu or Sorani Kurdish use outweigh the Arabic-only ones.
 * Latin script goes to franc-min restricted to the languages Vigil meets.
 * Only a bounded prefix is read: the language of an article shows in its
 * first few thousand characters.
 */
import { franc } from 'franc-min';

/** Characters of the text examined. */
export const LANGUAGE_PREFIX = 1500;

// franc-min's ISO 639-3 codes for the Latin-script languages Vigil reads.
const LATIN_CANDIDATES: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  tur: 'tr',
  ckb: 'ku', // franc-min files Latin-script (Kurmanji) Kurdish under this code
};

// Letters that the Arabic language does not use.
const PERSIAN_LETTERS = /[پچژگکی]/g; // also Urdu and Kurdish; Persian keyboards write ک and ی
const URDU_LETTERS = /[ٹڈڑںےھۓ]/g;
const SORANI_LETTERS = /[ێۆڵڕەۊ]/g;
// Letters Persian does not use: teh marbuta, Arabic yeh and kaf, alef maqsura, tanwin.
const ARABIC_ONLY_LETTERS = /[ةيكىًٌٍ]/g;

// Frequent function words, matched as whole words.
const PERSIAN_WORDS = /(?<![\p{L}])(?:است|این|آن|را|های|برای|می|شده|کرد|بود|خود|اند|هستند|ایران|نیز|که|با|تا|از)(?![\p{L}])/gu;
const ARABIC_WORDS = /(?<![\p{L}])(?:في|على|إلى|التي|الذي|الذين|هذا|هذه|أن|إن|كان|قال|عن|مع|لا|ما|وقد|حتى|بين)(?![\p{L}])/gu;

/** Letters of each script in `text`, in one pass (a match per letter would build an array of them). */
function countScripts(text: string): { arabic: number; hebrew: number; latin: number } {
  let arabic = 0;
  let hebrew = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0590) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    } else if (c <= 0x05ff) hebrew++;
    else if (c <= 0x06ff || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
  }
  return { arabic, hebrew, latin };
}
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|said|that|was|is|for|on|with|it|by|has|he|they)\b/gi;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** ISO 639-1 code of the text's main language, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_PREFIX);
  const { arabic: arabicScript, hebrew, latin } = countScripts(sample);
  if (arabicScript === 0 && hebrew === 0 && latin === 0) return null;
  if (hebrew > arabicScript && hebrew > latin) return 'he';
  if (arabicScript >= latin) return arabicScriptLanguage(sample);
  return latinLanguage(sample);
}

function arabicScriptLanguage(sample: string): string {
  const arabic = count(sample, ARABIC_ONLY_LETTERS) + 3 * count(sample, ARABIC_WORDS);
  const urdu = count(sample, URDU_LETTERS);
  const sorani = count(sample, SORANI_LETTERS);
  const persian = count(sample, PERSIAN_LETTERS) + 3 * count(sample, PERSIAN_WORDS);
  if (sorani > arabic && sorani * 4 > persian) return 'ku';
  if (urdu > arabic && urdu * 4 > persian) return 'ur';
  return persian > arabic ? 'fa' : 'ar';
}

function latinLanguage(sample: string): string | null {
  // Fast path: in English prose about one word in five is one of these; in the
  // other Latin-script candidates almost none are.
  const words = sample.split(/\s+/).length;
  const english = count(sample, ENGLISH_WORDS);
  if (words >= 20 && english * 6 >= words) return 'en';
  const code = franc(sample, { only: Object.keys(LATIN_CANDIDATES), minLength: 20 });
  const iso = LATIN_CANDIDATES[code];
  if (iso !== undefined) return iso;
  // Too short for trigrams: a couple of English function words settle it.
  return count(sample, ENGLISH_WORDS) >= 2 ? 'en' : null;
}
