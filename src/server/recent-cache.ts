/**
 * A small, bounded cache of recent answers that may be a few seconds old:
 * an actor page aggregates every document about the actor, and many analysts
 * opening the same page at once should cost one aggregation, not hundreds.
 * Entries expire after `ttlMs`; the oldest is dropped when full. Concurrent
 * misses for one key share the one computation in flight.
 */
export class RecentCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(private readonly ttlMs: number, private readonly capacity: number, private readonly now: () => number = Date.now) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** Forgets everything (after a change this server made itself, such as a correction or an alias). */
  clear(): void {
    this.entries.clear();
  }
}
