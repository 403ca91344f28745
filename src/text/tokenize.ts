/**
 * Tokens: the words and punctuation of `doc.text`, for matchers and patterns.
 *
 * The contract (other modules rely on it):
 * - `start`/`end` are UTF-16 offsets into `doc.text`; `doc.text.slice(start, end)`
 *   is the token as displayed. Tokens are in text order and never overlap.
 * - Word tokens are runs of letters, marks and digits (invisible joiners such as
 *   the Persian ZWNJ stay inside the word). Their `norm` is `foldText` of the
 *   displayed slice: lower case, no marks, Arabic letter variants unified.
 * - An apostrophe between letters keeps the word whole: "Ka'bi" -> "kabi",
 *   "Shi'ite" -> "shiite".
 * - The English possessive is its own token with norm "'s": "Iraq's" ->
 *   "iraq", "'s". (’s is unified to 's.)
 * - A hyphen between two letters/digits splits the word and makes NO token:
 *   "al-Kaabi" -> "al", "kaabi"; "F-16" -> "f", "16". A matcher that needs to
 *   know the words were joined checks `text[prev.end] === '-'` and
 *   `prev.end + 1 === next.start`.
 * - A number with internal separators is one token: "2.5", "1,000", "٣٫٥" ->
 *   "3٫5" (digits folded, separator kept).
 * - Every other visible character is a punctuation token of one character
 *   whose norm is that character itself (quotes, commas, periods, dashes,
 *   Arabic ، ؛ ؟, symbols). So "U.S." -> "u", ".", "s", ".".
 * - A word whose folded form is empty (a stray mark, tatweel or lone hamza)
 *   makes no token: there is nothing in it to match.
 * - Arabic clitics (و, ب, ل, ال) stay attached; the matcher handles them.
 * - `sentence` is the index of the sentence whose span holds the token start;
 *   a token between sentences belongs to the sentence before it (or 0).
 */
import type { Sentence, Token } from '../core/types.js';
import { CharClasses } from './char-classes.js';
import { foldText } from './fold.js';

// The tokens are those of one regex, alternatives tried in order at each position:
//  1 number with internal separators  \p{N}+(?:[.,\u066B\u066C]\p{N}+)+
//  2 possessive 's after a word       (?<=[W])['\u2019][sS](?![W])
//  3 word, apostrophe-joined parts    [W][W\p{Cf}]*(?:['\u2019\u2018`\u00B4](?![sS](?![W]))[W][W\p{Cf}]*)*
//  4 hyphen inside a word (skipped)   (?<=[W])[-\u2010\u2011](?=[W])
//  5 any other visible character      [^\s\p{Cf}]
// where W is [\p{L}\p{M}\p{N}]. The scanner below reads them in one pass with
// a class table instead (every text of every document is tokenized, and the
// regex's match arrays and captures cost more than the scan); tokenize.test.ts
// holds the regex and checks that both cut texts alike.
const WORD = 1; // \p{L}\p{M}\p{N}
const NUMBER = 2; // \p{N}
const SKIP = 4; // \s or \p{Cf}: between tokens
const FORMAT = 8; // \p{Cf}: may continue a word
const CHARS = new CharClasses([/^[\p{L}\p{M}\p{N}]$/u, /^\p{N}$/u, /^[\s\p{Cf}]$/u, /^\p{Cf}$/u]);

/** The code point at i (a lone surrogate is its own code point, as for a /u regex). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** The classes of the code point at i, 0 past the end. */
function classAt(text: string, i: number): number {
  return i < text.length ? CHARS.of(codePointAt(text, i)) : 0;
}

/** The classes of the code point that ends just before i, 0 at the start. */
function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return CHARS.of((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
  }
  return CHARS.of(low);
}

/** Past the run of code points from i whose classes hold `cls`. */
function runEnd(text: string, i: number, cls: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if ((CHARS.of(cp) & cls) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

const isS = (c: number) => c === 0x73 || c === 0x53;
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;

/** Alternative 1: the end of a number with internal separators starting at i, or -1. */
function numberEnd(text: string, i: number): number {
  let j = runEnd(text, i, NUMBER);
  let groups = 0;
  while (j + 1 < text.length && isNumberSeparator(text.charCodeAt(j)) && (classAt(text, j + 1) & NUMBER) !== 0) {
    j = runEnd(text, j + 1, NUMBER);
    groups++;
  }
  return groups > 0 ? j : -1;
}

/** Alternative 3: the end of the word starting at i (a word character). */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i, WORD | FORMAT);
  // An apostrophe joins the next part unless it opens a possessive ('s not followed by a word character).
  while (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && (classAt(text, j + 1) & WORD) !== 0
    && !(isS(text.charCodeAt(j + 1)) && (classAt(text, j + 2) & WORD) === 0)) {
    j = runEnd(text, j + 1, WORD | FORMAT);
  }
  return j;
}

// Word forms repeat heavily (Zipf), and folding a non-ASCII word costs several
// Unicode passes, so folded forms are remembered. Bounded: cleared when full.
const FOLD_CACHE_LIMIT = 100_000;
const foldCache = new Map<string, string>();

function foldWord(word: string): string {
  let norm = foldCache.get(word);
  if (norm === undefined) {
    norm = foldText(word);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, norm);
  }
  return norm;
}

/** Splits `text` into tokens (see the module comment); `sentences` must be in text order. */
export function tokenize(text: string, sentences: readonly Sentence[] = []): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    const cp = codePointAt(text, i);
    const size = cp > 0xffff ? 2 : 1;
    const cls = CHARS.of(cp);
    if ((cls & SKIP) !== 0) { i += size; continue; }
    let end: number;
    let norm: string | null = null;
    if ((cls & WORD) !== 0) {
      end = (cls & NUMBER) !== 0 ? numberEnd(text, i) : -1;
      if (end < 0) end = wordEnd(text, i);
    } else if (c === 0x27 || c === 0x2019) {
      // Alternative 2: the possessive after a word.
      const possessive = (classBefore(text, i) & WORD) !== 0 && i + 1 < n && isS(text.charCodeAt(i + 1)) && (classAt(text, i + 2) & WORD) === 0;
      end = i + (possessive ? 2 : 1);
      norm = possessive ? "'s" : text[i]!;
    } else if (isHyphen(c) && (classBefore(text, i) & WORD) !== 0 && (classAt(text, i + 1) & WORD) !== 0) {
      // Alternative 4: a hyphen inside a word makes no token.
      i += 1;
      continue;
    } else {
      end = i + size;
      norm = text.slice(i, end);
    }
    while (s + 1 < sentences.length && (sentences[s + 1]?.start ?? Infinity) <= i) s++;
    norm ??= foldWord(text.slice(i, end));
    if (norm !== '') tokens.push({ start: i, end, norm, sentence: sentences[s]?.index ?? 0 });
    i = end;
  }
  return tokens;
}
