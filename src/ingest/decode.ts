import type { Stage } from '../core/stage.js';
import { IngestError } from '../core/errors.js';
import type { Doc } from '../core/types.js';

// Initial version: UTF-8 with BOM detection. The ingest work extends this with charset sniffing.
export const decodeStage: Stage<unknown> = {
  name: 'decode',
  run(doc: Doc): void {
    const bytes = doc.input.bytes;
    if (bytes.length === 0) throw new IngestError('EMPTY_INPUT', 'empty input');
    doc.decoded = new TextDecoder('utf-8').decode(bytes);
    doc.charset = 'utf-8';
    doc.format = /<html|<body|<p[\s>]/i.test(doc.decoded.slice(0, 4096)) ? 'html' : 'text';
  },
};
