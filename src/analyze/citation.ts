/**
 * Citations: every fact Vigil shows points to its document and the sentence
 * that carries it. The record keeps spans, not sentences, so the sentence is
 * recovered from the text around the span.
 */
import type { SourceDoc } from './corpus.js';
import { outletOf } from './corpus.js';

export interface Citation {
  docId: string;
  outlet: string;
  /** Outlet name as printed, when known. */
  outletName: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  /** The sentence holding the cited span, with its offsets into the document text. */
  sentence: string;
  start: number;
  end: number;
}

// Sentence ends: . ! ? and their Arabic forms, or a line break.
const sentenceEnd = /[.!?\u061F\u06D4]["'\u201D\u2019)\]]*\s|\n/g;

/** The bounds of the sentence around [start, end) in text. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = 0;
  sentenceEnd.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sentenceEnd.exec(text)) !== null) {
    const boundary = m.index + m[0].length;
    if (boundary <= s) from = boundary;
    else break;
  }
  let to = text.length;
  sentenceEnd.lastIndex = Math.max(e - 1, from);
  while ((m = sentenceEnd.exec(text)) !== null) {
    if (m.index + 1 >= e) { to = m.index + m[0].trimEnd().length; break; }
  }
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  return { start: from, end: Math.max(from, to) };
}

export function cite(doc: SourceDoc, start: number, end: number): Citation {
  const bounds = sentenceAround(doc.text, start, end);
  return {
    docId: doc.id,
    outlet: outletOf(doc),
    outletName: doc.meta.source,
    published: doc.meta.published,
    title: doc.meta.title,
    url: doc.meta.url,
    sentence: doc.text.slice(bounds.start, bounds.end),
    start: bounds.start,
    end: bounds.end,
  };
}
