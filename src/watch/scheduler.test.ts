import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, serve } from '../ingest/fixtures/feeds/server.js';
import { HostPacer } from './pacing.js';
import { pollAndRecord, runWatch } from './scheduler.js';
import { WatchState } from './state.js';
import type { PollContext } from './poll.js';
import { fetchJob, ingestJob } from './jobs.js';
import { recordingLog, rssFeed, tempStore, testConfig, type TestItem } from './fixtures/helpers.js';
import type { WatchConfig } from './config.js';
import type { Store } from '../store/store.js';

const server = await startTestServer();
after(() => server.close());

const items = (n: number, prefix: string): TestItem[] =>
  Array.from({ length: n }, (_, i) => ({ guid: `${prefix}-${i}`, title: `Headline ${prefix} ${i}`, body: `Body of ${prefix} item ${i}.` }));

function context(config: WatchConfig, store: Store, state: WatchState, clock: { t: number }): PollContext {
  return { config, state, store, pacer: new HostPacer(config.perHostDelayMs), now: () => clock.t, sleep: async (ms) => { clock.t += ms; } };
}

test('a feed is queued once: 304 on the next poll queues nothing, a new item alone is queued after a change', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  let feed = rssFeed('Outlet One', items(3, 'one'));
  let version = 1;
  server.routes.set('/one.xml', (req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) { res.writeHead(304).end(); return; }
    res.writeHead(200, { etag, 'content-type': 'application/rss+xml' }).end(feed);
  });
  const config = testConfig([{ id: 'one', kind: 'feed', url: server.url('/one.xml') }]);
  const state = WatchState.load(null);
  const log = recordingLog();
  const clock = { t: 1_000_000 };
  const ctx = context(config, store, state, clock);
  const source = config.sources[0]!;

  const first = await pollAndRecord(ctx, source, log);
  assert.equal(first.outcome?.queued, 3);
  assert.equal(state.get('one').etag, '"v1"');
  assert.equal(first.nextPollAt, clock.t + 600_000);

  const second = await pollAndRecord(ctx, source, log);
  assert.equal(second.outcome?.unchanged, true);
  assert.equal(server.requests.filter((r) => r.path === '/one.xml').at(-1)?.headers['if-none-match'], '"v1"');

  feed = rssFeed('Outlet One', [...items(3, 'one'), { guid: 'one-new', title: 'Fresh headline', body: 'Fresh body.' }]);
  version = 2;
  const third = await pollAndRecord(ctx, source, log);
  assert.equal(third.outcome?.queued, 1);
  assert.equal(third.outcome?.known, 3);
  assert.equal((await store.queueCounts()).queued, 4);
  const job = await store.claim('t', [ingestJob], 30);
  assert.ok(job);
  assert.equal((job.payload as { source: string }).source, 'one');
});

test('backoff after 500s: later and later retries, Retry-After honoured, reset after success', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  let failing = true;
  server.routes.set('/flaky.xml', (_q, res) => {
    if (failing) res.writeHead(500).end('server error');
    else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Flaky', items(1, 'flaky')));
  });
  const config = testConfig([{ id: 'flaky', kind: 'feed', url: server.url('/flaky.xml'), interval: '1m' }], { maxBackoff: '10m' });
  const state = WatchState.load(null);
  const log = recordingLog();
  const clock = { t: 5_000_000 };
  const ctx = context(config, store, state, clock);
  const source = config.sources[0]!;
  const half = (): number => 0.5; // no jitter

  const delays: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await pollAndRecord(ctx, source, log, half);
    assert.equal(r.ok, false);
    delays.push(r.nextPollAt - clock.t);
  }
  assert.deepEqual(delays, [60_000, 120_000, 240_000, 480_000, 600_000]);
  assert.equal(state.get('flaky').failures, 5);
  assert.match(log.lines.at(-1) ?? '', /^error source flaky: HTTP 500 from .*\/flaky\.xml \(failure 5; next try in 600s\)$/);

  // Not due: a pass of the loop leaves the failing server alone.
  const before = server.requests.length;
  await runWatch({ config, store, state, log, once: true, now: () => clock.t });
  assert.equal(server.requests.length, before);

  failing = false;
  const startedAt = clock.t;
  const ok = await pollAndRecord(ctx, source, log, half);
  assert.equal(ok.ok, true);
  assert.equal(state.get('flaky').failures, 0);
  assert.equal(ok.nextPollAt - startedAt, 60_000, 'back to the normal interval');

  server.routes.set('/busy.xml', (_q, res) => res.writeHead(503, { 'retry-after': '300' }).end());
  const busy = testConfig([{ id: 'busy', kind: 'feed', url: server.url('/busy.xml'), interval: '1m' }]);
  const r = await pollAndRecord(context(busy, store, state, clock), busy.sources[0]!, log, half);
  assert.equal(r.nextPollAt - clock.t, 300_000, 'the server asked for five minutes');
});

test('misbehaving sources are logged one line each and the others still poll', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  server.routes.set('/good.xml', serve(rssFeed('Good', items(2, 'good')), 'application/rss+xml'));
  server.routes.set('/stall.xml', () => { /* never answers */ });
  server.routes.set('/loop-1.xml', (_q, res) => res.writeHead(302, { location: '/loop-2.xml' }).end());
  server.routes.set('/loop-2.xml', (_q, res) => res.writeHead(302, { location: '/loop-1.xml' }).end());
  server.routes.set('/huge.xml', serve(rssFeed('Huge', items(400, 'huge')), 'application/rss+xml'));
  server.routes.set('/bomb.xml', serve('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>', 'application/xml'));
  server.routes.set('/xxe.xml', serve('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss><channel><title>&x;</title></channel></rss>', 'application/xml'));
  server.routes.set('/broken.xml', serve('<rss><channel><item><title>no end', 'application/rss+xml'));
  const config = testConfig([
    { id: 'stall', kind: 'feed', url: server.url('/stall.xml') },
    { id: 'loop', kind: 'feed', url: server.url('/loop-1.xml') },
    { id: 'huge', kind: 'feed', url: server.url('/huge.xml') },
    { id: 'bomb', kind: 'feed', url: server.url('/bomb.xml') },
    { id: 'xxe', kind: 'feed', url: server.url('/xxe.xml') },
    { id: 'broken', kind: 'feed', url: server.url('/broken.xml') },
    { id: 'good', kind: 'feed', url: server.url('/good.xml') },
  ], { limits: { timeout: '300ms', maxFeedSize: '16KB' } });
  const log = recordingLog();
  const reports = await runWatch({ config, store, state: WatchState.load(null), log, once: true });
  const errors = Object.fromEntries(reports.map((r) => [r.source, r.error]));
  assert.match(errors.stall ?? '', /timed out after 0\.3s/);
  assert.match(errors.loop ?? '', /redirect loop/);
  assert.match(errors.huge ?? '', /over the 16\.0 KB limit/);
  assert.match(errors.bomb ?? '', /refused a feed with a DOCTYPE declaration/);
  assert.match(errors.xxe ?? '', /refused a feed with a DOCTYPE declaration/);
  assert.match(errors.broken ?? '', /malformed XML/);
  assert.equal(errors.good, null);
  assert.equal((await store.queueCounts()).queued, 2);
  assert.equal(log.lines.filter((l) => l.startsWith('error ')).length, 6);
  for (const l of log.lines) assert.doesNotMatch(l, /\n/);
});

test('private addresses are refused unless the operator allows them', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  server.routes.set('/internal.xml', serve(rssFeed('Internal', items(1, 'internal')), 'application/rss+xml'));
  const config = testConfig([{ id: 'internal', kind: 'feed', url: server.url('/internal.xml') }], { allowAddresses: [] });
  const before = server.requests.length;
  const [report] = await runWatch({ config, store, state: WatchState.load(null), log: recordingLog(), once: true });
  assert.match(report?.error ?? '', /refused to fetch .*127\.0\.0\.1 is a loopback/);
  assert.equal(server.requests.length, before);
});

test('feeds with fetchArticles queue fetch jobs spaced per host', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  const linked = items(3, 'linked').map((i, n) => ({ ...i, link: server.url(`/article-${n}`) }));
  server.routes.set('/linked.xml', serve(rssFeed('Linked', linked), 'application/rss+xml'));
  const config = testConfig([{ id: 'linked', kind: 'feed', url: server.url('/linked.xml'), fetchArticles: true }], { perHostDelay: '5s' });
  const clock = { t: 10_000_000 };
  await runWatch({ config, store, state: WatchState.load(null), log: recordingLog(), once: true, now: () => clock.t });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    // Jobs are due later and later; claim each after its time by looking at the job rows.
    const job = await store.getJob(i + 1);
    assert.equal(job?.kind, fetchJob);
    times.push(job!.runAfter);
    const payload = job!.payload as { url: string; hints: { title: string; source: string } };
    assert.equal(payload.url, server.url(`/article-${i}`));
    assert.equal(payload.hints.title, `Headline linked ${i}`);
    assert.equal(payload.hints.source, 'Linked');
  }
  assert.deepEqual(times.map((x) => x - times[0]!), [0, 5000, 10000]);
});

test('folders: each new or changed file is queued once', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-inbox-'));
  writeFileSync(join(dir, 'a.txt'), 'A militia statement about a convoy.\n');
  writeFileSync(join(dir, 'b.html'), '<p>A page about a port.</p>');
  writeFileSync(join(dir, 'ignored.pdfx'), 'not read');
  writeFileSync(join(dir, '.hidden.txt'), 'not read');
  const config = testConfig([{ id: 'inbox', kind: 'folder', path: dir, outlet: 'Analyst inbox' }]);
  const state = WatchState.load(null);
  const log = recordingLog();
  const clock = { t: 1 };
  const ctx = context(config, store, state, clock);
  assert.equal((await pollAndRecord(ctx, config.sources[0]!, log)).outcome?.queued, 2);
  assert.equal((await pollAndRecord(ctx, config.sources[0]!, log)).outcome?.queued, 0);
  writeFileSync(join(dir, 'a.txt'), 'A militia statement about a convoy, corrected.\n');
  utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
  assert.equal((await pollAndRecord(ctx, config.sources[0]!, log)).outcome?.queued, 1);
});

test('Telegram exports: messages queued once, edits queued again, broken messages reported', async (t) => {
  const { store, dispose } = await tempStore();
  t.after(dispose);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-tg-'));
  const path = join(dir, 'result.json');
  const messages: Array<Record<string, unknown>> = [
    { id: 10, type: 'message', date: '2024-02-01T10:00:00', from: 'Test Channel', text: ['Statement ', { type: 'bold', text: 'one' }] },
    { id: 11, type: 'message', date: '2024-02-01T11:00:00', from: 'Test Channel', forwarded_from: 'Other Channel', text: 'Forwarded statement two.' },
    { id: 12, type: 'message', text: 'no date' },
  ];
  writeFileSync(path, JSON.stringify({ name: 'Test Channel', type: 'public_channel', id: 99, messages }));
  const config = testConfig([{ id: 'tg', kind: 'telegram', path, username: 'testchannel' }]);
  const state = WatchState.load(join(dir, 'state.json'));
  const log = recordingLog();
  const ctx = context(config, store, state, { t: 1 });
  const first = await pollAndRecord(ctx, config.sources[0]!, log);
  assert.equal(first.outcome?.queued, 2);
  assert.ok(log.lines.includes("warn source tg: message id 12 skipped: missing 'date'"));
  messages[0] = { ...messages[0], text: 'Statement one, edited.', edited: '2024-02-01T12:00:00', edited_unixtime: '1706788800' };
  writeFileSync(path, JSON.stringify({ name: 'Test Channel', type: 'public_channel', id: 99, messages }));
  // A fresh process reads the saved state: only the edit is new.
  const again = await pollAndRecord({ ...ctx, state: WatchState.load(join(dir, 'state.json')) }, config.sources[0]!, log);
  assert.equal(again.outcome?.queued, 1);
  assert.equal(again.outcome?.known, 1);
  const missing = testConfig([{ id: 'gone', kind: 'telegram', path: join(dir, 'nope.json') }]);
  const r = await pollAndRecord(context(missing, store, state, { t: 1 }), missing.sources[0]!, log);
  assert.match(r.error ?? '', /cannot read Telegram export .*nope\.json: ENOENT/);
});
