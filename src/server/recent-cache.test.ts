import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentCache } from './recent-cache.js';

describe('RecentCache', () => {
  it('answers from the cache within the TTL, recomputes after it, and shares a computation in flight', async () => {
    let clock = 0;
    let runs = 0;
    const cache = new RecentCache<number>(1000, 10, () => clock);
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
});
