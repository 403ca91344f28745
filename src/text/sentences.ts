/**
 * Sentence segmentation for news English and Arabic.
 *
 * Boundaries are blank lines (a new paragraph), single line breaks (headlines,
 * datelines, list items: normalization has already rejoined hard-wrapped
 * lines), and sentence-final punctuation (. ! ? … ؟ ۔) followed by white space,
 * unless the period ends an abbreviation, an initial or a dotted acronym that
 * the next word continues, or the next word starts in lower case, or the
 * period closes a quotation that its attribution (", he said") continues.
 * Spans are trimmed: they start and end on visible characters.
 */
import type { Sentence } from '../core/types.js';

// Words that end with a period without ending the sentence, when a word follows.
// Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'messrs',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'cdr', 'gov', 'sen',
  'rep', 'reps', 'pres', 'amb', 'sec', 'insp', 'supt', 'det', 'lieut', 'maj-gen', 'brig-gen',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'p', 'pp', 'para', 'art', 'fig', 'ch', 'ed', 'eds',
  'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'est', 'dept', 'inc', 'ltd', 'co', 'corp',
]);

/** Whether `word` (lower-cased, without its period) is one the period after which does not end a sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word);
}

// Capitalised words that commonly open a sentence: after an initial or a dotted
// acronym ("the U.S. The ..."), one of these means the sentence did end.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these',
  'those', 'but', 'and', 'however', 'meanwhile', 'according', 'after', 'before', 'since', 'while',
  'his', 'her', 'their', 'its', 'our', 'there', 'if', 'when', 'as', 'for', 'last', 'earlier', 'later',
  'separately', 'also', 'both', 'some', 'many', 'no', 'what', 'who', 'why', 'how', 'yet', 'so',
]);

// Closing punctuation that belongs to the sentence it follows.
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);

const TERMINATORS = /[.!?…؟\u06D4]+/g;
const QUOTE_MARKS = /[“”«»"]/g;
const OPEN_QUOTE = new Set(['“', '«']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** How far ahead a quotation may close and still be held together. */
const QUOTE_LOOKAHEAD = 800;

/** Splits `text` into sentences; see the module comment. */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  // Walk blocks separated by line breaks; a blank line starts a new paragraph.
  const lineBreaks = /\n[ \t]*(\n\s*)?/g;
  for (;;) {
    const m = lineBreaks.exec(text);
    const blockEnd = m ? m.index : text.length;
    splitBlock(text, pos, blockEnd, paragraph, sentences);
    if (!m) break;
    pos = m.index + m[0].length;
    if (m[1] !== undefined && sentences.length > 0 && sentences[sentences.length - 1]?.paragraph === paragraph) paragraph++;
  }
  return sentences;
}

function splitBlock(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  const quoteHold = quoteHolds(text, from, to);
  TERMINATORS.lastIndex = from;
  for (let m = TERMINATORS.exec(text); m !== null && m.index < to; m = TERMINATORS.exec(text)) {
    let end = m.index + m[0].length;
    end = sentenceTail(text, end, to);
    if (end < to && !/\s/.test(text[end] ?? '')) continue; // "2.5", "U.S.-led", "a.m.,"
    if (quoteHold.some(([a, b]) => m.index > a && m.index < b)) continue;
    if (!endsSentence(text, m.index, m[0], end, to)) continue;
    push(text, start, end, paragraph, out);
    start = end;
    TERMINATORS.lastIndex = end;
  }
  push(text, start, to, paragraph, out);
}

// A footnote marker glued to the period belongs to the sentence: "...in 2020.[4] Then".
const FOOTNOTE = /^\[\d{1,3}\]/;

/** Extends a sentence end over closing quotes/brackets and footnote markers. */
function sentenceTail(text: string, end: number, to: number): number {
  for (;;) {
    if (end < to && CLOSERS.has(text[end] ?? '')) {
      end++;
      continue;
    }
    const note = text[end] === '[' ? FOOTNOTE.exec(text.slice(end, Math.min(to, end + 6))) : null;
    if (note === null) return end;
    end += note[0].length;
  }
}

function endsSentence(text: string, at: number, mark: string, end: number, to: number): boolean {
  const next = nextWord(text, end, to);
  if (next === '') return true;
  const first = next[0] ?? '';
  // A lower-case continuation never starts a sentence ("approx. five", "?" he asked).
  if (first !== first.toUpperCase() && first === first.toLowerCase() && /\p{Ll}/u.test(first)) return false;
  // A quotation closed by its attribution: ...our land." , he said
  if (next.startsWith(',') || next.startsWith('،')) return false;
  if (mark !== '.') return true;
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  if (lower === 'no' || lower === 'nos' || lower === 'p' || lower === 'pp' || lower === 'art' || lower === 'vol') {
    return !/^\p{N}/u.test(next); // "No. 10922" continues; "said no. The" ends
  }
  if (ABBREVIATIONS.has(lower)) return false;
  // "(d. 2020)", "b. 1965": a lone lower-case letter before a number abbreviates a word.
  if (/^\p{Ll}$/u.test(word) && /^\p{N}/u.test(next)) return false;
  const opener = SENTENCE_OPENERS.has(next.replace(/[^\p{L}]+$/u, '').toLowerCase());
  // Initials ("Seth J. Frantzman") and dotted acronyms ("U.S.", "U.N.").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return opener;
  return true;
}

/** The word (letters and inner periods) that ends just before `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.\-]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at).replace(/^[.\-]+/, '');
}

/** The next non-space run after `end`, within the block. */
function nextWord(text: string, end: number, to: number): string {
  let i = end;
  while (i < to && /\s/.test(text[i] ?? '')) i++;
  let j = i;
  while (j < to && !/\s/.test(text[j] ?? '')) j++;
  return text.slice(i, j);
}

/**
 * Spans of quotations that should stay whole: a quotation (“…”, «…» or
 * straight "…") whose closing mark is followed by a comma or a lower-case
 * attribution ("…,” he said). Bounded by QUOTE_LOOKAHEAD.
 */
function quoteHolds(text: string, from: number, to: number): Array<[number, number]> {
  const holds: Array<[number, number]> = [];
  let open = -1;
  let straightOpen = -1;
  QUOTE_MARKS.lastIndex = from;
  for (let q = QUOTE_MARKS.exec(text); q !== null && q.index < to; q = QUOTE_MARKS.exec(text)) {
    const i = q.index;
    const c = q[0];
    if (OPEN_QUOTE.has(c)) open = i;
    else if (CLOSE_QUOTE.has(c) && open >= 0) {
      if (i - open <= QUOTE_LOOKAHEAD && attributed(text, i, to)) holds.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i - straightOpen <= QUOTE_LOOKAHEAD && attributed(text, i, to)) holds.push([straightOpen, i]);
        straightOpen = -1;
      }
    }
  }
  return holds;
}

function attributed(text: string, close: number, to: number): boolean {
  const before = text[close - 1] ?? '';
  const next = nextWord(text, close + 1, to);
  if (before === ',' || before === '،') return true;
  if (next.startsWith(',') || next.startsWith('،')) return true;
  return /^\p{Ll}/u.test(next);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, index: out.length, paragraph });
}
