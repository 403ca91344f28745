/**
 * API load (issue 8): the workbench server on loopback over the embedded
 * store, holding LOAD_DOCS generated documents analysed by the real pipeline,
 * driven by CLIENTS concurrent keep-alive clients asking for document pages
 * and actor pages (the API routes the web app's pages call) while another
 * process ingests more documents into the same store, the way `vigil ingest`
 * does (batched commits). Prints p50/p95/p99 latency and errors per route.
 * Target: no errors, p95 <= 100 ms for both.
 *
 * Two phases, each bounded by REQUESTS requests and SECONDS: clients asking
 * back to back (the target's terms: each client sends its next request the
 * moment an answer arrives, so the latency is what a server saturated by
 * 100 pipelines gives), then at an analyst's pace (each client pauses about
 * THINK_MS between pages, half to one and a half times; 0 skips the phase).
 *
 * Only the server runs in this process: the clients run in CLIENT_PROCS
 * child processes and the ingester in another, so the figures are the
 * server's, not the load generator's. Where the CPU went (server, clients,
 * ingester) and the machine's load average are printed with them, since
 * all of them share this machine's cores with whatever else runs on it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeInput } from '../../src/pipeline/analyze.js';
import { loadActorRegistry } from '../../src/resolve/registry.js';
import { Accounts } from '../../src/server/accounts.js';
import { backgroundNice } from '../../src/cli/background.js';
import { defaultBatch } from '../../src/store/ingestion.js';
import { buildServer } from '../../src/server/server.js';
import { SqliteBackend } from '../../src/store/sqlite.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { Doc } from '../../src/core/types.js';
import type { BenchContext, Section } from '../section.js';
import { cpuSecondsSince, formatRate, percentile } from '../section.js';
import type { ClientPlan, ClientReport, FromChild, RouteResult } from './api-load-client.js';
import type { IngesterReport, IngesterStatus } from './api-load-ingester.js';

const LOAD_DOCS = Number(process.env['VIGIL_BENCH_API_DOCS'] ?? 3000);
const CLIENTS = Number(process.env['VIGIL_BENCH_API_CLIENTS'] ?? 100);
const CLIENT_PROCS = Number(process.env['VIGIL_BENCH_API_CLIENT_PROCS'] ?? 2);
const REQUESTS = Number(process.env['VIGIL_BENCH_API_REQUESTS'] ?? 40_000);
const SECONDS = Number(process.env['VIGIL_BENCH_API_SECONDS'] ?? 45);
/** The second phase's pause of a client between an answer and its next request. */
const THINK_MS = Number(process.env['VIGIL_BENCH_API_THINK_MS'] ?? 1000);
const TARGET_P95_MS = 100;
/**
 * Documents the ingester may take, past the pre-loaded ones: more than the
 * bench's corpus, generated in the ingester (the generator is seeded, so the
 * first documents are the bench's own), so it never runs dry mid-load.
 */
const INGEST_MAX = Number(process.env['VIGIL_BENCH_API_INGEST'] ?? 30_000);

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
    // The server's own view of each request (arrival to last byte handed to the socket): with the
    // clients' figures it tells time spent in the server from time spent waiting to be read or scheduled.
    const serverTimes = new Map<string, number[]>([['document page', []], ['actor page', []]]);
    const arrived = new WeakMap<object, number>();
    app.addHook('onRequest', async (request) => { arrived.set(request, performance.now()); });
    app.addHook('onResponse', async (request) => {
      const t = arrived.get(request);
      const route = request.routeOptions.url === '/api/documents/:id' ? 'document page' : request.routeOptions.url === '/api/actors/:id' ? 'actor page' : null;
      if (t !== undefined && route) serverTimes.get(route)!.push(performance.now() - t);
    });
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

    // The ingester takes the documents after the pre-loaded ones and runs until told to stop, so ingestion spans the whole load.
    const ingestTo = preload + INGEST_MAX;
    const ingester = fork(here('./api-load-ingester.js'), [file, String(ingestTo), String(preload), String(ingestTo)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(ingester);
    const ingesterDone = nextMessage<{ report?: IngesterReport }, IngesterReport>(ingester, 'the ingester', (m) => m.report);
    ingesterDone.catch(() => undefined); // awaited below; a start-up failure is reported by the ready wait
    await nextMessage<{ ready?: boolean }, true>(ingester, 'the ingester', (m) => (m.ready ? true : undefined));

    const askStatus = async (): Promise<IngesterStatus> => {
      const status = nextMessage<{ status?: IngesterStatus }, IngesterStatus>(ingester, 'the ingester', (m) => m.status);
      ingester.send('status');
      return status;
    };
    const phases = [{ label: 'back to back', thinkMs: 0 }, ...(THINK_MS > 0 ? [{ label: `~${THINK_MS} ms between pages`, thinkMs: THINK_MS }] : [])];
    for (const phase of phases) {
      const procs = Math.max(1, Math.min(CLIENT_PROCS, CLIENTS));
      const clientProcs: ChildProcess[] = [];
      const reports: Array<Promise<ClientReport>> = [];
      const readies: Array<Promise<true>> = [];
      for (let p = 0; p < procs; p++) {
        const child = fork(here('./api-load-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        children.push(child);
        clientProcs.push(child);
        const clients = Math.floor(CLIENTS / procs) + (p < CLIENTS % procs ? 1 : 0);
        const plan: ClientPlan = {
          address, token, docIds, actors, clients, firstClient: p * 1000, requests: Math.ceil((REQUESTS * clients) / CLIENTS), seconds: SECONDS, thinkMs: phase.thinkMs,
        };
        readies.push(nextMessage<FromChild, true>(child, 'a load client', (m) => ('ready' in m ? true : undefined)));
        const report = nextMessage<FromChild, ClientReport>(child, 'a load client', (m) => ('report' in m ? m.report : undefined));
        report.catch(() => undefined); // awaited below, after every client is ready
        reports.push(report);
        child.send({ plan });
      }
      await Promise.all(readies);

      for (const list of serverTimes.values()) list.length = 0;
      const before = await askStatus();
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const serverCpu = process.cpuUsage();
      const phaseStart = performance.now();
      for (const child of clientProcs) child.send({ go: true });
      const done = await Promise.all(reports);
      const wall = (performance.now() - phaseStart) / 1000;
      const serverCpuSec = cpuSecondsSince(serverCpu);
      loop.disable();
      const after = await askStatus();

      const issued = done.reduce((n, r) => n + r.issued, 0);
      const clientCpu = done.reduce((n, r) => n + r.cpuSeconds, 0);
      console.log(`  -- ${phase.label}`);
      ctx.print('load', `${CLIENTS} clients in ${procs} processes: ${issued} requests in ${wall.toFixed(1)} s (${formatRate(issued / wall)} req/s); machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
      ctx.print('ingested meanwhile (other process)', `${after.stored - before.stored} documents in ${wall.toFixed(0)} s, commits of up to ${defaultBatch.maxDocs}, nice ${backgroundNice()}${after.exhausted ? '; RAN OUT of documents during the load' : ''}`);
      ctx.print('CPU during the load', `server ${serverCpuSec.toFixed(1)} s (${((serverCpuSec / issued) * 1000).toFixed(2)} ms/request), clients ${clientCpu.toFixed(1)} s, ingester ${(after.cpuSeconds - before.cpuSeconds).toFixed(1)} s, of ${(wall * cpus().length).toFixed(0)} core-s`);
      ctx.print('server event-loop delay p50 / p99 / max', `${(loop.percentile(50) / 1e6).toFixed(1)} / ${(loop.percentile(99) / 1e6).toFixed(1)} / ${(loop.max / 1e6).toFixed(1)} ms`);
      for (const route of ['document page', 'actor page'] as const) {
        const s: RouteResult = { latencies: done.flatMap((r) => r.routes[route].latencies), errors: 0, firstError: null };
        for (const r of done) { s.errors += r.routes[route].errors; s.firstError ??= r.routes[route].firstError; }
        const sorted = s.latencies.sort((a, b) => a - b);
        const p95 = percentile(sorted, 95);
        ctx.print(`${route} p50 / p95 / p99`, `${percentile(sorted, 50).toFixed(1)} / ${p95.toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms over ${sorted.length} answers; ${s.errors} errors${p95 <= TARGET_P95_MS && s.errors === 0 ? '' : '  (TARGET MISSED)'}`);
        if (s.firstError) ctx.print(`  first ${route} error`, s.firstError);
        const inServer = serverTimes.get(route)!.sort((a, b) => a - b);
        ctx.print('  of which in the server p50 / p95 / p99', `${percentile(inServer, 50).toFixed(1)} / ${percentile(inServer, 95).toFixed(1)} / ${percentile(inServer, 99).toFixed(1)} ms`);
        ctx.results.set(`api.${phase.thinkMs > 0 ? 'paced.' : ''}${route.replace(' ', '-')}.p95`, p95);
      }
    }
    ingester.send('stop');
    const ingested = await ingesterDone;
    ctx.print('ingester', `${ingested.stored} documents (${ingested.failed} failed) in ${ingested.seconds.toFixed(1)} s; ${ingested.exhausted ? 'ran out of corpus before the load ended' : 'still ingesting when the load ended'}`);
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
    if (app) await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiLoadSection: Section = { name: 'api-load', run };
