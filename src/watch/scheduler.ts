/**
 * `vigil watch`: polls each source when it is due and queues what is new.
 * A source that fails is logged and retried later and later (backoff);
 * the other sources carry on. The state (validators, failures, seen items)
 * is saved after every poll.
 */
import { describeError } from '../core/errors.js';
import { FetchError } from '../ingest/fetch.js';
import type { Store } from '../store/store.js';
import type { WatchConfig, WatchSource } from './config.js';
import { backoffDelay, HostPacer } from './pacing.js';
import { pollSource, type PollContext, type PollOutcome } from './poll.js';
import type { WatchState } from './state.js';
import { abortableSleep } from './sleep.js';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface WatchOptions {
  config: WatchConfig;
  store: Pick<Store, 'enqueue'>;
  state: WatchState;
  log: Log;
  /** Poll every due source once and return. */
  once?: boolean;
  signal?: AbortSignal;
  now?: () => number;
  random?: () => number;
  /** Longest sleep between checks for due sources. */
  tickMs?: number;
}

export interface PollReport {
  source: string;
  ok: boolean;
  outcome: PollOutcome | null;
  error: string | null;
  nextPollAt: number;
}

/** Polls one source now and records the result in the state; never throws for the source's own failures. */
export async function pollAndRecord(ctx: PollContext, source: WatchSource, log: Log, random: () => number = Math.random): Promise<PollReport> {
  const st = ctx.state.get(source.id);
  const interval = source.interval ?? ctx.config.intervalMs;
  const started = ctx.now();
  st.lastPolledAt = started;
  try {
    const outcome = await pollSource(ctx, source);
    st.failures = 0;
    st.lastError = null;
    st.nextPollAt = started + interval;
    for (const p of outcome.problems) log.warn(`source ${source.id}: ${p}`);
    log.info(`source ${source.id}: ${outcome.unchanged ? 'unchanged' : `${outcome.queued} new, ${outcome.known} known`}${outcome.problems.length ? `, ${outcome.problems.length} skipped` : ''}`);
    return { source: source.id, ok: true, outcome, error: null, nextPollAt: st.nextPollAt };
  } catch (err) {
    st.failures += 1;
    st.lastError = describeError(err);
    const retryAfter = err instanceof FetchError ? err.retryAfterMs : null;
    const delay = backoffDelay(st.failures, { baseMs: interval, maxMs: Math.max(ctx.config.maxBackoffMs, interval) }, retryAfter, random);
    st.nextPollAt = ctx.now() + delay;
    log.error(`source ${source.id}: ${st.lastError} (failure ${st.failures}; next try in ${Math.round(delay / 1000)}s)`);
    return { source: source.id, ok: false, outcome: null, error: st.lastError, nextPollAt: st.nextPollAt };
  } finally {
    ctx.state.save();
  }
}

/** Runs the polling loop until the signal aborts (or, with `once`, after one pass). */
export async function runWatch(options: WatchOptions): Promise<PollReport[]> {
  const { config, state, log, signal } = options;
  const now = options.now ?? Date.now;
  const ctx: PollContext = {
    config, state, store: options.store, pacer: new HostPacer(config.perHostDelayMs), now,
    sleep: (ms) => abortableSleep(ms, signal),
  };
  const reports: PollReport[] = [];
  const enabled = config.sources.filter((s) => s.enabled);
  if (enabled.length === 0) log.warn('no enabled sources');
  while (!signal?.aborted) {
    const due = enabled.filter((s) => state.get(s.id).nextPollAt <= now());
    for (const source of due) {
      if (signal?.aborted) break;
      reports.push(await pollAndRecord(ctx, source, log, options.random));
    }
    if (options.once) break;
    const next = Math.min(...enabled.map((s) => state.get(s.id).nextPollAt), now() + (options.tickMs ?? 60_000));
    await abortableSleep(Math.max(250, next - now()), signal);
  }
  return reports;
}
