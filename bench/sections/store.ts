/**
 * The store: (1) ingest throughput into SQLite with full analysis, through
 * the same batched path as `vigil ingest` (ingestInputs: a commit per batch),
 * over the whole generated corpus, with RSS and heap sampled along the way
 * to show memory does not grow with the corpus; (2) the store alone:
 * documents analysed beforehand, written one transaction per document and
 * in `vigil ingest`'s batches, CPU per document each way; (3) search
 * latency over a search corpus of SEARCH_DOCS documents, bulk-loaded through
 * the store's batch path (putDocuments in large transactions, no analysis:
 * synthetic pre-analysed documents whose texts recombine the generated
 * corpus's sentences, tokens included, with metadata and one entity and
 * statement each so the filters have something to read). The loaded search
 * corpus is kept under .vigil/bench/ and reused by later runs with the same
 * inputs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { newDoc, type Doc, type RawInput, type StatementKind, type Token } from '../../src/core/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { defaultBatch, ingestInputs } from '../../src/store/ingestion.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { SearchQuery } from '../../src/store/store.js';
import type { BenchContext, Section } from '../section.js';
import { cpuSecondsSince, formatRate, percentile } from '../section.js';
import { rng } from '../corpus.js';

const INGEST_DOCS = Number(process.env['VIGIL_BENCH_INGEST_DOCS'] ?? 10_000);
/** Documents analysed once and written both ways for the store-only figures. */
const STORE_ONLY_DOCS = Number(process.env['VIGIL_BENCH_STORE_DOCS'] ?? 2000);
const SEARCH_DOCS = Number(process.env['VIGIL_BENCH_SEARCH_DOCS'] ?? 200_000);
const BATCH = 2000;
// Bump when the synthetic documents or the schema change, so a cached search corpus is rebuilt.
const SEARCH_CORPUS_VERSION = 3;
const CACHE_DIR = '.vigil/bench';
const QUERIES = 300;

function rssMiB(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

function heapMiB(): number {
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/**
 * A full garbage collection, so that memory samples show what is kept,
 * not garbage V8 has not got round to collecting yet (it lets the heap grow
 * lazily, which without this reads like growth with the corpus).
 */
function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function openTemp(name: string): Promise<{ store: SqlStore; file: string; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `vigil-bench-${name}-`));
  const file = join(dir, 'bench.sqlite');
  const store = new SqlStore(await SqliteBackend.open(file));
  return { store, file, async dispose() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function benchIngest(ctx: BenchContext): Promise<void> {
  const docs = ctx.corpus.slice(0, Math.min(INGEST_DOCS, ctx.corpus.length));
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-ingest-'));
  const store = new SqlStore(await SqliteBackend.open(join(dir, 'bench.sqlite')));
  try {
    const every = Math.max(1, Math.floor(docs.length / 10));
    const samples: string[] = [];
    let seen = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    let peak = 0;
    let gcSeconds = 0;
    let gcWall = 0;
    // Analysis is timed itself (it runs synchronously); the store's share is the rest. Timing the
    // store's calls instead overstated it: a batch's write is awaited while the next batch is
    // analysed, so its window took in analysis too.
    let analysisSeconds = 0;
    const analyze = (input: RawInput): Doc => {
      const c = process.cpuUsage();
      try { return analyzeInput(input, ctx.knowledge); } finally { analysisSeconds += cpuSecondsSince(c); }
    };
    const summary = await ingestInputs(store, docs.map((d, i) => ({ label: `bench-${i}`, read: () => d.input })), analyze, () => {
      peak = Math.max(peak, rssMiB());
      if (++seen % every !== 0) return;
      const g = process.cpuUsage();
      const w = performance.now();
      fullGc();
      gcSeconds += cpuSecondsSince(g);
      gcWall += (performance.now() - w) / 1000;
      samples.push(`${rssMiB().toFixed(0)}/${heapMiB().toFixed(0)}`);
    });
    // The forced collections are the bench's, not ingestion's.
    const wall = (performance.now() - start) / 1000 - gcWall;
    const cpuSec = cpuSecondsSince(cpu) - gcSeconds;
    const n = docs.length;
    ctx.print(`ingest (analysis + SQLite, ${defaultBatch.maxDocs} docs/commit)`, `${n} docs: ${formatRate(n / wall)} docs/s wall, ${formatRate(n / cpuSec)} docs/CPU-s (one thread)`);
    ctx.print('  of which analysis / store', `${((analysisSeconds / n) * 1000).toFixed(2)} / ${(((cpuSec - analysisSeconds) / n) * 1000).toFixed(2)} ms CPU per doc`);
    ctx.print(`  RSS/heap MiB every ${every} docs`, `${samples.join(' ')} after a full GC (flat = memory independent of corpus size); RSS peak ${peak.toFixed(0)} MiB`);
    ctx.print('  stored / failed', `${summary.stored + summary.unchanged} / ${summary.failed}`);
    ctx.results.set('store.ingestDocsPerSecond', n / wall);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store alone: the same analysed documents written one per transaction and in ingest's batches. */
async function benchStoreOnly(ctx: BenchContext): Promise<void> {
  const docs: Doc[] = [];
  for (const d of ctx.corpus.slice(0, Math.min(STORE_ONLY_DOCS, ctx.corpus.length))) {
    try { docs.push(analyzeInput(d.input, ctx.knowledge)); } catch { /* not stored either way */ }
  }
  for (const batch of [1, defaultBatch.maxDocs]) {
    const t = await openTemp('store');
    try {
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < docs.length; i += batch) await t.store.putDocuments(docs.slice(i, i + batch));
      const wall = (performance.now() - start) / 1000;
      const cpuSec = cpuSecondsSince(cpu);
      ctx.print(`store only, ${batch === 1 ? '1 doc/commit' : `${batch} docs/commit`}`, `${docs.length} analysed docs: ${((cpuSec / docs.length) * 1000).toFixed(2)} ms CPU/doc (${formatRate(docs.length / cpuSec)} docs/CPU-s), ${formatRate(docs.length / wall)} docs/s wall`);
      ctx.results.set(`store.storeOnlyDocsPerCpuSecond.batch${batch}`, docs.length / cpuSec);
    } finally {
      await t.dispose();
    }
  }
}

/** Splits the generated articles into sentences to recombine (a realistic vocabulary and name mix). */
interface PoolSentence { text: string; tokens: Token[] }
interface Pool { en: PoolSentence[]; ar: PoolSentence[] }

/** Sentences tokenized once, so the 200,000 documents built from them need no tokenizing. */
function sentencePool(ctx: BenchContext): Pool {
  const en: PoolSentence[] = [];
  const ar: PoolSentence[] = [];
  for (const d of ctx.corpus.slice(0, 3000)) {
    for (const s of d.text.split(/(?<=[.!?؟])\s+/)) if (s.length > 20) (d.language === 'ar' ? ar : en).push({ text: s, tokens: tokenize(s) });
  }
  return { en, ar };
}

const outlets = ['wire-one', 'wire-two', 'daily-three', 'channel-four', 'agency-five', 'weekly-six', 'site-seven', 'radio-eight'];
const actors = ['kataib-hezbollah', 'harakat-al-nujaba', 'asaib-ahl-al-haq', 'hezbollah', 'houthis', 'hamas', 'irgc', 'islamic-state'];
const kinds: StatementKind[] = ['threat', 'claim', 'denial', 'accusation', 'warning', 'vow'];

function syntheticDoc(i: number, pool: Pool, n: () => number): Doc {
  const arabic = n() < 0.15;
  const src = arabic && pool.ar.length > 0 ? pool.ar : pool.en;
  const parts: string[] = [];
  const tokens: Token[] = [];
  const count = 4 + Math.floor(n() * 5);
  let offset = 0;
  for (let k = 0; k < count; k++) {
    const sentence = src[Math.floor(n() * src.length)];
    if (!sentence) continue;
    for (const t of sentence.tokens) tokens.push({ ...t, start: t.start + offset, end: t.end + offset, sentence: k });
    parts.push(sentence.text);
    offset += sentence.text.length + 1;
  }
  const tail = `(${i})`;
  for (const t of tokenize(tail)) tokens.push({ ...t, start: t.start + offset, end: t.end + offset, sentence: count });
  const text = `${parts.join(' ')} ${tail}`;
  const doc = newDoc({ name: `bench-${i}.txt`, bytes: Buffer.from(text), contentType: 'text/plain', origin: `bench:${i}` });
  doc.text = text;
  doc.id = createHash('sha256').update(text).digest('hex');
  const outlet = outlets[i % outlets.length] ?? null;
  const month = String(1 + Math.floor(n() * 12)).padStart(2, '0');
  doc.meta = { ...doc.meta, title: parts[0]?.slice(0, 80) ?? null, published: `${2019 + Math.floor(n() * 6)}-${month}-15`, source: outlet, sourceId: outlet, language: arabic ? 'ar' : 'en' };
  const actor = actors[Math.floor(n() * actors.length)] ?? 'x';
  const p = { rule: 'bench', confidence: 1 };
  doc.tokens = tokens;
  doc.entities = [{ id: actor, type: 'armed_group', name: actor, inRegistry: true }];
  doc.mentions = [{ start: 0, end: 1, text: text.slice(0, 1), entityId: actor, provenance: p }];
  doc.statements = [{
    start: 0, end: 10, kind: kinds[Math.floor(n() * kinds.length)] ?? 'claim', actor, target: null, date: null, text: text.slice(0, 10),
    means: null, condition: null, deadline: null, quote: null, sentence: 0, provenance: p,
  }];
  return doc;
}

function queries(n: () => number): SearchQuery[] {
  const terms = ['Nujaba', 'Kataib Hezbollah', 'Houthis', 'drones', '"air base"', 'Erbil', 'sanctioned', 'Red Sea shipping', 'Qais al-Khazali',
    'Tower 22', 'ballistic missiles', 'Baghdad', 'embassy', 'ceasefire', 'Telegram', 'coalition', 'الحشد', 'المقاومة الاسلامية', 'صواريخ', 'withdrawal'];
  const out: SearchQuery[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const q: SearchQuery = { text: terms[Math.floor(n() * terms.length)] ?? 'Iraq', limit: 20 };
    const f = n();
    if (f < 0.15) q.language = 'ar';
    else if (f < 0.3) q.actor = actors[Math.floor(n() * actors.length)] ?? null;
    else if (f < 0.4) q.kind = 'threat';
    else if (f < 0.5) { q.since = '2022-01'; q.until = '2023-06'; }
    else if (f < 0.6) q.outlet = outlets[Math.floor(n() * outlets.length)] ?? null;
    out.push(q);
  }
  return out;
}

/** The search corpus file: reused when a complete one with the same inputs is cached, else built (and cached). */
async function searchCorpus(ctx: BenchContext): Promise<{ store: SqlStore; file: string; dispose(): Promise<void> }> {
  const key = createHash('sha256').update(JSON.stringify([SEARCH_CORPUS_VERSION, SEARCH_DOCS, ctx.options.docs])).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `search-${key}.sqlite`);
  const done = `${file}.complete`;
  if (existsSync(file) && existsSync(done)) {
    const store = new SqlStore(await SqliteBackend.open(file));
    ctx.print('search corpus (cached)', `${SEARCH_DOCS.toLocaleString('en-US')} synthetic pre-analysed docs from ${file}, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`);
    return { store, file, async dispose() { await store.close(); } };
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  let store = new SqlStore(await SqliteBackend.open(building));
  const pool = sentencePool(ctx);
  const n = rng(42);
  const start = performance.now();
  const cpu = process.cpuUsage();
  let peak = 0;
  for (let i = 0; i < SEARCH_DOCS; i += BATCH) {
    const batch: Doc[] = [];
    for (let k = i; k < Math.min(SEARCH_DOCS, i + BATCH); k++) batch.push(syntheticDoc(k, pool, n));
    await store.putDocuments(batch);
    peak = Math.max(peak, rssMiB());
  }
  const loadSec = (performance.now() - start) / 1000;
  const cpuSec = cpuSecondsSince(cpu);
  await store.close();
  renameSync(building, file);
  for (const ext of ['-wal', '-shm']) rmSync(`${building}${ext}`, { force: true });
  writeFileSync(done, new Date().toISOString());
  store = new SqlStore(await SqliteBackend.open(file));
  ctx.print('search corpus (bulk path, no analysis)', `${SEARCH_DOCS.toLocaleString('en-US')} synthetic pre-analysed docs through putDocuments, ${BATCH} per transaction: ${loadSec.toFixed(0)} s wall, ${cpuSec.toFixed(0)} CPU-s (${formatRate(SEARCH_DOCS / cpuSec)} docs/CPU-s), ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB file, RSS peak ${peak.toFixed(0)} MiB; cached in ${CACHE_DIR}`);
  return { store, file, async dispose() { await store.close(); } };
}

async function benchSearch(ctx: BenchContext): Promise<void> {
  const t = await searchCorpus(ctx);
  try {
    const qs = queries(rng(7));
    for (const q of qs.slice(0, 20)) await t.store.search(q); // warm the page cache
    const times: number[] = [];
    let hits = 0;
    for (const q of qs) {
      const s = performance.now();
      hits += (await t.store.search(q)).length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    ctx.print('search latency (top 20, snippets, filters)', `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms over ${qs.length} queries (${(hits / qs.length).toFixed(1)} hits/query)`);
    ctx.results.set('store.searchP95Ms', percentile(times, 95));
  } finally {
    await t.dispose();
  }
}

export const storeSection: Section = {
  name: 'store',
  async run(ctx) {
    await benchIngest(ctx);
    await benchStoreOnly(ctx);
    await benchSearch(ctx);
  },
};
