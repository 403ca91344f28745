/**
 * What the full-text index sees and what a query asks for. Both go through
 * the same tokenizer and fold (src/text), so Arabic letter variants,
 * diacritics, case and transliteration apostrophes match across spellings.
 * The index holds folded words only; snippets are cut from the display text.
 */
import type { Doc } from '../core/types.js';
import { tokenize } from '../text/tokenize.js';
import { highlightClose, highlightOpen } from './store.js';

const WORDLIKE = /[\p{L}\p{N}]/u;

/** The folded words of a text, in order. */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(text)) if (WORDLIKE.test(t.norm)) words.push(t.norm);
  return words;
}

/**
 * The folded words of a document's text, reusing the pipeline's tokens when
 * they cover this text (same tokenizer, so the same words) instead of
 * tokenizing it a second time.
 */
export function indexWordsOf(doc: Pick<Doc, 'text' | 'tokens'>): string[] {
  const last = doc.tokens[doc.tokens.length - 1];
  if (!last || last.end > doc.text.length) return indexWords(doc.text);
  const words: string[] = [];
  for (const t of doc.tokens) if (WORDLIKE.test(t.norm)) words.push(t.norm);
  return words;
}

/** The folded text the index stores: words separated by spaces. */
export function indexText(text: string | null): string {
  return text ? indexWords(text).join(' ') : '';
}

/** A parsed query: every group must match; a group of several words is a phrase. */
export interface ParsedQuery {
  groups: string[][];
  /** Every folded word, for highlighting. */
  words: Set<string>;
}

export function parseQuery(query: string): ParsedQuery {
  const groups: string[][] = [];
  // "quoted phrase" or a run of anything else.
  const parts = query.match(/"[^"]*"|[^"]+/g) ?? [];
  for (const part of parts) {
    if (part.startsWith('"')) {
      const phrase = indexWords(part.slice(1, -1));
      if (phrase.length > 0) groups.push(phrase);
    } else {
      for (const w of indexWords(part)) groups.push([w]);
    }
  }
  return { groups, words: new Set(groups.flat()) };
}

/** FTS5 MATCH syntax: every word double-quoted, so no user text is read as an operator. */
export function fts5Match(query: ParsedQuery): string {
  return query.groups.map((g) => `"${g.join(' ').replaceAll('"', '""')}"`).join(' AND ');
}

/**
 * An excerpt of about `width` words around the densest run of matches, with
 * each matching word wrapped in highlight marks.
 */
export function highlightSnippet(text: string, words: ReadonlySet<string>, width = 30): string {
  const tokens = tokenize(text).filter((t) => WORDLIKE.test(t.norm));
  if (tokens.length === 0) return '';
  const hit = tokens.map((t) => words.has(t.norm));
  // Sliding window: the start whose window holds the most matches.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++;
    if (i >= width && hit[i - width]) count--;
    const start = Math.max(0, i - width + 1);
    if (count > bestCount) { bestCount = count; best = start; }
  }
  // Open the window a little before the first match in it, for context.
  let firstHit = best;
  while (firstHit < tokens.length && !hit[firstHit]) firstHit++;
  const from = Math.max(0, Math.min(best, firstHit - 5));
  const to = Math.min(tokens.length, from + width);
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  let out = '';
  let pos = first.start;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || !hit[i]) continue;
    out += text.slice(pos, t.start) + highlightOpen + text.slice(t.start, t.end) + highlightClose;
    pos = t.end;
  }
  out += text.slice(pos, last.end);
  out = out.replace(/\s+/g, ' ').trim();
  return (from > 0 ? '… ' : '') + out + (to < tokens.length ? ' …' : '');
}
