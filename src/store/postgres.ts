/**
 * The team store: PostgreSQL, selected by DATABASE_URL. Search uses a
 * tsvector over the folded text with the 'simple' configuration (folding is
 * done in Vigil, for every language alike) and ts_rank.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import { StoreError } from '../core/errors.js';
import { andAll, filterConditions, type Backend, type RankedDocument, type RankedQuote } from './backend.js';
import { migrate } from './migrations.js';
import type { Database as Schema } from './schema.js';
import type { ParsedQuery } from './search-text.js';
import type { SearchQuery } from './store.js';

const INT8_OID = 20;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// Times and counts are bigint; they stay far below 2^53, so numbers are exact.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function tsquery(query: ParsedQuery): RawBuilder<unknown> {
  // One phraseto_tsquery per group: a single word or an exact phrase, all required.
  return sql.join(query.groups.map((g) => sql`phraseto_tsquery('simple', ${g.join(' ')})`), sql` && `);
}

export class PostgresBackend implements Backend {
  readonly dialect = 'postgres' as const;
  private constructor(readonly db: Kysely<Schema>, readonly schema: string) {}

  static async open(url: string, schema: string | null): Promise<PostgresBackend> {
    const name = schema ?? 'public';
    if (!SCHEMA_NAME.test(name)) throw new StoreError(`bad PostgreSQL schema name '${name}'`);
    const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${name}`, types });
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${name}`);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`cannot reach PostgreSQL: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db as Kysely<unknown>, 'postgres', name);
    return new PostgresBackend(db, name);
  }

  async indexDocument(trx: Transaction<Schema>, seq: number, title: string, body: string): Promise<void> {
    await sql`UPDATE documents SET search = setweight(to_tsvector('simple', ${title}), 'A') || to_tsvector('simple', ${body})
      WHERE seq = ${seq}`.execute(trx);
  }

  async unindexDocument(trx: Transaction<Schema>, seq: number): Promise<void> {
    await sql`UPDATE documents SET search = NULL WHERE seq = ${seq}`.execute(trx);
  }

  async indexQuotes(trx: Transaction<Schema>, quotes: ReadonlyArray<{ id: number; body: string }>): Promise<void> {
    for (const q of quotes) await sql`UPDATE quotes SET search = to_tsvector('simple', ${q.body}) WHERE id = ${q.id}`.execute(trx);
  }

  async unindexQuotes(): Promise<void> {
    // The vector lives in the quotes row itself and goes with it.
  }

  async searchDocuments(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedDocument[]> {
    const where = andAll(filterConditions(filters, false));
    const { rows } = await sql<{ id: string; score: number }>`
      SELECT d.id AS id, ts_rank(d.search, x.q) AS score
      FROM documents d, (SELECT ${tsquery(query)} AS q) x
      WHERE d.search @@ x.q AND ${where}
      ORDER BY score DESC, d.seq
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  async searchQuotes(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedQuote[]> {
    const where = andAll(filterConditions(filters, true));
    const { rows } = await sql<{ quoteId: number; score: number }>`
      SELECT q.id AS "quoteId", ts_rank(q.search, x.q) AS score
      FROM quotes q JOIN documents d ON d.id = q.doc_id, (SELECT ${tsquery(query)} AS q) x
      WHERE q.search @@ x.q AND ${where}
      ORDER BY score DESC, q.id
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  /** Drops this store's schema and everything in it (test isolation). */
  async dropSchema(): Promise<void> {
    await sql`DROP SCHEMA ${sql.id(this.schema)} CASCADE`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
