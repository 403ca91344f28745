import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Fills doc.sentences and doc.tokens (contract in tokenize.ts). */
export const segmentStage: Stage<unknown> = {
  name: 'segment',
  run(doc: Doc): void {
    doc.sentences = segmentSentences(doc.text);
    doc.tokens = tokenize(doc.text, doc.sentences);
  },
};
