/**
 * The hits of a phrase matcher over one range of a document, found once per
 * document. The quotation, statement and claim readers ask the same matcher
 * (speech verbs, statement cues, means) about the same sentence several
 * times; a matcher's answer depends only on the text and the range, so the
 * first answer is kept and shared. Callers must not change what they get.
 */
import type { Doc } from '../core/types.js';
import type { PhraseHit, PhraseMatcher } from './phrase-matcher.js';

interface Memo {
  text: string;
  /** By matcher, then by "from:to". */
  hits: Map<object, Map<string, ReadonlyArray<PhraseHit<unknown>>>>;
}

const MEMO = new WeakMap<Doc, Memo>();

/** `matcher.find(doc.text, from, to)`, read once per document and range. */
export function hitsIn<T>(doc: Doc, matcher: PhraseMatcher<T>, from: number, to: number): ReadonlyArray<PhraseHit<T>> {
  let memo = MEMO.get(doc);
  // A stage that rewrote the text would make every kept answer stale.
  if (!memo || memo.text !== doc.text) {
    memo = { text: doc.text, hits: new Map() };
    MEMO.set(doc, memo);
  }
  let byRange = memo.hits.get(matcher);
  if (!byRange) {
    byRange = new Map();
    memo.hits.set(matcher, byRange);
  }
  const key = `${from}:${to}`;
  let hits = byRange.get(key) as ReadonlyArray<PhraseHit<T>> | undefined;
  if (!hits) {
    hits = matcher.find(doc.text, from, to);
    byRange.set(key, hits);
  }
  return hits;
}
