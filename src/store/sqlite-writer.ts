/**
 * The SQLite hot path for storing documents: statements prepared once on
 * the better-sqlite3 connection and run synchronously inside one
 * transaction. Kysely compiles every query anew and a multi-row insert has a
 * different text for every row count, so each document cost a dozen fresh
 * prepares; here a document costs only the row writes. Everything else (and
 * all of PostgreSQL) stays on the Kysely query layer.
 */
import type Database from 'better-sqlite3';
import { bandCount, chooseCluster, signatureFromBytes } from '../analyze/near-duplicates.js';
import { annotationRows, type AnnotationRows } from './rows.js';
import type { PreparedDocument } from './document-prep.js';
import { candidateQuerySql } from './cluster-candidates.js';
import { indexText } from './search-text.js';
import { decrementSql, dropEmptySql, EntityStatsChange, upsertSql } from './entity-stats.js';
import type { PutResult } from './store.js';

type Statement = Database.Statement;

/**
 * Each annotation table's columns and a row's values in that order, side by
 * side so they cannot drift apart. Reading the values field by field, rather
 * than as row[column] over the column list, keeps every read on one row
 * shape: the keyed reads saw a different name at every step, each a
 * dictionary look-up, and were a tenth of the store's CPU (170 rows a
 * document).
 */
type Row<K extends keyof AnnotationRows> = AnnotationRows[K][number];
interface TableInsert<K extends keyof AnnotationRows> {
  columns: readonly string[];
  values(row: Row<K>): unknown[];
}

const ANNOTATION_INSERTS: { [K in keyof AnnotationRows]: TableInsert<K> } = {
  entities: {
    columns: ['doc_id', 'doc_seq', 'seq', 'entity_id', 'type', 'name', 'in_registry'],
    values: (r) => [r.doc_id, r.doc_seq, r.seq, r.entity_id, r.type, r.name, r.in_registry],
  },
  mentions: {
    columns: ['doc_id', 'seq', 'entity_id', 'start', 'end', 'text', 'rule', 'confidence'],
    values: (r) => [r.doc_id, r.seq, r.entity_id, r.start, r.end, r.text, r.rule, r.confidence],
  },
  quotes: {
    columns: ['doc_id', 'seq', 'start', 'end', 'text', 'speaker', 'cue_start', 'cue_end', 'sentence', 'rule', 'confidence'],
    values: (r) => [r.doc_id, r.seq, r.start, r.end, r.text, r.speaker, r.cue_start, r.cue_end, r.sentence, r.rule, r.confidence],
  },
  statements: {
    columns: ['doc_id', 'doc_seq', 'seq', 'kind', 'actor', 'target', 'date', 'text', 'start', 'end', 'means', 'condition', 'deadline', 'quote', 'sentence', 'rule', 'confidence'],
    values: (r) => [r.doc_id, r.doc_seq, r.seq, r.kind, r.actor, r.target, r.date, r.text, r.start, r.end, r.means, r.condition, r.deadline, r.quote, r.sentence, r.rule, r.confidence],
  },
  events: {
    columns: ['doc_id', 'seq', 'kind', 'actor', 'target', 'date', 'place', 'cameo', 'goldstein', 'text', 'start', 'end', 'sentence', 'rule', 'confidence'],
    values: (r) => [r.doc_id, r.seq, r.kind, r.actor, r.target, r.date, r.place, r.cameo, r.goldstein, r.text, r.start, r.end, r.sentence, r.rule, r.confidence],
  },
  relations: {
    columns: ['doc_id', 'seq', 'subject', 'predicate', 'object', 'text', 'start', 'end', 'origin', 'rule', 'confidence'],
    values: (r) => [r.doc_id, r.seq, r.subject, r.predicate, r.object, r.text, r.start, r.end, r.origin, r.rule, r.confidence],
  },
  warnings: {
    columns: ['doc_id', 'seq', 'stage', 'message', 'start', 'end'],
    values: (r) => [r.doc_id, r.seq, r.stage, r.message, r.start, r.end],
  },
};

// Positional parameters: better-sqlite3 binds an object by looking up each name, about half again the cost of a row's insert.
function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/** Runs a table's insert (prepared by insertSql from its columns) for each row. */
function insertRows<K extends keyof AnnotationRows>(statement: Statement, table: TableInsert<K>, rows: ReadonlyArray<Row<K>>): void {
  for (const row of rows) statement.run(table.values(row));
}

export class SqliteDocumentWriter {
  private readonly insertDoc: Statement;
  private readonly existingCluster: Statement;
  private readonly candidates: Statement;
  private readonly setCluster: Statement;
  private readonly mergeDocuments: Statement;
  private readonly recordMerge: Statement;
  private readonly repointMerges: Statement;
  private readonly insertBand: Statement;
  private readonly insertFts: Statement;
  private readonly insertQuoteFts: Statement;
  private readonly annotations: { [K in keyof AnnotationRows]: Statement };
  private readonly upsertStats: Statement;
  private readonly decrementStats: Statement;
  private readonly dropEmptyStats: Statement;
  private readonly writeMany: (items: readonly PreparedDocument[], now: number) => PutResult[];

  constructor(file: Database.Database) {
    this.insertDoc = file.prepare(`INSERT INTO documents (id, name, origin, content_type, raw, charset, format, text, title, published, author,
      source, source_id, language, url, sentences, ingested_at, analysed_at, cluster_id, minhash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`);
    this.existingCluster = file.prepare('SELECT cluster_id FROM documents WHERE id = ?').pluck();
    this.candidates = file.prepare(candidateQuerySql(bandCount));
    this.setCluster = file.prepare('UPDATE documents SET cluster_id = ? WHERE id = ?');
    this.mergeDocuments = file.prepare('UPDATE documents SET cluster_id = ? WHERE cluster_id = ?');
    this.recordMerge = file.prepare(`INSERT INTO cluster_merges (from_cluster, into_cluster, doc_id, merged_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (from_cluster) DO UPDATE SET into_cluster = excluded.into_cluster, doc_id = excluded.doc_id, merged_at = excluded.merged_at`);
    this.repointMerges = file.prepare('UPDATE cluster_merges SET into_cluster = ? WHERE into_cluster = ?');
    this.insertBand = file.prepare('INSERT INTO minhash_bands (bucket, doc_id) VALUES (?, ?)');
    this.insertFts = file.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
    this.insertQuoteFts = file.prepare('INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)');
    this.annotations = {
      entities: file.prepare(insertSql('entities', ANNOTATION_INSERTS.entities.columns)),
      mentions: file.prepare(insertSql('mentions', ANNOTATION_INSERTS.mentions.columns)),
      quotes: file.prepare(insertSql('quotes', ANNOTATION_INSERTS.quotes.columns)),
      statements: file.prepare(insertSql('statements', ANNOTATION_INSERTS.statements.columns)),
      events: file.prepare(insertSql('events', ANNOTATION_INSERTS.events.columns)),
      relations: file.prepare(insertSql('relations', ANNOTATION_INSERTS.relations.columns)),
      warnings: file.prepare(insertSql('warnings', ANNOTATION_INSERTS.warnings.columns)),
    };
    this.upsertStats = file.prepare(upsertSql('sqlite', 1));
    this.decrementStats = file.prepare(decrementSql);
    this.dropEmptyStats = file.prepare(dropEmptySql);
    this.writeMany = file.transaction((items: readonly PreparedDocument[], now: number) => {
      const stats = new EntityStatsChange();
      const results = items.map((p) => this.writeOne(p, now, stats));
      this.applyStats(stats);
      return results;
    });
  }

  /** Stores the documents in one transaction (all or none); the caller holds the connection. */
  write(items: readonly PreparedDocument[], now: number): PutResult[] {
    return this.writeMany(items, now);
  }

  /** The entity counters, once per transaction (see entity-stats.ts). */
  private applyStats(change: EntityStatsChange): void {
    const { upserts, decrements } = change.split();
    for (const u of upserts) this.upsertStats.run(u.id, u.type, u.name, u.delta);
    for (const d of decrements) this.decrementStats.run(d.delta, d.id);
    for (const d of decrements) this.dropEmptyStats.run(d.id);
  }

  private writeOne(p: PreparedDocument, now: number, stats: EntityStatsChange): PutResult {
    const { doc } = p;
    const id = doc.id;
    // The insert comes first so that the write lock is taken at once (no read-then-upgrade).
    // run(), not RETURNING seq: seq is the rowid, which run() reports; RETURNING gathers its rows
    // in a table of their own first, a third of the insert's CPU (0.20 -> 0.13 ms a document).
    const inserted = this.insertDoc.run(
      id, doc.input.name, doc.input.origin, doc.input.contentType, Buffer.from(doc.input.bytes.buffer, doc.input.bytes.byteOffset, doc.input.bytes.byteLength),
      doc.charset, doc.format, doc.text, doc.meta.title, doc.meta.published, doc.meta.author, doc.meta.source, doc.meta.sourceId,
      doc.meta.language, doc.meta.url, p.sentences, now, now, id, p.minhash,
    );
    // No change: the id is stored already (ON CONFLICT DO NOTHING).
    if (inserted.changes === 0) return { id, created: false, clusterId: this.existingCluster.get(id) as string };

    const seq = Number(inserted.lastInsertRowid);
    const clusterId = this.joinCluster(p, now);
    if (clusterId !== id) this.setCluster.run(clusterId, id);
    this.writeAnnotations(id, seq, doc);
    stats.document(doc.entities, 1);
    this.insertFts.run(seq, p.title, p.body);
    return { id, created: true, clusterId };
  }

  private joinCluster(p: PreparedDocument, now: number): string {
    const id = p.doc.id;
    if (p.buckets.length === 0) return id;
    const rows = this.candidates.all(...p.buckets) as Array<{ cluster_id: string; minhash: Buffer }>;
    const choice = chooseCluster(id, p.signature, rows.map((r) => ({ clusterId: r.cluster_id, signature: signatureFromBytes(r.minhash) })));
    for (const from of choice.merged) {
      this.mergeDocuments.run(choice.clusterId, from);
      this.repointMerges.run(choice.clusterId, from);
      this.recordMerge.run(from, choice.clusterId, id, now);
    }
    for (const bucket of p.buckets) this.insertBand.run(bucket, id);
    return choice.clusterId;
  }

  private writeAnnotations(id: string, seq: number, doc: PreparedDocument['doc']): void {
    const rows = annotationRows(id, seq, doc);
    const a = this.annotations;
    insertRows(a.entities, ANNOTATION_INSERTS.entities, rows.entities);
    insertRows(a.mentions, ANNOTATION_INSERTS.mentions, rows.mentions);
    insertRows(a.statements, ANNOTATION_INSERTS.statements, rows.statements);
    insertRows(a.events, ANNOTATION_INSERTS.events, rows.events);
    insertRows(a.relations, ANNOTATION_INSERTS.relations, rows.relations);
    insertRows(a.warnings, ANNOTATION_INSERTS.warnings, rows.warnings);
    for (const r of rows.quotes) {
      const quoteId = a.quotes.run(ANNOTATION_INSERTS.quotes.values(r)).lastInsertRowid;
      this.insertQuoteFts.run(quoteId, indexText(r.text));
    }
  }
}
