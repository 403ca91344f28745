/**
 * Migration 0011: translations kept beside the document they translate,
 * never in its place (issue 9). One row per document, target language and
 * provider: a newer translation by the same provider replaces the older one,
 * translations by other providers stay for comparison. Deleting the document
 * deletes its translations.
 */
import type { Dialect } from './schema.js';
import type { Kysely, Migration } from 'kysely';

export function translationsMigration(dialect: Dialect): Migration {
  const int8 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('translations')
        .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('lang_to', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('lang_from', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', int8, (c) => c.notNull())
        .addPrimaryKeyConstraint('translations_pk', ['doc_id', 'lang_to', 'provider'])
        .execute();
    },
  };
}
