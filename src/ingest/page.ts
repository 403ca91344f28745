/**
 * One reading per document, shared by the body and metadata stages: both
 * look at the same split of the page into article, header and furniture.
 */
import type { Doc } from '../core/types.js';
import { readHtmlPage } from './html-page.js';
import type { PageLexicon } from './lexicon.js';
import type { PageReading } from './page-reading.js';
import type { SourceRegistry } from './sources.js';
import { readTextPage } from './text-page.js';

/** What the ingest stages read from data/. */
export interface IngestKnowledge {
  sources: SourceRegistry;
  pageLexicon: PageLexicon;
}

const readings = new WeakMap<Doc, { decoded: string; reading: PageReading }>();

export function readPage(doc: Doc, lex: PageLexicon): PageReading {
  const cached = readings.get(doc);
  if (cached && cached.decoded === doc.decoded) return cached.reading;
  const reading = doc.format === 'html' ? readHtmlPage(doc.decoded, lex) : readTextPage(doc.decoded, lex);
  readings.set(doc, { decoded: doc.decoded, reading });
  return reading;
}
