/**
 * The work queue, in the database so that any number of workers on any
 * number of machines share it. A claim is one UPDATE over the oldest due
 * row (SKIP LOCKED in PostgreSQL; SQLite serialises writers), so two workers
 * never hold one job. A claim carries a lease: when a worker dies its job
 * becomes due again at lease expiry.
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import { StoreError } from '../core/errors.js';
import type { Database, Dialect, JobsTable } from './schema.js';
import type { EnqueueOptions, Job, JobState, QueueCounts } from './store.js';

/**
 * The database's clock in epoch ms. PostgreSQL workers on several machines
 * must agree on lease expiry, so there the server's clock decides; SQLite
 * lives on one machine, where the process clock is the same clock.
 */
export function nowMs(dialect: Dialect): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`
    : sql<number>`${Date.now()}`;
}

function toMs(t: number | Date): number {
  return t instanceof Date ? t.getTime() : t;
}

function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: Number(row.id),
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    dedupeKey: row.dedupe_key,
    state: row.state as JobState,
    attempts: row.attempts,
    runAfter: Number(row.run_after),
    lockedBy: row.locked_by,
    leaseUntil: row.lease_until === null ? null : Number(row.lease_until),
    lastError: row.last_error,
  };
}

export class Queue {
  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect) {}

  async enqueue(kind: string, payload: unknown, options: EnqueueOptions = {}): Promise<number | null> {
    if (!kind) throw new StoreError('a job needs a kind');
    const json = JSON.stringify(payload ?? null);
    const now = nowMs(this.dialect);
    const runAfter = options.runAfter == null ? now : sql<number>`${toMs(options.runAfter)}`;
    // The partial unique index on live dedupe keys turns a duplicate into a no-op.
    const row = await this.db
      .insertInto('jobs')
      .values({
        kind,
        payload: json,
        dedupe_key: options.dedupeKey ?? null,
        state: 'queued',
        attempts: 0,
        run_after: runAfter,
        locked_by: null,
        lease_until: null,
        last_error: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row ? Number(row.id) : null;
  }

  async claim(workerId: string, kinds: readonly string[], leaseSeconds: number): Promise<Job | null> {
    if (kinds.length === 0) return null;
    if (!(leaseSeconds > 0)) throw new StoreError(`lease must be positive, got ${leaseSeconds}`);
    const now = nowMs(this.dialect);
    const leaseMs = Math.round(leaseSeconds * 1000);
    let next = this.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', [...kinds])
      .where((eb) => eb.or([
        eb.and([eb('state', '=', 'queued'), eb('run_after', '<=', now)]),
        eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)]),
      ]))
      .orderBy('run_after')
      .orderBy('id')
      .limit(1);
    if (this.dialect === 'postgres') next = next.forUpdate().skipLocked();
    const row = await this.db
      .updateTable('jobs')
      .set((eb) => ({
        state: 'running',
        locked_by: workerId,
        lease_until: sql<number>`${now} + ${leaseMs}`,
        attempts: eb('attempts', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', next)
      .returningAll()
      .executeTakeFirst();
    return row ? toJob(row) : null;
  }

  async extendLease(jobId: number, workerId: string, leaseSeconds: number): Promise<boolean> {
    const now = nowMs(this.dialect);
    const result = await this.db
      .updateTable('jobs')
      .set({ lease_until: sql<number>`${now} + ${Math.round(leaseSeconds * 1000)}`, updated_at: now })
      .where('id', '=', jobId)
      .where('state', '=', 'running')
      .where('locked_by', '=', workerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async complete(jobId: number): Promise<void> {
    const now = nowMs(this.dialect);
    const result = await this.db
      .updateTable('jobs')
      .set({ state: 'done', lease_until: null, updated_at: now })
      .where('id', '=', jobId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new StoreError(`no job ${jobId}`);
  }

  async fail(jobId: number, error: string, retryAt: number | Date | null): Promise<void> {
    const now = nowMs(this.dialect);
    const result = await this.db
      .updateTable('jobs')
      .set(retryAt === null
        ? { state: 'failed', last_error: error, lease_until: null, updated_at: now }
        : { state: 'queued', last_error: error, lease_until: null, locked_by: null, run_after: toMs(retryAt), updated_at: now })
      .where('id', '=', jobId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new StoreError(`no job ${jobId}`);
  }

  async get(jobId: number): Promise<Job | null> {
    const row = await this.db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
    return row ? toJob(row) : null;
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.db
      .selectFrom('jobs')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    const counts: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) if (r.state in counts) counts[r.state as keyof QueueCounts] = Number(r.n);
    return counts;
  }
}
