import { UsageError } from '../../core/errors.js';
import { defaultSqlitePath } from '../../store/store.js';

/** The SQLite file backup and restore work on; they have no meaning for a PostgreSQL store. */
export function sqliteStorePath(db: string | undefined): string {
  if (!db && process.env['DATABASE_URL']) {
    throw new UsageError('DATABASE_URL is set: the store is PostgreSQL; back it up with pg_dump and pg_restore (or name an SQLite file with --db)');
  }
  return db ?? process.env['VIGIL_DB'] ?? defaultSqlitePath;
}
