import type { Stage } from '../core/stage.js';
import type { Doc } from '../core/types.js';

// Initial version: script-based guess. The text work replaces this.
export const languageStage: Stage<unknown> = {
  name: 'language',
  run(doc: Doc): void {
    const arabic = (doc.text.match(/[\u0600-\u06FF]/g) ?? []).length;
    doc.meta.language = arabic > doc.text.length / 4 ? 'ar' : 'en';
  },
};
