/**
 * API load (issue 8): the workbench server on loopback over the embedded
 * store, holding LOAD_DOCS generated documents analysed by the real pipeline,
 * driven by CLIENTS concurrent keep-alive clients asking for document pages
 * and actor pages (the API routes the web app's pages call) while another
 * process ingests more documents into the same store, the way `vigil ingest`
 * does (batched commits). Prints p50/p95/p99 latency and errors per route.
 * Target: no errors, p95 <= 100 ms for both.
 *
 * Only the server runs in this process: the clients run in CLIENT_PROCS
 * child processes and the ingester in another, so the figures are the
 * server's, not the load generator's. Where the CPU went (server, clients,
 * ingester) is printed with them, since all three share this machine's cores.
 * Bounded: REQUESTS requests in all, and never longer than SECONDS.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { loadActorRegistry } from '../../src/resolve/registry.js';
import { Accounts } from '../../src/server/accounts.js';
import { buildServer } from '../../src/server/server.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { Doc } from '../../src/core/types.js';
import type { BenchContext, Section } from '../section.js';
import { cpuSecondsSince, formatRate } from '../section.js';
import type { ClientPlan, ClientReport, FromChild, RouteResult } from './api-load-client.js';
import type { IngesterReport } from './api-load-ingester.js';

const LOAD_DOCS = Number(process.env['VIGIL_BENCH_API_DOCS'] ?? 3000);
const CLIENTS = Number(process.env['VIGIL_BENCH_API_CLIENTS'] ?? 100);
const CLIENT_PROCS = Number(process.env['VIGIL_BENCH_API_CLIENT_PROCS'] ?? 2);
const REQUESTS = Number(process.env['VIGIL_BENCH_API_REQUESTS'] ?? 40_000);
const SECONDS = Number(process.env['VIGIL_BENCH_API_SECONDS'] ?? 60);
/** Pause of a client between an answer and its next request; 0 is back to back (the default, and the target's terms). */
const THINK_MS = Number(process.env['VIGIL_BENCH_API_THINK_MS'] ?? 0);
const TARGET_P95_MS = 100;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Resolves with the first message matching `pick`; rejects if the child exits first. */
function nextMessage<M, T>(child: ChildProcess, name: string, pick: (m: M) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: M) => {
      const v = pick(m);
      if (v === undefined) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(v);
    };
    const onExit = (code: number | null) => reject(new Error(`${name} exited with ${code} before answering`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function run(ctx: BenchContext): Promise<void> {
  const preload = Math.min(LOAD_DOCS, ctx.corpus.length);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-api-'));
  const file = join(dir, 'api.sqlite');
  const store = new SqlStore(await SqliteBackend.open(file));
  const children: ChildProcess[] = [];
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

    // The ingester takes the rest of the generated corpus and runs until told to stop, so ingestion spans the whole load.
    const ingester = fork(here('./api-load-ingester.js'), [file, String(ctx.options.docs), String(preload), String(ctx.corpus.length)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(ingester);
    const ingesterDone = nextMessage<{ report?: IngesterReport }, IngesterReport>(ingester, 'the ingester', (m) => m.report);
    ingesterDone.catch(() => undefined); // awaited below; a start-up failure is reported by the ready wait
    await nextMessage<{ ready?: boolean }, true>(ingester, 'the ingester', (m) => (m.ready ? true : undefined));

    const procs = Math.max(1, Math.min(CLIENT_PROCS, CLIENTS));
    const reports: Array<Promise<ClientReport>> = [];
    const readies: Array<Promise<true>> = [];
    for (let p = 0; p < procs; p++) {
      const child = fork(here('./api-load-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      const clients = Math.floor(CLIENTS / procs) + (p < CLIENTS % procs ? 1 : 0);
      const plan: ClientPlan = {
        address, token, docIds, actors, clients, firstClient: p * 1000, requests: Math.ceil((REQUESTS * clients) / CLIENTS), seconds: SECONDS, thinkMs: THINK_MS,
      };
      readies.push(nextMessage<FromChild, true>(child, 'a load client', (m) => ('ready' in m ? true : undefined)));
      const report = nextMessage<FromChild, ClientReport>(child, 'a load client', (m) => ('report' in m ? m.report : undefined));
      report.catch(() => undefined); // awaited below, after every client is ready
      reports.push(report);
      child.send({ plan });
    }
    await Promise.all(readies);

    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const serverCpu = process.cpuUsage();
    const loadStart2 = performance.now();
    for (const child of children.slice(1)) child.send({ go: true });
    const done = await Promise.all(reports);
    const wall = (performance.now() - loadStart2) / 1000;
    const serverCpuSec = cpuSecondsSince(serverCpu);
    loop.disable();
    ingester.send('stop');
    const ingested = await ingesterDone;

    const issued = done.reduce((n, r) => n + r.issued, 0);
    const clientCpu = done.reduce((n, r) => n + r.cpuSeconds, 0);
    ctx.print('load', `${CLIENTS} clients in ${procs} processes${THINK_MS > 0 ? `, ~${THINK_MS} ms pause between pages` : ', back to back'}: ${issued} requests in ${wall.toFixed(1)} s (${formatRate(issued / wall)} req/s)`);
    ctx.print('ingested during the load (other process)', `${ingested.stored} documents (${ingested.failed} failed) in ${ingested.seconds.toFixed(1)} s, commits of up to ${ingested.batch}; ${ingested.exhausted ? 'ran out of corpus before the load ended' : 'still ingesting when the load ended'}`);
    ctx.print('CPU during the load', `server ${serverCpuSec.toFixed(1)} s, clients ${clientCpu.toFixed(1)} s, ingester ${ingested.cpuSeconds.toFixed(1)} s of ${(wall * cpus().length).toFixed(0)} core-s (${cpus().length} cores, ${wall.toFixed(0)} s); server ${((serverCpuSec / issued) * 1000).toFixed(2)} ms CPU/request`);
    ctx.print('server event-loop delay p50 / p99 / max', `${(loop.percentile(50) / 1e6).toFixed(1)} / ${(loop.percentile(99) / 1e6).toFixed(1)} / ${(loop.max / 1e6).toFixed(1)} ms`);
    for (const route of ['document page', 'actor page'] as const) {
      const s: RouteResult = { latencies: done.flatMap((r) => r.routes[route].latencies), errors: 0, firstError: null };
      for (const r of done) { s.errors += r.routes[route].errors; s.firstError ??= r.routes[route].firstError; }
      const sorted = s.latencies.sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      ctx.print(`${route} p50 / p95 / p99`, `${percentile(sorted, 50).toFixed(1)} / ${p95.toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms over ${sorted.length} answers; ${s.errors} errors${p95 <= TARGET_P95_MS && s.errors === 0 ? '' : '  (TARGET MISSED)'}`);
      if (s.firstError) ctx.print(`  first ${route} error`, s.firstError);
      ctx.results.set(`api.${route.replace(' ', '-')}.p95`, p95);
    }
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
    if (app) await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiLoadSection: Section = { name: 'api-load', run };
