/**
 * The Store, written once over Kysely for both dialects. Each document is
 * written in one transaction: raw input, metadata, every annotation, its
 * search entries and its near-duplicate buckets, or nothing at all.
 */
import type { Insertable, Selectable, Transaction } from 'kysely';
import { StoreError } from '../core/errors.js';
import { toRecord } from '../core/record.js';
import type { Doc, RawInput } from '../core/types.js';
import { chooseCluster, signatureFromBytes } from '../analyze/near-duplicates.js';
import { candidateQuery } from './cluster-candidates.js';
import { asBuffer, prepareDocument, type PreparedDocument } from './document-prep.js';
import type { Backend } from './backend.js';
import { applyCorrections, validateCorrection } from './corrections.js';
import { Queue } from './queue.js';
import { AlertsInbox } from './alerts-table.js';
import { alertSummary, type AlertSummary } from './alert-summary.js';
import { SqlAccountTables } from './account-tables.js';
import { SqlWorkbenchQueries } from './workbench-queries.js';
import { compiledOnce } from './compiled-once.js';
import { annotationRows, rowsToAnnotations, rowToDoc, type Annotations } from './rows.js';
import type { CorrectionsTable, Database, DocumentsTable, TranslationsTable } from './schema.js';
import { highlightSnippet, indexText, parseQuery } from './search-text.js';
import { applyEntityStats, EntityStatsChange } from './entity-stats.js';
import type {
  ClusterMember, Correction, CorrectionSelector, CorrectionTarget, EnqueueOptions, Job, NewCorrection, PutResult,
  QueueCounts, ReanalysisResult, SearchHit, SearchQuery, Store, StoredDocument, StoredTranslation, AlertFilter, InboxAlert, NewAlert,
} from './store.js';

type Trx = Transaction<Database>;

const MAX_LIMIT = 1000;

function toCorrection(r: Selectable<CorrectionsTable>): Correction {
  return {
    id: Number(r.id), docId: r.doc_id, target: r.target as CorrectionTarget, action: r.action as Correction['action'],
    selector: JSON.parse(r.selector) as CorrectionSelector, fields: JSON.parse(r.fields) as Record<string, unknown>,
    author: r.author, note: r.note, createdAt: Number(r.created_at),
  };
}

function toTranslation(r: Selectable<TranslationsTable>): StoredTranslation {
  return {
    docId: r.doc_id, provider: r.provider, kind: r.kind === 'gist' ? 'gist' : 'translation', from: r.lang_from, to: r.lang_to,
    title: r.title, text: r.text, created: new Date(Number(r.created_at)).toISOString(),
  };
}

export class SqlStore implements Store {
  readonly dialect: Backend['dialect'];
  private readonly queue: Queue;
  private readonly alerts: AlertsInbox;
  readonly workbench: SqlWorkbenchQueries;
  readonly accounts: SqlAccountTables;
  // Asked on every document page: compiled once (see compiled-once.ts).
  private readonly correctionsQuery: (params: readonly unknown[]) => Promise<Array<Selectable<CorrectionsTable>>>;

  constructor(readonly backend: Backend) {
    this.dialect = backend.dialect;
    this.queue = new Queue(backend.db, backend.dialect);
    this.alerts = new AlertsInbox(backend.db);
    this.workbench = new SqlWorkbenchQueries(backend.db, backend.dialect);
    this.accounts = new SqlAccountTables(backend.db);
    this.correctionsQuery = compiledOnce(backend.db, () => backend.db.selectFrom('corrections').selectAll().where('doc_id', '=', '').orderBy('id').compile());
  }

  private get db() { return this.backend.db; }

  /* ------------------------------------------------------------- documents */

  async putDocument(doc: Doc): Promise<PutResult> {
    const [result] = await this.putDocuments([doc]);
    if (!result) throw new StoreError(`document ${doc.input.name} was not stored`);
    return result;
  }

  async putDocuments(docs: readonly Doc[]): Promise<PutResult[]> {
    if (docs.length === 0) return [];
    const items = docs.map((doc) => {
      if (!doc.id) throw new StoreError(`document ${doc.input.name} has no id (the text stage did not run)`);
      return prepareDocument(doc);
    });
    const now = Date.now();
    if (this.backend.writeDocuments) return this.backend.writeDocuments(items, now);
    return this.db.transaction().execute(async (trx) => {
      const results: PutResult[] = [];
      const stats = new EntityStatsChange();
      for (const item of items) {
        const result = await this.insertDocument(trx, item, now);
        if (result.created) stats.document(item.doc.entities, 1);
        results.push(result);
      }
      await applyEntityStats(trx, this.dialect, stats);
      return results;
    });
  }

  private async insertDocument(trx: Trx, p: PreparedDocument, now: number): Promise<PutResult> {
    const { doc } = p;
    const row: Insertable<DocumentsTable> = {
      ...this.documentColumns(p, now),
      id: doc.id,
      name: doc.input.name,
      origin: doc.input.origin,
      content_type: doc.input.contentType,
      raw: asBuffer(doc.input.bytes),
      ingested_at: now,
      cluster_id: doc.id,
      minhash: p.minhash,
    };
    // The insert comes first so that the write lock is taken at once (no read-then-upgrade).
    const inserted = await trx.insertInto('documents').values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('seq').executeTakeFirst();
    if (!inserted) {
      const existing = await trx.selectFrom('documents').select('cluster_id').where('id', '=', doc.id).executeTakeFirstOrThrow();
      return { id: doc.id, created: false, clusterId: existing.cluster_id };
    }
    const seq = Number(inserted.seq);
    const clusterId = await this.joinCluster(trx, p, now);
    if (clusterId !== doc.id) await trx.updateTable('documents').set({ cluster_id: clusterId }).where('id', '=', doc.id).execute();
    await this.writeAnnotations(trx, doc.id, seq, doc);
    await this.backend.indexDocument(trx, seq, p.title, p.body, false);
    return { id: doc.id, created: true, clusterId };
  }

  private documentColumns(p: PreparedDocument, now: number) {
    const { doc } = p;
    return {
      charset: doc.charset,
      format: doc.format,
      text: doc.text,
      title: doc.meta.title,
      published: doc.meta.published,
      author: doc.meta.author,
      source: doc.meta.source,
      source_id: doc.meta.sourceId,
      language: doc.meta.language,
      url: doc.meta.url,
      sentences: p.sentences,
      analysed_at: now,
    };
  }

  /**
   * Finds the clusters of similar earlier documents through the LSH buckets
   * (one query), merges them when this document bridges several, records
   * this document's buckets, and returns the cluster id (the document's own
   * id when nothing is similar enough). The SQLite writer does the same.
   */
  private async joinCluster(trx: Trx, p: PreparedDocument, now: number): Promise<string> {
    const docId = p.doc.id;
    if (p.buckets.length === 0) return docId;
    const { rows } = await candidateQuery(p.buckets).execute(trx);
    const choice = chooseCluster(docId, p.signature, rows.map((r) => ({ clusterId: r.cluster_id, signature: signatureFromBytes(r.minhash) })));
    for (const from of choice.merged) {
      await trx.updateTable('documents').set({ cluster_id: choice.clusterId }).where('cluster_id', '=', from).execute();
      await trx.updateTable('cluster_merges').set({ into_cluster: choice.clusterId }).where('into_cluster', '=', from).execute();
      await trx.insertInto('cluster_merges').values({ from_cluster: from, into_cluster: choice.clusterId, doc_id: docId, merged_at: now })
        .onConflict((oc) => oc.column('from_cluster').doUpdateSet({ into_cluster: choice.clusterId, doc_id: docId, merged_at: now }))
        .execute();
    }
    await trx.insertInto('minhash_bands').values(p.buckets.map((bucket) => ({ bucket, doc_id: docId }))).execute();
    return choice.clusterId;
  }

  private async writeAnnotations(trx: Trx, docId: string, docSeq: number, a: Annotations): Promise<void> {
    const rows = annotationRows(docId, docSeq, a);
    if (rows.entities.length) await trx.insertInto('entities').values(rows.entities).execute();
    if (rows.mentions.length) await trx.insertInto('mentions').values(rows.mentions).execute();
    if (rows.statements.length) await trx.insertInto('statements').values(rows.statements).execute();
    if (rows.events.length) await trx.insertInto('events').values(rows.events).execute();
    if (rows.relations.length) await trx.insertInto('relations').values(rows.relations).execute();
    if (rows.warnings.length) await trx.insertInto('warnings').values(rows.warnings).execute();
    if (rows.quotes.length) {
      const ids = await trx.insertInto('quotes').values(rows.quotes).returning(['id', 'seq']).execute();
      const textOf = new Map(rows.quotes.map((q) => [q.seq, q.text]));
      await this.backend.indexQuotes(trx, ids.map((r) => ({ id: Number(r.id), body: indexText(textOf.get(r.seq) ?? '') })));
    }
  }

  /** Replaces a stored document's annotations, and the entity counters with them. */
  private async rewriteAnnotations(trx: Trx, docId: string, annotations: Annotations): Promise<void> {
    const doc = await trx.selectFrom('documents').select('seq').where('id', '=', docId).executeTakeFirstOrThrow();
    const stats = new EntityStatsChange();
    stats.document(await trx.selectFrom('entities').select(['entity_id as id', 'type', 'name']).where('doc_id', '=', docId).execute(), -1);
    stats.document(annotations.entities, 1);
    await this.deleteAnnotations(trx, docId);
    await this.writeAnnotations(trx, docId, Number(doc.seq), annotations);
    await applyEntityStats(trx, this.dialect, stats);
  }

  private async deleteAnnotations(trx: Trx, docId: string): Promise<void> {
    const quoteIds = await trx.selectFrom('quotes').select('id').where('doc_id', '=', docId).execute();
    await this.backend.unindexQuotes(trx, quoteIds.map((q) => Number(q.id)));
    for (const table of ['entities', 'mentions', 'quotes', 'statements', 'events', 'relations', 'warnings'] as const) {
      await trx.deleteFrom(table).where('doc_id', '=', docId).execute();
    }
  }

  private async readAnnotations(trx: Trx | Backend['db'], docId: string): Promise<Annotations> {
    const [entities, mentions, quotes, statements, events, relations, warnings] = await Promise.all([
      trx.selectFrom('entities').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('mentions').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('quotes').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('statements').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('events').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('relations').selectAll().where('doc_id', '=', docId).execute(),
      trx.selectFrom('warnings').selectAll().where('doc_id', '=', docId).execute(),
    ]);
    return rowsToAnnotations({ entities, mentions, quotes, statements, events, relations, warnings });
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  async getRawInput(id: string): Promise<RawInput | null> {
    const r = await this.db.selectFrom('documents').select(['name', 'raw', 'content_type', 'origin']).where('id', '=', id).executeTakeFirst();
    return r ? { name: r.name, bytes: new Uint8Array(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength), contentType: r.content_type, origin: r.origin } : null;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const doc = rowToDoc(row, await this.readAnnotations(this.db, id));
    return {
      id: doc.id, input: doc.input, meta: doc.meta, charset: doc.charset, format: doc.format, text: doc.text,
      clusterId: row.cluster_id, ingestedAt: Number(row.ingested_at), analysedAt: Number(row.analysed_at),
      record: toRecord(doc),
    };
  }

  async countDocuments(): Promise<number> {
    const r = await this.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async listDocumentIds(after: string | null, limit: number): Promise<string[]> {
    let q = this.db.selectFrom('documents').select('id').orderBy('id').limit(limit);
    if (after !== null) q = q.where('id', '>', after);
    return (await q.execute()).map((r) => r.id);
  }

  async replaceAnalysis(id: string, doc: Doc): Promise<ReanalysisResult> {
    return this.db.transaction().execute(async (trx) => {
      const now = Date.now();
      const p = prepareDocument(doc);
      const updated = await trx.updateTable('documents')
        .set({ ...this.documentColumns(p, now), minhash: p.minhash })
        .where('id', '=', id).returning('seq').executeTakeFirst();
      if (!updated) throw new StoreError(`no stored document ${id}`);
      const corrections = (await trx.selectFrom('corrections').selectAll().where('doc_id', '=', id).orderBy('id').execute()).map(toCorrection);
      const { annotations, stale } = applyCorrections(doc, corrections);
      await this.rewriteAnnotations(trx, id, annotations);
      // The cluster stays; only the buckets follow the (possibly changed) text.
      await trx.deleteFrom('minhash_bands').where('doc_id', '=', id).execute();
      if (p.buckets.length) await trx.insertInto('minhash_bands').values(p.buckets.map((bucket) => ({ bucket, doc_id: id }))).execute();
      await this.backend.indexDocument(trx, Number(updated.seq), p.title, p.body, true);
      return { staleCorrections: stale };
    });
  }

  /* ----------------------------------------------------------- corrections */

  async addCorrection(c: NewCorrection): Promise<Correction> {
    validateCorrection(c);
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('corrections').values({
        doc_id: c.docId, target: c.target, action: c.action, selector: JSON.stringify(c.selector),
        fields: JSON.stringify(c.fields), author: c.author, note: c.note ?? null, created_at: Date.now(),
      }).returningAll().executeTakeFirst().catch((err: unknown) => {
        throw new StoreError(`cannot record correction for ${c.docId}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      });
      if (!row) throw new StoreError(`cannot record correction for ${c.docId}`);
      const correction = toCorrection(row);
      // Stored annotations already carry the earlier corrections; this one goes on top.
      const { annotations, stale } = applyCorrections(await this.readAnnotations(trx, c.docId), [correction]);
      if (stale.length > 0) throw new StoreError(`the correction matches no ${c.target} in document ${c.docId}`);
      await this.rewriteAnnotations(trx, c.docId, annotations);
      return correction;
    });
  }

  async listCorrections(docId: string): Promise<Correction[]> {
    return (await this.correctionsQuery([docId])).map(toCorrection);
  }

  /* ---------------------------------------------------------- translations */

  async putTranslation(docId: string, t: Omit<StoredTranslation, 'docId'>): Promise<StoredTranslation> {
    const created = Date.parse(t.created);
    const row = {
      doc_id: docId, lang_to: t.to, provider: t.provider, kind: t.kind, lang_from: t.from, title: t.title, text: t.text,
      created_at: Number.isFinite(created) ? created : Date.now(),
    };
    // Same upsert on both dialects: SQLite and PostgreSQL share ON CONFLICT ... DO UPDATE.
    await this.db.insertInto('translations').values(row)
      .onConflict((oc) => oc.columns(['doc_id', 'lang_to', 'provider']).doUpdateSet({
        kind: row.kind, lang_from: row.lang_from, title: row.title, text: row.text, created_at: row.created_at,
      }))
      .execute()
      .catch((err: unknown) => {
        throw new StoreError(`cannot store translation of ${docId}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      });
    return toTranslation(row);
  }

  async translations(docId: string): Promise<StoredTranslation[]> {
    const rows = await this.db.selectFrom('translations').selectAll().where('doc_id', '=', docId)
      .orderBy('lang_to').orderBy('provider').execute();
    return rows.map(toTranslation);
  }

  /* ---------------------------------------------------------------- search */

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const parsed = parseQuery(query.text);
    if (parsed.groups.length === 0) return [];
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(query.limit ?? 20)));
    if (query.in === 'quotes') {
      const ranked = await this.backend.searchQuotes(parsed, query, limit);
      if (ranked.length === 0) return [];
      const rows = await this.db.selectFrom('quotes as q').innerJoin('documents as d', 'd.id', 'q.doc_id')
        .select(['q.id as quoteId', 'q.text as quoteText', 'q.start', 'q.end', 'q.speaker', 'd.id as docId', 'd.title', 'd.published',
          'd.source', 'd.language', 'd.cluster_id'])
        .where('q.id', 'in', ranked.map((r) => r.quoteId)).execute();
      const byId = new Map(rows.map((r) => [Number(r.quoteId), r]));
      return ranked.flatMap((r) => {
        const q = byId.get(Number(r.quoteId));
        if (!q) return [];
        return [{
          docId: q.docId, title: q.title, published: q.published, source: q.source, language: q.language, clusterId: q.cluster_id,
          score: Number(r.score), snippet: highlightSnippet(q.quoteText, parsed.words, 40),
          quote: { span: { start: q.start, end: q.end }, speaker: q.speaker },
        }];
      });
    }
    const ranked = await this.backend.searchDocuments(parsed, query, limit);
    if (ranked.length === 0) return [];
    // Texts are read only for the hits, after ranking.
    const rows = await this.db.selectFrom('documents')
      .select(['id', 'title', 'published', 'source', 'language', 'cluster_id', 'text'])
      .where('id', 'in', ranked.map((r) => r.id)).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ranked.flatMap((r) => {
      const d = byId.get(r.id);
      if (!d) return [];
      return [{
        docId: d.id, title: d.title, published: d.published, source: d.source, language: d.language, clusterId: d.cluster_id,
        score: Number(r.score), snippet: highlightSnippet(d.text, parsed.words), quote: null,
      }];
    });
  }

  /* -------------------------------------------------------------- clusters */

  async clusterMembers(docId: string): Promise<ClusterMember[]> {
    const doc = await this.db.selectFrom('documents').select('cluster_id').where('id', '=', docId).executeTakeFirst();
    if (!doc) return [];
    const rows = await this.db.selectFrom('documents').select(['id', 'title', 'source', 'published'])
      .where('cluster_id', '=', doc.cluster_id).orderBy('ingested_at').orderBy('seq').execute();
    return rows.map((r) => ({ docId: r.id, title: r.title, source: r.source, published: r.published }));
  }

  /* ----------------------------------------------------------------- queue */

  enqueue(kind: string, payload: unknown, options?: EnqueueOptions): Promise<number | null> {
    return this.queue.enqueue(kind, payload, options);
  }
  claim(workerId: string, kinds: readonly string[], leaseSeconds: number): Promise<Job | null> {
    return this.queue.claim(workerId, kinds, leaseSeconds);
  }
  extendLease(jobId: number, workerId: string, leaseSeconds: number): Promise<boolean> {
    return this.queue.extendLease(jobId, workerId, leaseSeconds);
  }
  complete(jobId: number): Promise<void> {
    return this.queue.complete(jobId);
  }
  fail(jobId: number, error: string, retryAt: number | Date | null): Promise<void> {
    return this.queue.fail(jobId, error, retryAt);
  }
  getJob(jobId: number): Promise<Job | null> {
    return this.queue.get(jobId);
  }
  queueCounts(): Promise<QueueCounts> {
    return this.queue.counts();
  }

  /* ---------------------------------------------------------------- alerts */

  saveAlert(alert: NewAlert): Promise<boolean> {
    return this.alerts.save(alert);
  }
  hasAlert(id: string): Promise<boolean> {
    return this.alerts.has(id);
  }
  listAlerts(filter: AlertFilter = {}): Promise<InboxAlert[]> {
    return this.alerts.list(filter);
  }
  markRead(ids: readonly string[], read = true): Promise<number> {
    return this.alerts.markRead(ids, read, Date.now());
  }
  alertSummary(filter: AlertFilter = {}): Promise<AlertSummary> {
    return alertSummary(this.db, filter);
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
