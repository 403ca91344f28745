/**
 * The words of a text as the phrase matcher looks them up: where a word may
 * start (a non-space character after anything but a letter, digit or
 * underscore), where its run of word characters (letters, marks, digits,
 * underscore) ends, and the run's key (`wordKey`). Read in one pass over the
 * characters with class tables, as it runs over every document, Arabic text
 * with its marks and letter variants most of all.
 */
import { CharClasses } from '../text/char-classes.js';

/** Arabic letters a writer uses for one another (phrase-arabic.ts), folded to one. */
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'و', 'ک': 'ك',
};
// Marks and tatweel: the phrase patterns let them follow any letter, so the key drops them.
const MARK = /[\p{M}\u0640]/gu;
const FOLDABLE = /[أإآٱىیةؤئک]/gu;
const ASCII_WORD = /^[\x00-\x7F]*$/;

/** The key of a word for candidate lookup: lower case, no marks, Arabic letter variants folded. */
export function wordKey(word: string): string {
  // Most words are ASCII: nothing to fold but case.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word.toLowerCase().replace(MARK, '').replace(FOLDABLE, (c) => ARABIC_FOLD[c] ?? c);
}

/** Where words may start in a text, with the end and key of the word run at each (null: no word character there). */
export interface TextWords {
  count: number;
  starts: number[];
  ends: number[];
  keys: Array<string | null>;
}

// Character classes, one bit each.
const LETTER_OR_DIGIT = 1; // [\p{L}\p{N}_]: no word starts right after one
const WORD_CHAR = 2; // [\p{L}\p{M}\p{N}_]: continues a word run
const SPACE = 4; // \s: no word starts on one
const CHARS = new CharClasses([/^[\p{L}\p{N}_]$/u, /^[\p{L}\p{M}\p{N}_]$/u, /^\s$/u]);

/**
 * Below this code the key of a word is the keys of its characters joined
 * (case mapping there is one character at a time), except for capital sigma,
 * whose lower case depends on its place in the word. Latin, Greek, Cyrillic,
 * Hebrew and the Arabic block all fall below it.
 */
const PIECEWISE_LIMIT = 0x0800;
const CAPITAL_SIGMA = 0x03a3;
const PIECES: readonly string[] = Array.from({ length: PIECEWISE_LIMIT }, (_, c) => wordKey(String.fromCharCode(c)));
const UNCHANGED: Uint8Array = Uint8Array.from(PIECES, (p, c) => (p.length === 1 && p.charCodeAt(0) === c ? 1 : 0));

/** wordKey(text.slice(start, end)), without building the slice when nothing in it changes. */
function runKey(text: string, start: number, end: number): string {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= PIECEWISE_LIMIT || c === CAPITAL_SIGMA) return wordKey(text.slice(start, end));
    if (UNCHANGED[c] === 1) continue;
    out += text.slice(last, i) + PIECES[c]!;
    last = i + 1;
  }
  return last === start ? text.slice(start, end) : out + text.slice(last, end);
}

/** The words of `text` (see the module comment). */
export function readWords(text: string): TextWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: Array<string | null> = [];
  const n = text.length;
  let afterLetter = false;
  // The end of the word run the scan is inside: a start after a mark ("قَال") shares its run's end.
  let runEnd = 0;
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i)!;
    const cls = CHARS.of(cp);
    if (!afterLetter && (cls & SPACE) === 0) {
      let end = i;
      if ((cls & WORD_CHAR) !== 0) {
        if (runEnd <= i) {
          runEnd = i;
          while (runEnd < n) {
            const next = text.codePointAt(runEnd)!;
            if ((CHARS.of(next) & WORD_CHAR) === 0) break;
            runEnd += next > 0xffff ? 2 : 1;
          }
        }
        end = runEnd;
      }
      starts.push(i);
      ends.push(end);
      keys.push(end === i ? null : runKey(text, i, end));
    }
    afterLetter = (cls & LETTER_OR_DIGIT) !== 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return { count: starts.length, starts, ends, keys };
}
