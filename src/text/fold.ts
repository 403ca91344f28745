/**
 * The matching form of a string. Two spellings a reader would call "the same
 * word" should fold to the same string: case, accents, Arabic short vowels,
 * alef and yeh variants, Persian letter forms, digits and the apostrophes of
 * transliteration ("Ka'bi", "Kaʿbi", "Kabi") all disappear. Display text is
 * never folded; only keys and token norms are.
 *
 * The output of `foldText` can be shorter or longer than its input, so folded
 * strings carry no offsets; tokens keep their offsets into the display text.
 */

// Transliteration apostrophes, ayn and hamza marks: ' ’ ‘ ʼ ʿ ʾ ` ´ ′ and the
// modifier letters used for the same job (ʻ ʹ ˈ).
const APOSTROPHES = /['\u2019\u2018\u02BC\u02BF\u02BE`\u00B4\u2032\u02BB\u02B9\u02C8]/g;

// Any combining mark: Latin accents after NFKD, and Arabic harakat, tanwin,
// shadda, sukun, superscript alef, hamza above/below and madda (NFKD turns
// أ إ آ ؤ ئ into a base letter followed by one of these).
const MARKS = /\p{M}/gu;

// Invisible format characters: zero-width (non-)joiners, bidi controls, soft
// hyphen, BOM. They separate nothing a reader sees, so they must not separate keys.
const FORMAT = /\p{Cf}/gu;

// Letters whose variants Arabic and Persian writers use interchangeably.
const LETTER_MAP: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0672': '\u0627', // ٲ alef with wavy hamza above -> ا
  '\u0673': '\u0627', // ٳ alef with wavy hamza below -> ا
  '\u0675': '\u0627', // ٵ high hamza alef -> ا
  '\u0649': '\u064A', // ى alef maqsura -> ي
  '\u06CC': '\u064A', // ی Persian yeh -> ي
  '\u06D0': '\u064A', // ې Pashto yeh -> ي
  '\u0629': '\u0647', // ة teh marbuta -> ه
  '\u06C0': '\u0647', // ۀ heh with yeh above (Persian ezafe) -> ه
  '\u06D5': '\u0647', // ە ae (Kurdish) -> ه
  '\u06A9': '\u0643', // ک Persian keheh -> ك
  '\u06AA': '\u0643', // ڪ swash kaf -> ك
  '\u0621': '', // ء standalone hamza: written or dropped at will at word ends
  '\u0640': '', // ـ tatweel: a stretch, not a letter
};
const LETTERS = /[\u0671\u0672\u0673\u0675\u0649\u06CC\u06D0\u0629\u06C0\u06D5\u06A9\u06AA\u0621\u0640]/g;

// Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function westernDigit(d: string): string {
  const code = d.charCodeAt(0);
  return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
}

// Plain lower-case ASCII words are the bulk of English text and need no work.
const PLAIN = /^[a-z0-9]*$/;
const ASCII = /^[\x00-\x7F]*$/;

/** The folded matching form of `s` (see the module comment). Idempotent. */
export function foldText(s: string): string {
  if (PLAIN.test(s)) return s;
  if (ASCII.test(s)) return s.toLowerCase().replace(APOSTROPHES, '');
  // Apostrophes go first as well as last: NFKD splits ´ into a space and a mark.
  let out = s.replace(APOSTROPHES, '').normalize('NFKD').toLowerCase();
  // Lower-casing can produce a letter with a mark (İ -> i̇); decompose again before stripping.
  out = out.normalize('NFKD').replace(MARKS, '').replace(FORMAT, '').replace(APOSTROPHES, '');
  out = out.replace(LETTERS, (c) => LETTER_MAP[c] ?? c).replace(EASTERN_DIGITS, westernDigit);
  return out;
}

// Harakat, tanwin, the superscript alif and tatweel: what Arabic writes over or between letters at will.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** An Arabic word as the word lists write it: its letters as written, without harakat and tatweel. */
export function withoutArabicMarks(word: string): string {
  return word.replace(ARABIC_MARKS, '');
}

/** True when the string holds at least one Arabic-script letter. */
export function hasArabicScript(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}
