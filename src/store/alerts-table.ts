/**
 * The alert inbox in the database, so that the workbench and every watcher
 * share one record of what was raised and what an analyst has read. Saving
 * is insert-or-nothing on the alert id (derived from rule and trigger), so
 * re-running the rules, from any process, raises nothing twice.
 */
import type { Kysely, Selectable } from 'kysely';
import { StoreError } from '../core/errors.js';
import type { Citation } from '../analyze/citation.js';
import type { AlertsTable, Database } from './schema.js';
import type { AlertFilter, InboxAlert, NewAlert } from './store.js';

const MAX_LIMIT = 1000;

function toAlert(r: Selectable<AlertsTable>): InboxAlert {
  const readAt = r.read_at === null ? null : Number(r.read_at);
  return {
    id: r.id, rule: r.rule, title: r.title, date: r.date, actor: r.actor, target: r.target,
    citations: JSON.parse(r.citations) as Citation[], raisedAt: Number(r.raised_at), read: readAt !== null, readAt,
  };
}

export class AlertsInbox {
  constructor(private readonly db: Kysely<Database>) {}

  async save(a: NewAlert): Promise<boolean> {
    if (!a.id || !a.rule) throw new StoreError('an alert needs an id and a rule');
    if (!Number.isFinite(a.raisedAt)) throw new StoreError(`alert ${a.id}: raisedAt must be epoch milliseconds`);
    const row = await this.db
      .insertInto('alerts')
      .values({
        id: a.id, rule: a.rule, title: a.title, date: a.date, actor: a.actor, target: a.target,
        citations: JSON.stringify(a.citations), raised_at: a.raisedAt, read_at: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async has(id: string): Promise<boolean> {
    return (await this.db.selectFrom('alerts').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  async list(f: AlertFilter = {}): Promise<InboxAlert[]> {
    const limit = Math.max(1, Math.min(f.limit ?? 100, MAX_LIMIT));
    let q = this.db.selectFrom('alerts').selectAll();
    if (f.rule) q = q.where('rule', '=', f.rule);
    if (f.actor) { const actor = f.actor; q = q.where((eb) => eb.or([eb('actor', '=', actor), eb('target', '=', actor)])); }
    if (f.unread === true) q = q.where('read_at', 'is', null);
    if (f.unread === false) q = q.where('read_at', 'is not', null);
    if (f.since != null) q = q.where('raised_at', '>=', f.since);
    if (f.before) {
      const { raisedAt, id } = f.before;
      q = q.where((eb) => eb.or([eb('raised_at', '<', raisedAt), eb.and([eb('raised_at', '=', raisedAt), eb('id', '<', id)])]));
    }
    const rows = await q.orderBy('raised_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toAlert);
  }

  async markRead(ids: readonly string[], read: boolean, now: number): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .updateTable('alerts')
      .set({ read_at: read ? now : null })
      .where('id', 'in', [...ids])
      .where('read_at', read ? 'is' : 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
