/**
 * Migration 0006: per-entity counts kept on write, for the pages every
 * analyst opens. Counting the documents that name each entity, or finding
 * a name for one, used to read every entities row of the corpus (or of the
 * entity: thousands for a much-named actor) on each inbox, actor list,
 * actor page and document page. entity_stats holds, per entity id, how many
 * documents name it and a type and name documents gave it; the store keeps
 * it in step in the same transaction as the entities rows (src/store/
 * entity-stats.ts). Filled here from the rows already stored.
 *
 * The actor page lists the names documents give an entity, counted: the
 * index on (entity_id, name) answers that from the index alone. It takes the
 * place of 0003's (entity_id, type, doc_id), whose reads (an entity's type
 * and document count) entity_stats now answers, so a stored document
 * updates no more indexes than before.
 *
 * Relations by subject and by object, statements and events by target were
 * indexed by migration 0003 (relations_subject, relations_object,
 * statements_target, events_target); nothing more is needed for them.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

export function entityStatsMigration(dialect: Dialect): Migration {
  const int8 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('entity_stats')
        .addColumn('entity_id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('documents', int8, (c) => c.notNull())
        .execute();
      await sql`INSERT INTO entity_stats (entity_id, type, name, documents)
        SELECT entity_id, min(type), min(name), count(DISTINCT doc_id) FROM entities GROUP BY entity_id`.execute(db);
      await db.schema.dropIndex('entities_entity_type').execute();
      await db.schema.createIndex('entities_entity_name').on('entities').columns(['entity_id', 'name']).execute();
    },
  };
}
