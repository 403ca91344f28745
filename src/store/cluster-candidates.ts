/**
 * The near-duplicate candidates of a new document, in one query for every
 * band: each bucket is read through its index with its own bound (a hot
 * bucket of boilerplate costs no more than a quiet one), the hits are
 * counted per document, and the documents sharing the most bands come back
 * with their cluster and signature.
 */
import { sql, type RawBuilder } from 'kysely';
import { nearDuplicateIndex } from './migration-write-indexes.js';

// A hot bucket (boilerplate shared by thousands of pages) must not make one insert read thousands of rows.
export const PER_BUCKET = 20;
export const MAX_CANDIDATES = 50;

function query(placeholders: readonly string[], documents = 'documents d'): string {
  const perBucket = placeholders
    .map((p, i) => `SELECT doc_id FROM (SELECT doc_id FROM minhash_bands WHERE bucket = ${p} LIMIT ${PER_BUCKET}) b${i}`)
    .join(' UNION ALL ');
  return `SELECT d.cluster_id AS cluster_id, d.minhash AS minhash
    FROM (SELECT doc_id, count(*) AS n FROM (${perBucket}) u GROUP BY doc_id ORDER BY n DESC, doc_id LIMIT ${MAX_CANDIDATES}) c
    JOIN ${documents} ON d.id = c.doc_id`;
}

/**
 * The statement text for `count` buckets with positional `?` parameters
 * (better-sqlite3), reading the candidates' cluster and signature from
 * their index (migration 0007) rather than the wide rows.
 */
export function candidateQuerySql(count: number): string {
  return query(Array.from({ length: count }, () => '?'), `documents d INDEXED BY ${nearDuplicateIndex}`);
}

/** The same query for the Kysely layer, buckets bound. */
export function candidateQuery(buckets: readonly number[]): RawBuilder<{ cluster_id: string; minhash: Uint8Array }> {
  const text = query(buckets.map((_, i) => `\u0000${i}\u0000`));
  // Splice the bound values in where the markers are.
  const pieces = text.split(/\u0000\d+\u0000/);
  const parts: RawBuilder<unknown>[] = [];
  pieces.forEach((piece, i) => {
    parts.push(sql.raw(piece));
    if (i < buckets.length) parts.push(sql`${buckets[i]}`);
  });
  return sql<{ cluster_id: string; minhash: Uint8Array }>`${sql.join(parts, sql.raw(''))}`;
}
