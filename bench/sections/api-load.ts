/**
 * API load (issue 8): the workbench server on loopback over the embedded
 * store, holding LOAD_DOCS generated documents analysed by the real pipeline,
 * driven by CLIENTS concurrent keep-alive clients asking for document pages
 * and actor pages (the API routes the web app's pages call) while another
 * process ingests more documents into the same store. Prints p50/p95/p99
 * latency and errors per route. Target: no errors, p95 <= 100 ms for both.
 * Bounded: REQUESTS requests in all, and never longer than SECONDS.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { loadActorRegistry } from '../../src/resolve/registry.js';
import { Accounts } from '../../src/server/accounts.js';
import { buildServer } from '../../src/server/server.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { Doc } from '../../src/core/types.js';
import type { BenchContext, Section } from '../section.js';
import { formatRate } from '../section.js';

const LOAD_DOCS = Number(process.env['VIGIL_BENCH_API_DOCS'] ?? 3000);
const INGEST_DURING = Number(process.env['VIGIL_BENCH_API_INGEST'] ?? 1000);
const CLIENTS = 100;
const REQUESTS = Number(process.env['VIGIL_BENCH_API_REQUESTS'] ?? 20_000);
const SECONDS = 60;
const TARGET_P95_MS = 100;

interface RouteStats { latencies: number[]; errors: number; firstError: string | null }

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Small, seeded PRNG so that runs ask for the same pages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startIngester(file: string, from: number, to: number): { ready: Promise<void>; done: Promise<{ stored: number; failed: number; seconds: number }>; stop(): void } {
  const child = fork(fileURLToPath(new URL('./api-load-ingester.js', import.meta.url)), [file, String(to), String(from), String(to)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let ready!: () => void;
  const readyP = new Promise<void>((r) => { ready = r; });
  const done = new Promise<{ stored: number; failed: number; seconds: number }>((resolve, reject) => {
    child.on('message', (m: { ready?: boolean; stored?: number; failed?: number; seconds?: number }) => {
      if (m.ready) ready();
      else resolve({ stored: m.stored ?? 0, failed: m.failed ?? 0, seconds: m.seconds ?? 0 });
    });
    child.on('exit', (code) => { ready(); if (code !== 0) reject(new Error(`the ingester exited with ${code}`)); });
  });
  return { ready: readyP, done, stop: () => { if (child.connected) child.send('stop'); } };
}

async function run(ctx: BenchContext): Promise<void> {
  const total = Math.min(LOAD_DOCS + INGEST_DURING, ctx.corpus.length);
  const preload = Math.min(LOAD_DOCS, total);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-api-'));
  const file = join(dir, 'api.sqlite');
  const store = new SqlStore(await SqliteBackend.open(file));
  let app: Awaited<ReturnType<typeof buildServer>>['app'] | null = null;
  try {
    // The pre-loaded corpus: the real pipeline's analyses, stored through the store's batch path.
    const loadStart = performance.now();
    for (let i = 0; i < preload; i += 200) {
      const batch: Doc[] = [];
      for (const d of ctx.corpus.slice(i, Math.min(preload, i + 200))) {
        try { batch.push(analyzeInput(d.input, ctx.knowledge)); } catch { /* a document the pipeline refuses is not stored */ }
      }
      await store.putDocuments(batch);
    }
    ctx.print('corpus loaded (analysis + store)', `${await store.countDocuments()} documents in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

    const registry = loadActorRegistry();
    const server = await buildServer({ store, registry });
    app = server.app;
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const accounts = new Accounts(store.accounts);
    const viewer = await accounts.create('bench-viewer', 'viewer', 'bench-viewer-password');
    const { token } = await accounts.createToken(viewer.id, 'api-load');

    const docIds: string[] = [];
    for (let after: string | null = null; ;) {
      const page = await store.listDocumentIds(after, 1000);
      if (page.length === 0) break;
      docIds.push(...page);
      after = page[page.length - 1]!;
    }
    const actors = (await store.workbench.topEntities({ excludeTypes: ['location', 'facility'], limit: 300 })).map((a) => a.id);
    if (docIds.length === 0 || actors.length === 0) throw new Error('the generated corpus gave no documents or no actors to ask for');
    ctx.print('pages asked for', `${docIds.length} documents, ${actors.length} actors (most named first)`);

    const ingester = startIngester(file, preload, total);
    await ingester.ready;

    const stats = new Map<string, RouteStats>([['document page', { latencies: [], errors: 0, firstError: null }], ['actor page', { latencies: [], errors: 0, firstError: null }]]);
    const headers = { authorization: `Bearer ${token}` };
    const deadline = performance.now() + SECONDS * 1000;
    let issued = 0;
    const client = async (n: number): Promise<void> => {
      const random = rng(1000 + n);
      while (issued < REQUESTS && performance.now() < deadline) {
        issued++;
        const wantDoc = random() < 0.5;
        const route = wantDoc ? 'document page' : 'actor page';
        // Actor pages favour the most-named actors, as analysts do: the square skews the pick to the top of the list.
        const url = wantDoc
          ? `${address}/api/documents/${docIds[Math.floor(random() * docIds.length)]}`
          : `${address}/api/actors/${encodeURIComponent(actors[Math.floor(random() ** 2 * actors.length)]!)}`;
        const s = stats.get(route)!;
        const t0 = performance.now();
        try {
          // Node's fetch keeps connections alive and reuses them: each client holds its own.
          const res = await fetch(url, { headers });
          await res.arrayBuffer();
          if (res.status !== 200) { s.errors++; s.firstError ??= `HTTP ${res.status} for ${url}`; continue; }
          s.latencies.push(performance.now() - t0);
        } catch (err) {
          s.errors++;
          s.firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
    };
    const loadStart2 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    const wall = (performance.now() - loadStart2) / 1000;
    ingester.stop();
    const ingested = await ingester.done;

    ctx.print('load', `${CLIENTS} clients, ${issued} requests in ${wall.toFixed(1)} s (${formatRate(issued / wall)} req/s)`);
    ctx.print('ingested during the load (other process)', `${ingested.stored} documents (${ingested.failed} failed) in ${ingested.seconds.toFixed(1)} s`);
    for (const [route, s] of stats) {
      const sorted = [...s.latencies].sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      ctx.print(`${route} p50 / p95 / p99`, `${percentile(sorted, 50).toFixed(1)} / ${p95.toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms over ${sorted.length} answers; ${s.errors} errors${p95 <= TARGET_P95_MS && s.errors === 0 ? '' : '  (TARGET MISSED)'}`);
      if (s.firstError) ctx.print(`  first ${route} error`, s.firstError);
      ctx.results.set(`api.${route.replace(' ', '-')}.p95`, p95);
    }
  } finally {
    if (app) await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiLoadSection: Section = { name: 'api-load', run };
