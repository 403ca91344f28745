import { createHash } from 'node:crypto';
import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { normalizeText } from './normalize.js';

/** Normalizes doc.text (see normalize.ts) and sets doc.id to the sha256 of the result. */
export const normalizeStage: Stage<unknown> = {
  name: 'normalize',
  run(doc: Doc): void {
    doc.text = normalizeText(doc.text);
    doc.id = createHash('sha256').update(doc.text).digest('hex');
  },
};
