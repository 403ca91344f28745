/**
 * Migration 0007: indexes that cost less to keep while ingesting.
 *
 * - entities (entity_id, doc_id) becomes entities (doc_id, entity_id)
 *   (itself replaced by (entity_id, doc_seq) in migration 0008).
 *   Document ids are content hashes, so under each much-named entity a new
 *   document's row landed at a random place: every entity of every stored
 *   document dirtied a page of its own (a quarter of the pages a stored
 *   document writes, at 3,000 documents, and more as the corpus grows). Keyed
 *   by document first, a document's entities share a page or two. Its one
 *   reader that needs both columns, the search filter "does this document
 *   name this entity", probes it exactly as before; "which documents name
 *   this entity" reads entities_entity_name (migration 0006) instead.
 * - On SQLite, documents (id, cluster_id, minhash): the near-duplicate
 *   check of each new document reads the cluster and signature of up to 50
 *   candidates, which sit after the raw input and the text in the row
 *   (overflow pages walked for each); the index holds them apart.
 *   PostgreSQL keeps large values out of line and needs nothing.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

export const nearDuplicateIndex = 'documents_near';

export function writeIndexesMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('entities_entity').execute();
      await db.schema.createIndex('entities_doc').on('entities').columns(['doc_id', 'entity_id']).execute();
      if (dialect === 'sqlite') {
        await sql`CREATE INDEX ${sql.id(nearDuplicateIndex)} ON documents (id, cluster_id, minhash)`.execute(db);
      }
    },
  };
}
