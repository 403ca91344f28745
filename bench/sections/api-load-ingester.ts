/**
 * The ingestion that runs while api-load drives the server: a separate
 * process, as `vigil ingest` or a worker would be, analysing generated
 * documents with the real pipeline and storing them through the same
 * batched path as `vigil ingest` (ingestInputs: a commit per batch) into the
 * same SQLite file, at the lowered CPU priority `vigil ingest` takes
 * (VIGIL_BACKGROUND_NICE, src/cli/background.ts). Told what to ingest by its argv; ingests until a 'stop'
 * message comes (idle, and saying so, if its slice runs out first), then
 * reports.
 *
 *   node api-load-ingester.js FILE CORPUS_SIZE FROM TO
 */
import { generateCorpus } from '../corpus.js';
import { runInBackground } from '../../src/cli/background.js';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { loadKnowledge } from '../../src/pipeline/knowledge.js';
import { defaultBatch, ingestInputs, type InputItem } from '../../src/store/ingestion.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';

/** Where the ingester is, when asked ('status'). */
export interface IngesterStatus {
  stored: number;
  cpuSeconds: number;
  /** Its documents ran out (it waits for 'stop' all the same). */
  exhausted: boolean;
}

export interface IngesterReport {
  stored: number;
  failed: number;
  seconds: number;
  cpuSeconds: number;
  /** Documents per commit, at most. */
  batch: number;
  /** True when the slice ran out before the stop message. */
  exhausted: boolean;
}

async function main(): Promise<void> {
  const [file, size, from, to] = process.argv.slice(2);
  if (!file || !size || !from || !to) throw new Error('usage: api-load-ingester FILE CORPUS_SIZE FROM TO');
  runInBackground();
  const docs = generateCorpus(Number(size)).slice(Number(from), Number(to));
  const knowledge = loadKnowledge();
  const store = new SqlStore(await SqliteBackend.open(file));
  let stop = false;
  let done = false;
  let stored = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const cpuSeconds = () => { const u = process.cpuUsage(cpu); return (u.user + u.system) / 1e6; };
  process.on('message', (m) => {
    if (m === 'stop') stop = true;
    else if (m === 'status') process.send?.({ status: { stored, cpuSeconds: cpuSeconds(), exhausted: done && exhausted } satisfies IngesterStatus });
  });
  process.send?.({ ready: true });
  let exhausted = true;
  async function* items(): AsyncGenerator<InputItem> {
    for (const [i, d] of docs.entries()) {
      // Lets the stop message in between documents.
      await new Promise((r) => setImmediate(r));
      if (stop) { exhausted = false; return; }
      yield { label: `bench-${i}`, read: () => d.input };
    }
  }
  const summary = await ingestInputs(store, items(), (input) => analyzeInput(input, knowledge), (o) => { if (o.status !== 'failed') stored++; });
  done = true;
  // Out of documents before the load ended: stay to answer (and report) until told to stop.
  while (!stop) await new Promise((r) => setTimeout(r, 50));
  const report: IngesterReport = {
    stored: summary.stored + summary.unchanged, failed: summary.failed, seconds: (performance.now() - start) / 1000,
    cpuSeconds: cpuSeconds(), batch: defaultBatch.maxDocs, exhausted,
  };
  await store.close();
  process.send?.({ report }, () => process.disconnect());
}

main().catch((err: unknown) => {
  console.error(`api-load ingester: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
