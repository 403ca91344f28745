/**
 * Counts over the alert inbox, for the workbench: how many alerts there are
 * and how many are unread (the navigation's badge), how many match the
 * page's filter, and the rules and actors to filter by, each with its own
 * counts. Grouped counts in the database; no alert row is read whole.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type { AlertFilter } from './store.js';

export interface AlertCounts {
  total: number;
  unread: number;
}

export interface AlertSummary extends AlertCounts {
  /** The alerts the filter picks, paging aside. */
  matching: AlertCounts;
  /** Every rule that raised an alert, by rule id. */
  rules: Array<{ rule: string } & AlertCounts>;
  /** Entities named as an alert's actor or target, most alerts first. */
  actors: Array<{ id: string } & AlertCounts>;
}

// The actor filter offers the entities most alerted on; the rest are reached by an actor page's link.
const MAX_ACTORS = 300;

const unreadSum = sql<number>`sum(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END)`;

function whereOf(f: AlertFilter): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [];
  if (f.rule) conds.push(sql`rule = ${f.rule}`);
  if (f.actor) conds.push(sql`(actor = ${f.actor} OR target = ${f.actor})`);
  if (f.unread === true) conds.push(sql`read_at IS NULL`);
  if (f.unread === false) conds.push(sql`read_at IS NOT NULL`);
  if (f.since != null) conds.push(sql`raised_at >= ${f.since}`);
  return conds.length === 0 ? sql`1 = 1` : sql.join(conds, sql` AND `);
}

const counts = (r: { total: unknown; unread: unknown } | undefined): AlertCounts =>
  ({ total: Number(r?.total ?? 0), unread: Number(r?.unread ?? 0) });

export async function alertSummary(db: Kysely<Database>, filter: AlertFilter = {}): Promise<AlertSummary> {
  const [all, matching, rules, actors] = await Promise.all([
    sql<{ total: number; unread: number }>`SELECT count(*) AS total, ${unreadSum} AS unread FROM alerts`.execute(db),
    sql<{ total: number; unread: number }>`SELECT count(*) AS total, ${unreadSum} AS unread FROM alerts WHERE ${whereOf(filter)}`.execute(db),
    sql<{ rule: string; total: number; unread: number }>`
      SELECT rule, count(*) AS total, ${unreadSum} AS unread FROM alerts GROUP BY rule ORDER BY rule`.execute(db),
    // An alert counts once for each entity it names, even when actor and target are the same.
    sql<{ id: string; total: number; unread: number }>`
      SELECT id, count(*) AS total, ${unreadSum} AS unread FROM (
        SELECT actor AS id, read_at FROM alerts WHERE actor IS NOT NULL
        UNION ALL
        SELECT target AS id, read_at FROM alerts WHERE target IS NOT NULL AND (actor IS NULL OR target <> actor)
      ) named
      GROUP BY id ORDER BY count(*) DESC, id LIMIT ${MAX_ACTORS}`.execute(db),
  ]);
  return {
    ...counts(all.rows[0]),
    matching: counts(matching.rows[0]),
    rules: rules.rows.map((r) => ({ rule: r.rule, ...counts(r) })),
    actors: actors.rows.map((r) => ({ id: r.id, ...counts(r) })),
  };
}
