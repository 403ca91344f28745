import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';

// Initial version: one sentence per paragraph. The text work replaces this.
export const segmentStage: Stage<unknown> = {
  name: 'segment',
  run(doc: Doc): void {
    let offset = 0;
    let index = 0;
    for (const para of doc.text.split(/\n\s*\n/)) {
      const start = doc.text.indexOf(para, offset);
      doc.sentences.push({ start, end: start + para.length, index: index, paragraph: index });
      index++;
      offset = start + para.length;
    }
  },
};
