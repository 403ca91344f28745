/**
 * `vigil worker`: takes collection jobs from the store's queue, fetches when
 * the job says so, analyses and stores. Any number of workers on any number
 * of machines share one queue; a claim is a lease, so the job of a worker
 * that dies is taken up again when the lease runs out. Storing is
 * idempotent (a document's id is the hash of its text), so a job done twice
 * after a crash still stores its document once.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { describeError, VigilError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { FetchError, safeFetch } from '../ingest/fetch.js';
import type { Knowledge } from '../pipeline/knowledge.js';
import { analyzeInput } from '../pipeline/analyze.js';
import type { Job, Store } from '../store/store.js';
import { collectionJobKinds, decodeInput, fetchPayload, ingestJob, ingestPayload, readPayload } from './jobs.js';
import { backoffDelay, type BackoffPolicy } from './pacing.js';
import type { Log } from './scheduler.js';
import { abortableSleep } from './sleep.js';

export interface WorkerOptions {
  store: Store;
  knowledge: Knowledge;
  log: Log;
  workerId?: string;
  /** How long a claim lasts; renewed while a job runs. */
  leaseSeconds?: number;
  /** Pause between looks at an empty queue. */
  idleMs?: number;
  /** Return once nothing is queued or running (a drain), instead of waiting for more. */
  untilEmpty?: boolean;
  /** A job is given up after this many attempts. */
  maxAttempts?: number;
  retry?: BackoffPolicy;
  signal?: AbortSignal;
}

export interface WorkerReport {
  done: number;
  stored: number;
  duplicates: number;
  retried: number;
  failed: number;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** Analyses a raw input and stores it; returns whether it was new. */
export async function storeInput(store: Store, input: RawInput, knowledge: Knowledge): Promise<{ id: string; created: boolean }> {
  const doc = analyzeInput(input, knowledge);
  const put = await store.putDocument(doc);
  return { id: put.id, created: put.created };
}

async function inputOf(job: Job): Promise<RawInput> {
  if (job.kind === ingestJob) return decodeInput(readPayload(ingestPayload, job.kind, job.payload).input);
  const p = readPayload(fetchPayload, job.kind, job.payload);
  const res = await safeFetch(p.url, {
    limits: p.policy.limits, allowAddresses: p.policy.allowAddresses,
    accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1',
    ...(p.policy.userAgent ? { userAgent: p.policy.userAgent } : {}),
  });
  return { name: res.url, bytes: res.bytes, contentType: res.contentType, origin: p.origin, hints: { ...p.hints, url: res.url } };
}

/** Transient failures are worth retrying; bad data and refused addresses are not. */
function retryable(err: unknown): boolean {
  if (err instanceof FetchError) return err.retryable;
  if (err instanceof VigilError) return err.code === 'STORE_FAILED';
  return true;
}

/** Takes and runs jobs until the signal aborts (or the queue is drained, with untilEmpty). */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { store, knowledge, log, signal } = options;
  const workerId = options.workerId ?? defaultWorkerId();
  const lease = options.leaseSeconds ?? 60;
  const maxAttempts = options.maxAttempts ?? 5;
  const retry = options.retry ?? { baseMs: 30_000, maxMs: 6 * 3600_000 };
  const report: WorkerReport = { done: 0, stored: 0, duplicates: 0, retried: 0, failed: 0 };
  while (!signal?.aborted) {
    const job = await store.claim(workerId, collectionJobKinds, lease);
    if (!job) {
      if (options.untilEmpty) {
        const counts = await store.queueCounts();
        // Jobs held by another (perhaps dead) worker come back when their lease ends: wait for them.
        if (counts.queued === 0 && counts.running === 0) break;
      }
      await abortableSleep(options.idleMs ?? 1000, signal);
      continue;
    }
    // Renew the lease while the job runs, so a slow fetch is not taken by a second worker.
    const keepAlive = setInterval(() => {
      store.extendLease(job.id, workerId, lease).catch((err: unknown) => log.warn(`job ${job.id}: lease not extended: ${describeError(err)}`));
    }, Math.max(1000, (lease * 1000) / 3));
    try {
      const input = await inputOf(job);
      const put = await storeInput(store, input, knowledge);
      await store.complete(job.id);
      report.done++;
      if (put.created) report.stored++;
      else report.duplicates++;
      log.info(`job ${job.id} (${job.kind}): ${put.created ? 'stored' : 'already stored'} ${put.id.slice(0, 12)} from ${input.name}`);
    } catch (err) {
      const message = describeError(err);
      if (retryable(err) && job.attempts < maxAttempts) {
        const delay = backoffDelay(job.attempts, retry, err instanceof FetchError ? err.retryAfterMs : null);
        await store.fail(job.id, message, Date.now() + delay);
        report.retried++;
        log.warn(`job ${job.id} (${job.kind}), attempt ${job.attempts}: ${message}; retry in ${Math.round(delay / 1000)}s`);
      } else {
        await store.fail(job.id, message, null);
        report.failed++;
        log.error(`job ${job.id} (${job.kind}) failed: ${message}`);
      }
    } finally {
      clearInterval(keepAlive);
    }
  }
  return report;
}
