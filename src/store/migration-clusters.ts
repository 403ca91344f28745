/**
 * Migration 0004: cluster merges and a leaner bucket table.
 *
 * - cluster_merges records every merge (a document bridged two clusters):
 *   the old id and the id it now lives under, kept path-compressed so any
 *   id ever handed out resolves in one lookup.
 * - On SQLite the LSH bucket table becomes WITHOUT ROWID keyed by
 *   (bucket, doc_id): one b-tree instead of a rowid table plus an index,
 *   so each insert touches one page less and lookups read the key alone.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

type AnyDb = Kysely<unknown>;

export function clustersMigration(dialect: Dialect): Migration {
  const int8 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: AnyDb) {
      // No foreign key: a merge stays recorded even if its documents are deleted later.
      await db.schema.createTable('cluster_merges')
        .addColumn('from_cluster', 'text', (c) => c.primaryKey())
        .addColumn('into_cluster', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('merged_at', int8, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cluster_merges_into').on('cluster_merges').column('into_cluster').execute();

      if (dialect === 'sqlite') {
        await sql`CREATE TABLE minhash_bands_new (
          bucket INTEGER NOT NULL,
          doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          PRIMARY KEY (bucket, doc_id)
        ) WITHOUT ROWID`.execute(db);
        await sql`INSERT OR IGNORE INTO minhash_bands_new (bucket, doc_id) SELECT bucket, doc_id FROM minhash_bands`.execute(db);
        await sql`DROP TABLE minhash_bands`.execute(db);
        await sql`ALTER TABLE minhash_bands_new RENAME TO minhash_bands`.execute(db);
        await sql`CREATE INDEX minhash_bands_doc ON minhash_bands (doc_id)`.execute(db);
      }
    },
  };
}
