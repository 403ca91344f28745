/**
 * Migration 0008: "which documents name this entity", keyed so that both
 * writing and searching stay local. Migration 0007 keyed entities by
 * (doc_id, entity_id) to stop each new document scattering a page write per
 * entity across (entity_id, doc_id); but the search filter "names this
 * actor" probes it once per full-text match, newest first, and with random
 * document ids those probes wander over the whole index (twice the CPU of
 * 0003's index on 200,000 documents, and worse as the corpus grows).
 *
 * entities.doc_seq holds the document's seq (increasing with arrival), and
 * (entity_id, doc_seq) is indexed: a new document's entities land at the
 * end of each entity's run (few pages, as with entities_entity_name), and a
 * search walking matches newest first walks the actor's run in order. It
 * replaces 0007's (doc_id, entity_id). Filled here for the rows already
 * stored; the store writes it with every entity from now on.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

export function entitySeqMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('entities').addColumn('doc_seq', dialect === 'postgres' ? 'bigint' : 'integer').execute();
      await sql`UPDATE entities SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = entities.doc_id)`.execute(db);
      await db.schema.createIndex('entities_entity_seq').on('entities').columns(['entity_id', 'doc_seq']).execute();
      await db.schema.dropIndex('entities_doc').execute();
    },
  };
}
