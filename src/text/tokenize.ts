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
import { foldText } from './fold.js';

const W = '\\p{L}\\p{M}\\p{N}';
// One regex, alternatives tried in order at each position:
//  1 number with internal separators, 2 possessive 's after a word,
//  3 word (apostrophe-joined parts, but not a trailing possessive),
//  4 hyphen inside a word (skipped), 5 any other visible character.
const TOKEN = new RegExp(
  [
    `(\\p{N}+(?:[.,\\u066B\\u066C]\\p{N}+)+)`,
    `((?<=[${W}])['\\u2019][sS](?![${W}]))`,
    `([${W}][${W}\\p{Cf}]*(?:['\\u2019\\u2018\`\\u00B4](?![sS](?![${W}]))[${W}][${W}\\p{Cf}]*)*)`,
    `((?<=[${W}])[-\\u2010\\u2011](?=[${W}]))`,
    `([^\\s\\p{Cf}])`,
  ].join('|'),
  'gu',
);

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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[4] !== undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    while (s + 1 < sentences.length && (sentences[s + 1]?.start ?? Infinity) <= start) s++;
    let norm: string;
    if (m[2] !== undefined) norm = "'s";
    else if (m[5] !== undefined) norm = m[0];
    else norm = foldWord(m[0]);
    if (norm === '') continue;
    tokens.push({ start, end, norm, sentence: sentences[s]?.index ?? 0 });
  }
  return tokens;
}
