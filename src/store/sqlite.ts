/**
 * The embedded store: one SQLite file in WAL mode, FTS5 for search.
 * WAL with synchronous=NORMAL keeps every committed transaction across a
 * process crash (a power cut may lose the last few; VIGIL_SQLITE_SYNC=full
 * trades speed for that too).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type Transaction } from 'kysely';
import { StoreError } from '../core/errors.js';
import { andAll, filterConditions, type Backend, type RankedDocument, type RankedQuote } from './backend.js';
import { migrate } from './migrations.js';
import { searchFiltersIndex } from './migration-search.js';
import type { Database as Schema } from './schema.js';
import { fts5Match, type ParsedQuery } from './search-text.js';
import type { PutResult, SearchQuery } from './store.js';
import type { PreparedDocument } from './document-prep.js';
import { SqliteDocumentWriter } from './sqlite-writer.js';

// Title words weigh more than body words in the ranking.
const TITLE_WEIGHT = 4;

const STATEMENT_CACHE = 256;

/**
 * SQLite's page cache per connection, in MiB (VIGIL_SQLITE_CACHE_MIB to
 * change). The default 2 MiB holds fewer pages than one batch of documents
 * dirties (~80 pages each, most of them index pages at scattered places) and
 * far fewer than a filtered search walks, so pages were re-read through the
 * kernel again and again. Fixed per connection: memory stays bounded.
 */
const CACHE_MIB = 64;

function cacheMiB(): number {
  const n = Number(process.env['VIGIL_SQLITE_CACHE_MIB'] ?? CACHE_MIB);
  return Number.isFinite(n) && n > 0 ? n : CACHE_MIB;
}

/**
 * How many matches (newest first) are ranked by bm25. Ranking every match
 * of a common word grows with the corpus; monitoring cares most about recent
 * reporting, so the newest matches are the ones worth ranking.
 */
export const RANK_CAP = 2000;

/**
 * Kysely prepares every query anew; preparing costs as much as running a
 * small insert. The store issues a few dozen distinct statements, so keep
 * them prepared (bounded, oldest dropped first).
 */
function withStatementCache(file: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => { cache.clear(); file.close(); },
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = file.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

export class SqliteBackend implements Backend {
  readonly dialect = 'sqlite' as const;
  private readonly writer: SqliteDocumentWriter;
  private constructor(readonly db: Kysely<Schema>, readonly file: Database.Database) {
    this.writer = new SqliteDocumentWriter(file);
  }

  async writeDocuments(items: readonly PreparedDocument[], now: number): Promise<PutResult[]> {
    // Through Kysely's connection lock: never inside (or across) a transaction Kysely holds open.
    return this.db.connection().execute(async () => this.writer.write(items, now));
  }

  static async open(path: string): Promise<SqliteBackend> {
    let file: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      file = new Database(path);
      file.pragma('journal_mode = WAL');
      file.pragma(`synchronous = ${process.env['VIGIL_SQLITE_SYNC'] === 'full' ? 'FULL' : 'NORMAL'}`);
      file.pragma('foreign_keys = ON');
      // Negative: a size in KiB rather than a page count.
      file.pragma(`cache_size = ${-Math.round(cacheMiB() * 1024)}`);
      // Another process (a worker, a second ingest) may hold the write lock for a moment.
      file.pragma('busy_timeout = 15000');
    } catch (err) {
      throw new StoreError(`cannot open database ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(file) }) });
    await migrate(db as Kysely<unknown>, 'sqlite');
    return new SqliteBackend(db, file);
  }

  async indexDocument(trx: Transaction<Schema>, seq: number, title: string, body: string, replace: boolean): Promise<void> {
    if (replace) await this.unindexDocument(trx, seq);
    await sql`INSERT INTO documents_fts (rowid, title, body) VALUES (${seq}, ${title}, ${body})`.execute(trx);
  }

  async unindexDocument(trx: Transaction<Schema>, seq: number): Promise<void> {
    await sql`DELETE FROM documents_fts WHERE rowid = ${seq}`.execute(trx);
  }

  async indexQuotes(trx: Transaction<Schema>, quotes: ReadonlyArray<{ id: number; body: string }>): Promise<void> {
    for (const q of quotes) await sql`INSERT INTO quotes_fts (rowid, body) VALUES (${q.id}, ${q.body})`.execute(trx);
  }

  async unindexQuotes(trx: Transaction<Schema>, ids: readonly number[]): Promise<void> {
    for (const id of ids) await sql`DELETE FROM quotes_fts WHERE rowid = ${id}`.execute(trx);
  }

  async searchDocuments(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedDocument[]> {
    const where = andAll(filterConditions(filters, false));
    // bm25() is lower-is-better; negate it so every backend's score is higher-is-better.
    // The filters read the narrow seq-keyed index, never the wide rows (migration 0005).
    // Ranking is capped: the newest RANK_CAP matches (FTS5 walks its index in
    // rowid order and stops there) are ranked, so a common word costs the same
    // on 200,000 documents as on 20,000.
    const { rows } = await sql<{ id: string; score: number }>`
      SELECT id, -b AS score FROM (
        SELECT d.id AS id, bm25(documents_fts, ${TITLE_WEIGHT}, 1.0) AS b
        FROM documents_fts JOIN documents d INDEXED BY ${sql.id(searchFiltersIndex)} ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH ${fts5Match(query)} AND ${where}
        ORDER BY documents_fts.rowid DESC
        LIMIT ${RANK_CAP})
      ORDER BY b, id
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  async searchQuotes(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedQuote[]> {
    const where = andAll(filterConditions(filters, true));
    const { rows } = await sql<{ quoteId: number; score: number }>`
      SELECT "quoteId", -b AS score FROM (
        SELECT q.id AS "quoteId", bm25(quotes_fts) AS b
        FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.doc_id
        WHERE quotes_fts MATCH ${fts5Match(query)} AND ${where}
        ORDER BY quotes_fts.rowid DESC
        LIMIT ${RANK_CAP})
      ORDER BY b, "quoteId"
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  /** PRAGMA integrity_check: "ok" or the problems found. */
  integrityCheck(): string[] {
    return (this.file.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
