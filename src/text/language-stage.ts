import type { Stage } from '../core/stage.js';
import { warn } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { detectLanguage } from './language.js';

/** Sets doc.meta.language (ISO 639-1) from the body text; warns when it cannot tell. */
export const languageStage: Stage<unknown> = {
  name: 'language',
  run(doc: Doc): void {
    doc.meta.language = detectLanguage(doc.text);
    if (doc.meta.language === null) warn(doc, 'language', 'could not identify the language of the text');
  },
};
