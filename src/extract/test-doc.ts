/**
 * For tests of the entity stage: a document holding `text` already
 * segmented and tokenized, as the stages before extraction leave it.
 */
import { newDoc, type Doc } from '../core/types.js';
import { segmentSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

export function segmentedDoc(text: string): Doc {
  const doc = newDoc({ name: 't.txt', bytes: new Uint8Array(), contentType: null, origin: 'test' });
  doc.text = text;
  doc.sentences = segmentSentences(text);
  doc.tokens = tokenize(text, doc.sentences);
  return doc;
}
