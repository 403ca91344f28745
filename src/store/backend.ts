/**
 * What differs between the dialects: opening and closing, full-text
 * indexing, and ranked search. Everything else is one Kysely query layer
 * (sql-store.ts) shared by both.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database, Dialect } from './schema.js';
import type { ParsedQuery } from './search-text.js';
import type { PreparedDocument } from './document-prep.js';
import type { PutResult, SearchQuery } from './store.js';

export interface RankedDocument { id: string; score: number }
export interface RankedQuote { quoteId: number; score: number }

export interface Backend {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /**
   * A faster native path for storing new documents, in one transaction; when
   * absent the shared Kysely path is used. Must give the same result.
   */
  writeDocuments?(items: readonly PreparedDocument[], now: number): Promise<PutResult[]>;
  /** Stores the folded title and body of a document for search (replacing any earlier entry). */
  indexDocument(trx: Transaction<Database>, seq: number, title: string, body: string, replace: boolean): Promise<void>;
  unindexDocument(trx: Transaction<Database>, seq: number): Promise<void>;
  indexQuotes(trx: Transaction<Database>, quotes: ReadonlyArray<{ id: number; body: string }>): Promise<void>;
  unindexQuotes(trx: Transaction<Database>, ids: readonly number[]): Promise<void>;
  searchDocuments(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedDocument[]>;
  searchQuotes(query: ParsedQuery, filters: SearchQuery, limit: number): Promise<RankedQuote[]>;
  close(): Promise<void>;
}

/** Upper bound for a partial date: "2024-03" covers every day of March. */
export function untilBound(until: string): string {
  if (/^\d{4}$/.test(until)) return `${until}-99-99`;
  if (/^\d{4}-\d{2}$/.test(until)) return `${until}-99`;
  return until;
}

/**
 * Search filters as SQL over a documents alias `d` (and a quotes alias `q`
 * for quotation search). Identical in both dialects; all values are bound.
 */
export function filterConditions(f: SearchQuery, quotes: boolean): RawBuilder<unknown>[] {
  const conds: RawBuilder<unknown>[] = [];
  if (f.actor) {
    conds.push(quotes
      ? sql`q.speaker = ${f.actor}`
      // Matches are walked newest first, and so is the actor's run of (entity_id, doc_seq) (migration 0008).
      : sql`EXISTS (SELECT 1 FROM entities e WHERE e.entity_id = ${f.actor} AND e.doc_seq = d.seq)`);
  }
  if (f.kind) conds.push(sql`EXISTS (SELECT 1 FROM statements s WHERE s.kind = ${f.kind} AND s.doc_seq = d.seq)`);
  if (f.outlet) conds.push(sql`(d.source_id = ${f.outlet} OR lower(d.source) = lower(${f.outlet}))`);
  if (f.language) conds.push(sql`d.language = ${f.language}`);
  if (f.since) conds.push(sql`d.published >= ${f.since}`);
  if (f.until) conds.push(sql`d.published <= ${untilBound(f.until)}`);
  return conds;
}

export function andAll(conds: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conds.length === 0 ? sql`1 = 1` : sql.join(conds, sql` AND `);
}
