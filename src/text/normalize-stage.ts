import { createHash } from 'node:crypto';
import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';

// Initial version: NFC and the content hash. The text work extends this.
export const normalizeStage: Stage<unknown> = {
  name: 'normalize',
  run(doc: Doc): void {
    doc.text = doc.text.normalize('NFC');
    doc.id = createHash('sha256').update(doc.text).digest('hex');
  },
};
