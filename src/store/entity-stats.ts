/**
 * Keeping entity_stats (migration 0006) in step with the entities rows:
 * every write that adds or removes a document's entities collects the
 * change here and applies it in the same transaction, once per
 * transaction and in entity-id order, so that concurrent writers on
 * PostgreSQL take the counters' row locks in one order (no deadlock) and a
 * batch of documents naming one actor updates its counter once.
 *
 * A counter holds the documents naming the entity (each document once,
 * however many times it names it) and the least type and name any of them
 * gave (stable: a later document with another spelling does not rename
 * it). A counter that drops to zero is deleted.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Dialect } from './schema.js';

interface Change { delta: number; type: string | null; name: string | null }

const least = (a: string | null, b: string): string => (a === null || b < a ? b : a);

// Rows per multi-row upsert: far below PostgreSQL's bound on parameters.
const CHUNK = 500;

export class EntityStatsChange {
  private readonly byId = new Map<string, Change>();

  /** A stored document gained (+1) or lost (-1) these entities; each id counts once per document. */
  document(entities: ReadonlyArray<{ id: string; type: string; name: string }>, sign: 1 | -1): void {
    const seen = new Set<string>();
    for (const e of entities) {
      let c = this.byId.get(e.id);
      if (!c) this.byId.set(e.id, (c = { delta: 0, type: null, name: null }));
      if (sign > 0) { c.type = least(c.type, e.type); c.name = least(c.name, e.name); }
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      c.delta += sign;
    }
  }

  get empty(): boolean {
    return this.byId.size === 0;
  }

  /** Ids a document gained (with the type and name to record) and ids only lost, each in id order. */
  split(): { upserts: Array<{ id: string; delta: number; type: string; name: string }>; decrements: Array<{ id: string; delta: number }> } {
    const upserts: Array<{ id: string; delta: number; type: string; name: string }> = [];
    const decrements: Array<{ id: string; delta: number }> = [];
    for (const id of [...this.byId.keys()].sort()) {
      const c = this.byId.get(id)!;
      if (c.type !== null && c.name !== null) upserts.push({ id, delta: c.delta, type: c.type, name: c.name });
      else if (c.delta !== 0) decrements.push({ id, delta: c.delta });
    }
    return { upserts, decrements };
  }
}

/** The upsert as one statement's text (SQLite's scalar min; PostgreSQL's least). */
export function upsertSql(dialect: Dialect, rows: number): string {
  const fn = dialect === 'postgres' ? 'least' : 'min';
  const values = Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ');
  return `INSERT INTO entity_stats (entity_id, type, name, documents) VALUES ${values}
    ON CONFLICT (entity_id) DO UPDATE SET documents = entity_stats.documents + excluded.documents,
      type = ${fn}(entity_stats.type, excluded.type), name = ${fn}(entity_stats.name, excluded.name)`;
}

export const decrementSql = 'UPDATE entity_stats SET documents = documents + ? WHERE entity_id = ?';
export const dropEmptySql = 'DELETE FROM entity_stats WHERE entity_id = ? AND documents <= 0';

/** Applies the change through Kysely (PostgreSQL, and SQLite's re-analysis and corrections). */
export async function applyEntityStats(db: Kysely<Database> | Transaction<Database>, dialect: Dialect, change: EntityStatsChange): Promise<void> {
  if (change.empty) return;
  const { upserts, decrements } = change.split();
  const fn = sql.raw(dialect === 'postgres' ? 'least' : 'min');
  for (let i = 0; i < upserts.length; i += CHUNK) {
    await db.insertInto('entity_stats')
      .values(upserts.slice(i, i + CHUNK).map((u) => ({ entity_id: u.id, type: u.type, name: u.name, documents: u.delta })))
      .onConflict((oc) => oc.column('entity_id').doUpdateSet({
        documents: sql`entity_stats.documents + excluded.documents`,
        type: sql`${fn}(entity_stats.type, excluded.type)`,
        name: sql`${fn}(entity_stats.name, excluded.name)`,
      }))
      .execute();
  }
  const shrunk = [...decrements, ...upserts.filter((u) => u.delta <= 0)];
  for (const d of decrements) {
    await db.updateTable('entity_stats').set({ documents: sql`documents + ${d.delta}` }).where('entity_id', '=', d.id).execute();
  }
  if (shrunk.length > 0) {
    await db.deleteFrom('entity_stats').where('entity_id', 'in', shrunk.map((d) => d.id)).where('documents', '<=', 0).execute();
  }
}
