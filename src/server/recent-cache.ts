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
 */
export class RecentCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T>; settled: boolean; refreshing: boolean }>();
  // Bumped by clear(): a refresh begun before a clear must not put back what the clear removed.
  private generation = 0;
  // Background refreshes waiting for their turn, and whether one is running.
  private readonly refreshQueue: Array<() => Promise<void>> = [];
  private refreshRunning = false;

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
    private readonly staleMs = 0,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const age = hit ? this.now() - hit.at : Infinity;
    if (hit && age < this.ttlMs) return hit.value;
    if (hit && hit.settled && age < this.ttlMs + this.staleMs) {
      if (!hit.refreshing) this.refresh(key, hit, compute);
      return hit.value;
    }
    return this.store(key, compute());
  }

  /** Forgets everything (after a change this server made itself, such as a correction or an alias). */
  clear(): void {
    this.entries.clear();
    this.generation++;
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
      for (let job = this.refreshQueue.shift(); job; job = this.refreshQueue.shift()) await job();
    } finally {
      this.refreshRunning = false;
    }
  }
}
