/**
 * A small, bounded cache of recent answers that may be a few seconds old:
 * an actor page aggregates every document about the actor, and many analysts
 * opening the same page at once should cost one aggregation, not hundreds.
 * Entries are fresh for `ttlMs`; the oldest is dropped when full. Concurrent
 * misses for one key share the one computation in flight.
 *
 * With `staleMs`, an entry past its TTL but younger than TTL + staleMs is
 * still answered at once while a refresh runs in the background, so a
 * popular page never makes its askers wait for the aggregation (and a crowd
 * arriving as it expires does not queue behind it). Refreshes run one at a
 * time: pages first computed together expire together, and refreshing them
 * all at once would stall every other request for as long as they take.
 * For the same reason at most `concurrency` missing answers are computed at
 * once (a cold start, or a clear(), sends a crowd of different pages); the
 * others wait their turn, and everything else is served meanwhile.
 */

export interface RecentCacheOptions {
  now?: () => number;
  /** How long past its TTL an entry is still answered while it is refreshed; 0 (default) recomputes in the request. */
  staleMs?: number;
  /** Most answers computed at the same time in requests; default unbounded. */
  concurrency?: number;
}
export class RecentCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T>; settled: boolean; refreshing: boolean }>();
  // Bumped by clear(): a refresh begun before a clear must not put back what the clear removed.
  private generation = 0;
  // Background refreshes waiting for their turn, and whether one is running.
  private readonly refreshQueue: Array<() => Promise<void>> = [];
  private refreshRunning = false;

  private readonly now: () => number;
  private readonly staleMs: number;
  private readonly concurrency: number;
  private computing = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly ttlMs: number, private readonly capacity: number, options: RecentCacheOptions = {}) {
    this.now = options.now ?? Date.now;
    this.staleMs = options.staleMs ?? 0;
    this.concurrency = Math.max(1, options.concurrency ?? Infinity);
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const age = hit ? this.now() - hit.at : Infinity;
    if (hit && age < this.ttlMs) return hit.value;
    if (hit && hit.settled && age < this.ttlMs + this.staleMs) {
      if (!hit.refreshing) this.refresh(key, hit, compute);
      return hit.value;
    }
    return this.store(key, this.limited(compute));
  }

  /** Forgets everything (after a change this server made itself, such as a correction or an alias). */
  clear(): void {
    this.entries.clear();
    this.generation++;
  }

  /** Runs `compute` when one of the `concurrency` slots is free, handing its slot to the next in line after. */
  private async limited(compute: () => Promise<T>): Promise<T> {
    if (this.computing < this.concurrency) this.computing++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await compute();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.computing--;
    }
  }

  private store(key: string, value: Promise<T>): Promise<T> {
    const entry = { at: this.now(), value, settled: false, refreshing: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    value.then(() => { entry.settled = true; }, () => { if (this.entries.get(key) === entry) this.entries.delete(key); });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  private refresh(key: string, stale: { refreshing: boolean }, compute: () => Promise<T>): void {
    stale.refreshing = true;
    const generation = this.generation;
    this.refreshQueue.push(async () => {
      // Cleared or replaced while waiting: nothing to refresh.
      if (this.generation !== generation || this.entries.get(key) !== stale) return;
      const started = this.now();
      try {
        const value = await compute();
        if (this.generation !== generation || this.entries.get(key) !== stale) return;
        this.entries.delete(key);
        // Dated from when the refresh began: its reads may be that old.
        this.entries.set(key, { at: started, value: Promise.resolve(value), settled: true, refreshing: false });
      } catch {
        // The stale answer stays until its window closes; the next request past the TTL tries again.
        stale.refreshing = false;
      }
    });
    void this.runRefreshes();
  }

  private async runRefreshes(): Promise<void> {
    if (this.refreshRunning) return;
    this.refreshRunning = true;
    try {
      for (let job = this.refreshQueue.shift(); job; job = this.refreshQueue.shift()) {
        // A turn of the event loop between refreshes, so requests waiting on the socket are read in between.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await job();
      }
    } finally {
      this.refreshRunning = false;
    }
  }
}
