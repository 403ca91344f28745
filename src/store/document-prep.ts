/**
 * What both backends compute from a Doc before writing it: the folded
 * words (read once, for both the search entry and the MinHash), the
 * signature and its LSH buckets, and the sentence spans as stored.
 * Pure; no database.
 */
import type { Doc } from '../core/types.js';
import { bandBuckets, minhashSignature, signatureToBytes } from '../analyze/near-duplicates.js';
import { indexText, indexWordsOf } from './search-text.js';

export interface PreparedDocument {
  doc: Doc;
  signature: Uint32Array;
  /** The signature as stored (little-endian uint32s). */
  minhash: Buffer;
  buckets: number[];
  /** Folded title and body for the full-text index. */
  title: string;
  body: string;
  /** JSON sentence spans. */
  sentences: string;
}

export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export function sentencesJson(doc: Doc): string {
  return JSON.stringify(doc.sentences.map((s) => ({ start: s.start, end: s.end, index: s.index, paragraph: s.paragraph })));
}

export function prepareDocument(doc: Doc): PreparedDocument {
  const words = indexWordsOf(doc);
  const signature = minhashSignature(words);
  return {
    doc,
    signature,
    minhash: asBuffer(signatureToBytes(signature)),
    buckets: bandBuckets(signature),
    title: indexText(doc.meta.title),
    body: words.join(' '),
    sentences: sentencesJson(doc),
  };
}
