/**
 * Migration 0009: two more indexes keyed so that a new document's rows land
 * together instead of one page each (document ids are content hashes, so a
 * key with doc_id second scatters every row of a new document across the
 * index), as 0008 did for entities.
 *
 * - statements (kind, doc_id) becomes (kind, doc_seq), statements carrying
 *   their document's seq: a new document's statements go at the end of
 *   their kinds' runs, and "does this document hold a statement of this
 *   kind" (the inbox's threat order and kind filter, the search filter)
 *   probes the kind's run in arrival order, as search walks its matches.
 * - quotes (speaker, doc_id) becomes (speaker): quotations are found by
 *   speaker and their document read from the row; a new quotation goes at
 *   the end of its speaker's run.
 * Together about 10 of the ~120 pages a stored document wrote at 3,000.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

export function appendIndexesMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('statements').addColumn('doc_seq', dialect === 'postgres' ? 'bigint' : 'integer').execute();
      await sql`UPDATE statements SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = statements.doc_id)`.execute(db);
      await db.schema.createIndex('statements_kind_seq').on('statements').columns(['kind', 'doc_seq']).execute();
      await db.schema.dropIndex('statements_kind').execute();
      await db.schema.dropIndex('quotes_speaker').execute();
      await db.schema.createIndex('quotes_by_speaker').on('quotes').column('speaker').execute();
    },
  };
}
