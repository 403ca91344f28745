/**
 * A real `vigil worker` child process is killed with SIGKILL in the middle
 * of a batch; after a restart every item is stored exactly once. Run against
 * SQLite always, and against PostgreSQL when one answers.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startTestServer } from '../ingest/fixtures/feeds/server.js';
import { openStore, type Store, type StoreOptions } from '../store/store.js';
import { testBackends, testPostgresUrl } from '../store/test-backends.js';
import { runWatch } from './scheduler.js';
import { WatchState } from './state.js';
import { articlePage, recordingLog, rssFeed, tempStore, testConfig } from './fixtures/helpers.js';

const items = 12;
const killAfter = 5;
const cli = join(process.cwd(), 'src/cli/main.ts');

const server = await startTestServer();
after(() => server.close());

// Articles answer slowly, so the worker is surely in the middle of one when it is killed.
for (let i = 0; i < items; i++) {
  server.routes.set(`/crash-article-${i}`, (_q, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(i)), 120);
  });
}
const feedItems = Array.from({ length: items }, (_, i) => ({ guid: `c-${i}`, title: `Crash item ${i}`, body: 'teaser', link: server.url(`/crash-article-${i}`) }));
server.routes.set('/crash.xml', (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Crash Outlet', feedItems)));

function worker(env: NodeJS.ProcessEnv, extra: string[]): { child: ChildProcess; stderr: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'worker', '--lease', '2', ...extra], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exit };
}

function articleRequests(): number {
  return server.requests.filter((r) => r.path.startsWith('/crash-article-')).length;
}

async function crashAndRestart(options: StoreOptions, env: NodeJS.ProcessEnv, pgSchemaArgs: string[]): Promise<void> {
  const first = server.requests.length;
  let store: Store = await openStore(options);
  const config = testConfig([{ id: 'crash', kind: 'feed', url: server.url('/crash.xml'), fetchArticles: true }], { perHostDelay: '0s' });
  const [poll] = await runWatch({ config, store, state: WatchState.load(null), log: recordingLog(), once: true });
  assert.equal(poll?.outcome?.queued, items);
  await store.close();

  const baseline = articleRequests();
  const doomed = worker(env, pgSchemaArgs);
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (articleRequests() - baseline >= killAfter) { clearInterval(timer); doomed.child.kill('SIGKILL'); resolve(); }
    }, 5);
    doomed.exit.then(() => { clearInterval(timer); reject(new Error(`worker exited before it was killed:\n${doomed.stderr()}`)); }, reject);
  });
  const killed = await doomed.exit;
  assert.equal(killed.signal, 'SIGKILL');

  store = await openStore(options);
  const mid = await store.queueCounts();
  assert.ok(mid.done < items, `killed mid-batch (${mid.done} of ${items} done)`);
  assert.equal(mid.running, 1, 'the killed worker still holds one job');
  await store.close();

  const second = worker(env, [...pgSchemaArgs, '--until-empty']);
  const finished = await second.exit;
  assert.equal(finished.code, 0, second.stderr());

  store = await openStore(options);
  try {
    assert.equal(await store.countDocuments(), items);
    const counts = await store.queueCounts();
    assert.deepEqual({ ...counts }, { queued: 0, running: 0, done: items, failed: 0 });
    const urls: string[] = [];
    for (const id of await store.listDocumentIds(null, 100)) urls.push((await store.getDocument(id))!.input.name);
    assert.deepEqual(urls.sort(), feedItems.map((i) => i.link).sort(), 'every article stored exactly once');
  } finally {
    await store.close();
  }
  assert.ok(server.requests.length > first);
}

test('SQLite: a worker SIGKILLed mid-batch loses nothing and stores nothing twice after restart', { timeout: 90_000 }, async (t) => {
  const { dir, store, dispose } = await tempStore();
  await store.close();
  t.after(dispose);
  const sqlitePath = join(dir, 'test.sqlite');
  const env: NodeJS.ProcessEnv = { ...process.env, VIGIL_DB: sqlitePath };
  delete env['DATABASE_URL'];
  await crashAndRestart({ sqlitePath, databaseUrl: null }, env, []);
});

test('PostgreSQL: a worker SIGKILLed mid-batch loses nothing and stores nothing twice after restart', { timeout: 90_000 }, async (t) => {
  const pg = (await testBackends()).find((b) => b.name === 'postgres');
  if (pg?.skip) { t.skip(pg.skip); return; }
  const schema = `vigil_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
  t.after(async () => {
    const { default: pgLib } = await import('pg');
    const client = new pgLib.Client({ connectionString: testPostgresUrl });
    await client.connect();
    try { await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await client.end(); }
  });
  const env = { ...process.env, DATABASE_URL: testPostgresUrl };
  await crashAndRestart({ databaseUrl: testPostgresUrl, pgSchema: schema }, env, ['--pg-schema', schema]);
});
