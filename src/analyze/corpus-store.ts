/** Reads the stored documents the analyses need, a page at a time. */
import type { Store } from '../store/store.js';
import { filterCorpus, type CorpusFilter, type SourceDoc } from './corpus.js';

export async function loadCorpus(store: Store, filter: CorpusFilter = {}): Promise<SourceDoc[]> {
  const docs: SourceDoc[] = [];
  let after: string | null = null;
  for (;;) {
    const ids = await store.listDocumentIds(after, 200);
    if (ids.length === 0) break;
    for (const id of ids) {
      const d = await store.getDocument(id);
      if (d) docs.push(d);
    }
    after = ids[ids.length - 1]!;
  }
  return filterCorpus(docs, filter);
}
