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

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const HEBREW_SCRIPT = /[\u0590-\u05FF]/g;
const LATIN_SCRIPT = /[A-Za-z\u00C0-\u024F]/g;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|said|that|was|is|for|on|with|it|by|has|he|they)\b/gi;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** ISO 639-1 code of the text's main language, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_PREFIX);
  const arabicScript = count(sample, ARABIC_SCRIPT);
  const hebrew = count(sample, HEBREW_SCRIPT);
  const latin = count(sample, LATIN_SCRIPT);
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
