/**
 * When to try again: exponential backoff for failing sources and jobs, and
 * per-host spacing so Vigil never hammers one server however many sources
 * and workers point at it.
 */

export interface BackoffPolicy {
  /** First delay after one failure. */
  baseMs: number;
  /** Never wait longer than this. */
  maxMs: number;
}

/**
 * Delay after `failures` consecutive failures: base, 2×base, 4×base... up to
 * max, with ±20% jitter so sources failing together do not retry together.
 * A server's Retry-After is honoured when it asks for longer (up to max).
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, retryAfterMs: number | null = null, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  const jittered = Math.min(policy.maxMs, exp * (0.8 + 0.4 * random()));
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, policy.maxMs)));
}

/** Hands out request times per host, each at least `delayMs` after the previous one for that host. */
export class HostPacer {
  private readonly next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  /** Reserves the earliest slot for the URL's host at or after `now`; returns its time. */
  reserve(url: string, now: number): number {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      return now;
    }
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.delayMs);
    return at;
  }
}
