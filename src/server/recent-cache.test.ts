import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentCache } from './recent-cache.js';

/** A few turns of the event loop: background refreshes start and finish within them. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

describe('RecentCache', () => {
  it('answers from the cache within the TTL, recomputes after it, and shares a computation in flight', async () => {
    let clock = 0;
    let runs = 0;
    const cache = new RecentCache<number>(1000, 10, { now: () => clock });
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    assert.deepEqual([a, b, runs], [1, 1, 1]);
    clock = 999;
    assert.equal(await cache.get('k', compute), 1);
    clock = 1000;
    assert.equal(await cache.get('k', compute), 2);
  });

  it('keeps at most its capacity, drops failures, and clears', async () => {
    const cache = new RecentCache<string>(60_000, 2);
    let runs = 0;
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => { runs++; return k; });
    await cache.get('a', async () => { runs++; return 'a'; });
    assert.equal(runs, 4, "'a' was the oldest and was dropped");
    await assert.rejects(cache.get('x', async () => { throw new Error('boom'); }));
    assert.equal(await cache.get('x', async () => 'ok'), 'ok');
    cache.clear();
    assert.equal(await cache.get('c', async () => 'again'), 'again');
  });

  it('within the stale window answers at once and refreshes once in the background', async () => {
    let clock = 0;
    let runs = 0;
    let release: (() => void) | null = null;
    const cache = new RecentCache<number>(1000, 10, { now: () => clock, staleMs: 5000 });
    const compute = () => new Promise<number>((resolve) => { const n = ++runs; release = () => resolve(n); });
    const first = cache.get('k', compute);
    release!();
    assert.equal(await first, 1);
    clock = 1500;
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    await settle();
    assert.deepEqual([a, b, runs], [1, 1, 2], 'the stale answer at once; one refresh started');
    release!();
    await settle();
    assert.equal(await cache.get('k', compute), 2, 'the refreshed answer replaces it');
    assert.equal(runs, 2);
    clock = 1500 + 1000 + 5000;
    const late = cache.get('k', compute);
    assert.equal(runs, 3, 'past the stale window the asker waits for a new computation');
    release!();
    assert.equal(await late, 3);
  });

  it('a refresh begun before clear() does not put back the old answer', async () => {
    let clock = 0;
    let runs = 0;
    let release: (() => void) | null = null;
    const cache = new RecentCache<number>(1000, 10, { now: () => clock, staleMs: 5000 });
    const compute = () => new Promise<number>((resolve) => { const n = ++runs; release = () => resolve(n); });
    const first = cache.get('k', compute);
    release!();
    await first;
    clock = 2000;
    assert.equal(await cache.get('k', compute), 1);
    await settle();
    assert.equal(runs, 2, 'the refresh has begun');
    const refreshing = release!;
    cache.clear();
    refreshing();
    await settle();
    const after = cache.get('k', compute);
    assert.equal(runs, 3, 'computed anew after the clear');
    release!();
    assert.equal(await after, 3);
  });

  it('runs background refreshes one at a time', async () => {
    let clock = 0;
    const started: string[] = [];
    const releases: Array<() => void> = [];
    const cache = new RecentCache<string>(1000, 10, { now: () => clock, staleMs: 5000 });
    let runs = 0;
    const compute = (k: string) => () => new Promise<string>((resolve) => { started.push(k); const n = ++runs; releases.push(() => resolve(`${k}${n}`)); });
    for (const k of ['a', 'b']) { const v = cache.get(k, compute(k)); releases.shift()!(); await v; }
    started.length = 0;
    clock = 2000;
    assert.deepEqual([await cache.get('a', compute('a')), await cache.get('b', compute('b'))], ['a1', 'b2'], 'both stale, answered at once');
    await settle();
    assert.deepEqual(started, ['a'], "b's refresh waits for a's");
    releases.shift()!();
    await settle();
    assert.deepEqual(started, ['a', 'b']);
    releases.shift()!();
    await settle();
    assert.deepEqual([await cache.get('a', compute('a')), await cache.get('b', compute('b'))], ['a3', 'b4'], 'the refreshed answers');
  });

  it('computes at most `concurrency` missing answers at once; the rest wait their turn', async () => {
    const started: string[] = [];
    const releases = new Map<string, () => void>();
    const cache = new RecentCache<string>(60_000, 10, { concurrency: 2 });
    const compute = (k: string) => () => new Promise<string>((resolve) => { started.push(k); releases.set(k, () => resolve(k)); });
    const answers = ['a', 'b', 'c', 'd'].map((k) => cache.get(k, compute(k)));
    await settle();
    assert.deepEqual(started, ['a', 'b']);
    releases.get('b')!();
    await settle();
    assert.deepEqual(started, ['a', 'b', 'c'], 'a freed slot goes to the next in line');
    releases.get('a')!();
    await settle();
    releases.get('c')!();
    releases.get('d')!();
    assert.deepEqual(await Promise.all(answers), ['a', 'b', 'c', 'd']);
  });
});
