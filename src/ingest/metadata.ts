import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';

// Initial version: the first line is the title. The ingest work replaces this.
export const metadataStage: Stage<unknown> = {
  name: 'metadata',
  run(doc: Doc): void {
    doc.meta.title = doc.text.split('\n', 1)[0]?.trim() || null;
  },
};
