import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';

// Initial version: the body is the decoded text. The ingest work replaces this with boilerplate removal.
export const bodyStage: Stage<unknown> = {
  name: 'body',
  run(doc: Doc): void {
    doc.text = doc.decoded.trim();
  },
};
