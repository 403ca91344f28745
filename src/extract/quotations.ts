/**
 * Where the direct quotations of a text are: pairs of double quotation marks
 * (straight, curly or guillemets, mixed as careless typing mixes them), a
 * quotation that runs on over paragraphs (each new paragraph reopens the
 * quote, the last one closes it), and not the scare quotes around one to
 * three words ("sovereignty", "occupation forces"), four-word noun or
 * prepositional phrases, nor title-case labels.
 */
import type { Span } from '../core/types.js';

export interface Quotation extends Span {
  /** Offsets of the opening and closing marks (closing may be a paragraph end). */
  open: number;
  close: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
// The marks and the line break by code, in a table: the scan tests every character of the text.
const MARK_OR_BREAK = new Uint8Array(0x10000);
for (const c of [...OPENERS, ...CLOSERS, STRAIGHT, '\n']) MARK_OR_BREAK[c.charCodeAt(0)] = 1;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** A straight mark that opens: after a space or an opening bracket or dash, before a word. */
function opensAt(text: string, i: number): boolean {
  return (isSpace(text[i - 1]) || /[([—–:-]/.test(text[i - 1]!)) && !isSpace(text[i + 1]);
}

/** Marks that pair up as quotation boundaries, before any filtering. */
export function pairQuoteMarks(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  // Inside «...», a quotation the speaker quotes («قلنا لهم "ارحلوا"، ...»): its marks pair inside, the » still closes.
  let nested = false;
  for (let i = 0; i < text.length; i++) {
    // Only line breaks and quotation marks matter here: every other character is passed over without reading it as a string.
    if (MARK_OR_BREAK[text.charCodeAt(i)] === 0) continue;
    const c = text[i]!;
    if (c === '\n' && open >= 0 && /^\n\s*\n/.test(text.slice(i, i + 4))) {
      // Paragraph ends inside a quotation: it continues only if the next paragraph reopens it.
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const next = text[j];
      if (next !== undefined && (OPENERS.has(next) || next === STRAIGHT)) { i = j; continue; }
      out.push({ open, close: i, start: open + 1, end: i });
      open = -1;
      continue;
    }
    if (open < 0) {
      if (OPENERS.has(c) || (c === STRAIGHT && opensAt(text, i))) { open = i; nested = false; }
    } else if (text[open] === '«' && c !== '»' && (nested || c === '“' || (c === STRAIGHT && opensAt(text, i)))) {
      nested = !nested;
    } else if (CLOSERS.has(c) || c === STRAIGHT) {
      out.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: text.length, start: open + 1, end: text.length });
  return out;
}

// Lower case only: "The" or "In" opening the quotation starts a sentence of the speaker's own.
const PHRASE_OPENER = /^(?:a|an|the|in|on|at|as|of|for|to|with|by|from|into|under|over|until|against|في|على|من|إلى|عن|مع)$/u;

/** A quotation of a speaker, not a label: four words or more, and not a title-case name. */
export function isSpeech(text: string, q: Quotation): boolean {
  const inner = text.slice(q.start, q.end);
  // Marks (Arabic short vowels, shadda) stay inside their word.
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  // Four words opening on an article or preposition ("a ticking time bomb", "in all its dimensions") are a noun
  // or prepositional phrase the writer borrows into the sentence, a label rather than someone's utterance.
  if (words.length === 4 && PHRASE_OPENER.test(words[0]!)) return false;
  const content = words.filter((w) => !/^(and|or|of|the|a|an|in|on|to|for|و)$/i.test(w));
  const titleCase = content.every((w) => /^\p{Lu}/u.test(w));
  return !(titleCase && words.length <= 6);
}

export function findQuotations(text: string): Quotation[] {
  return pairQuoteMarks(text).filter((q) => isSpeech(text, q));
}
