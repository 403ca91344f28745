/**
 * Migration 0010: a document's stamp (analysis time, ingestion time,
 * cluster) by id without reading its row. The workbench asks for it on every
 * document page to tell whether the page it keeps is still the document's
 * (src/server/document-pages.ts); in SQLite the row starts with the raw input
 * and the text, so reaching analysed_at walked their overflow pages, several
 * times what the rest of a kept page costs.
 */
import type { Kysely, Migration } from 'kysely';

export function documentStampMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('documents_stamp').on('documents').columns(['id', 'analysed_at', 'ingested_at', 'cluster_id']).execute();
    },
  };
}
