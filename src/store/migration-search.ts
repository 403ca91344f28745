/**
 * Migration 0005: a narrow index for filtered search on SQLite. Search
 * walks full-text matches by rowid and checks each against the filters;
 * reading language, date or outlet from the documents row itself drags in
 * the row's overflow pages (raw input and text come first), so the filter
 * columns are kept in an index keyed by seq that the search reads instead.
 * PostgreSQL plans its search differently and needs nothing here.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

export const searchFiltersIndex = 'documents_search_filters';

export function searchMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'sqlite') return;
      await sql`CREATE INDEX ${sql.id(searchFiltersIndex)} ON documents (seq, language, published, source_id, source, id)`.execute(db);
    },
  };
}
