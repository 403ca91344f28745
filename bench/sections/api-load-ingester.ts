/**
 * The ingestion that runs while api-load drives the server: a separate
 * process, as `vigil ingest` or a worker would be, analysing generated
 * documents with the real pipeline and storing each in its own transaction
 * into the same SQLite file. Told what to ingest by its argv; reports the
 * count when done, and stops early on a 'stop' message.
 *
 *   node api-load-ingester.js FILE CORPUS_SIZE FROM TO
 */
import { generateCorpus } from '../corpus.js';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { loadKnowledge } from '../../src/pipeline/knowledge.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';

async function main(): Promise<void> {
  const [file, size, from, to] = process.argv.slice(2);
  if (!file || !size || !from || !to) throw new Error('usage: api-load-ingester FILE CORPUS_SIZE FROM TO');
  const docs = generateCorpus(Number(size)).slice(Number(from), Number(to));
  const knowledge = loadKnowledge();
  const store = new SqlStore(await SqliteBackend.open(file));
  let stop = false;
  process.on('message', (m) => { if (m === 'stop') stop = true; });
  process.send?.({ ready: true });
  let stored = 0;
  let failed = 0;
  const start = performance.now();
  for (const d of docs) {
    if (stop) break;
    try {
      await store.putDocument(analyzeInput(d.input, knowledge));
      stored++;
    } catch {
      failed++;
    }
    // Lets the stop message in between documents.
    await new Promise((r) => setImmediate(r));
  }
  await store.close();
  process.send?.({ stored, failed, seconds: (performance.now() - start) / 1000 });
  process.disconnect?.();
}

main().catch((err: unknown) => {
  console.error(`api-load ingester: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
