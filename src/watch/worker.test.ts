import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, serve } from '../ingest/fixtures/feeds/server.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { runWorker } from './worker.js';
import { fetchJob, ingestJob, encodeInput, type FetchPayload } from './jobs.js';
import { articlePage, recordingLog, tempStore } from './fixtures/helpers.js';

const server = await startTestServer();
after(() => server.close());
const knowledge = loadKnowledge();

function fetchPayloadFor(url: string, allowAddresses = ['127.0.0.1']): FetchPayload {
  return {
    source: 'test', url, origin: server.url('/feed.xml'), hints: { title: 'Hinted title', source: 'Hinted Outlet' },
    policy: { limits: { maxBytes: 1 << 20, maxRedirects: 3, timeoutMs: 5000 }, allowAddresses, userAgent: null },
  };
}

test('fetch and ingest jobs are analysed and stored once; a repeated document is recognised', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  for (let i = 0; i < 3; i++) server.routes.set(`/w-article-${i}`, serve(articlePage(100 + i)));
  for (let i = 0; i < 3; i++) await store.enqueue(fetchJob, fetchPayloadFor(server.url(`/w-article-${i}`)));
  const inline = { name: 'note.txt', bytes: new TextEncoder().encode('An analyst note about a drone launch near the border.\n'), contentType: 'text/plain', origin: 'inbox' };
  await store.enqueue(ingestJob, { source: 'inbox', input: encodeInput(inline) });
  await store.enqueue(ingestJob, { source: 'inbox', input: encodeInput({ ...inline, name: 'copy.txt' }) });
  const report = await runWorker({ store, knowledge, log: recordingLog(), untilEmpty: true, idleMs: 20 });
  assert.deepEqual(report, { done: 5, stored: 4, duplicates: 1, retried: 0, failed: 0 });
  assert.equal(await store.countDocuments(), 4);
  const counts = await store.queueCounts();
  assert.equal(counts.done, 5);
});

test('a 500 is retried with backoff and given up after the last attempt; a refused address is not retried', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  server.routes.set('/w-broken', (_q, res) => res.writeHead(500).end());
  const broken = await store.enqueue(fetchJob, fetchPayloadFor(server.url('/w-broken')));
  const refused = await store.enqueue(fetchJob, fetchPayloadFor(server.url('/w-broken'), []));
  const malformed = await store.enqueue(fetchJob, { source: 'x' });
  const log = recordingLog();
  const report = await runWorker({ store, knowledge, log, untilEmpty: true, idleMs: 10, maxAttempts: 3, retry: { baseMs: 20, maxMs: 100 } });
  assert.deepEqual(report, { done: 0, stored: 0, duplicates: 0, retried: 2, failed: 3 });
  const b = await store.getJob(broken!);
  assert.equal(b?.state, 'failed');
  assert.equal(b?.attempts, 3);
  assert.match(b?.lastError ?? '', /HTTP 500/);
  const r = await store.getJob(refused!);
  assert.equal(r?.attempts, 1);
  assert.match(r?.lastError ?? '', /refused to fetch/);
  assert.match((await store.getJob(malformed!))?.lastError ?? '', /malformed collect\.fetch job/);
  assert.equal(server.requests.filter((q) => q.path === '/w-broken').length, 3, 'the refused job never reached the server');
});
