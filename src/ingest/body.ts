/** The body stage: the article's paragraphs, page furniture removed (page.ts). */
import { IngestError } from '../core/errors.js';
import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { readPage, type IngestKnowledge } from './page.js';

export const bodyStage: Stage<Pick<IngestKnowledge, 'pageLexicon'>> = {
  name: 'body',
  run(doc: Doc, knowledge): void {
    const reading = readPage(doc, knowledge.pageLexicon);
    if (reading.body.trim() === '') {
      throw new IngestError('EMPTY_INPUT', `no article text found in ${doc.input.name} (only page furniture or markup)`);
    }
    doc.text = reading.body;
  },
};
