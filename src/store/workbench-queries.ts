/**
 * The workbench's reads: the inbox, actor pages, the graph and the map,
 * each answered by indexed queries a page or an actor at a time, so the
 * server never holds the corpus in memory and never reloads it after a
 * change. Both dialects, one Kysely query layer (raw SQL only where the
 * builder cannot say it: correlated counts in the inbox order, and joins
 * that must read documents through their card index on SQLite).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Doc } from '../core/types.js';
import { untilBound } from './backend.js';
import { compiledOnce, type CompiledOnce } from './compiled-once.js';
import { rowsToAnnotations, rowToDoc } from './rows.js';
import type { Database, Dialect } from './schema.js';
import type { CorpusFilter } from './store.js';

export interface InboxQuery extends CorpusFilter {
  limit: number;
  offset: number;
}

export interface InboxEntry {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  threats: number;
  statements: number;
  quotes: number;
  /** The first threat statement, to show under the title. */
  lead: string | null;
}

export interface ActorCount {
  id: string;
  type: string;
  /** A name a document gave it (the registry's name is the caller's to prefer). */
  name: string;
  /** Documents naming it. */
  documents: number;
}

export interface ActorSummary {
  id: string;
  type: string;
  /** Entity names and mention spellings, most frequent first (at most 100). */
  names: string[];
  documents: number;
}

export interface EvidenceRow {
  docId: string;
  title: string | null;
  published: string | null;
  source: string | null;
  start: number | null;
  end: number | null;
  text: string;
}

export interface ActorEvidence {
  outlets: Array<{ outlet: string; documents: number }>;
  relations: Array<EvidenceRow & { subject: string; predicate: string; object: string }>;
  quotes: EvidenceRow[];
  statements: Array<EvidenceRow & { kind: string; date: string | null; target: string | null }>;
}

/** A statement or event the actor made or suffered, with what the timeline needs to count it once. */
export interface ActRow {
  type: 'statement' | 'event';
  docId: string;
  clusterId: string;
  published: string | null;
  kind: string;
  actor: string | null;
  target: string | null;
  date: string | null;
  cameo: string | null;
  goldstein: number | null;
  place: string | null;
  start: number;
  end: number;
  text: string;
  /** Position in the document's list, so the n-th of equal acts stays the n-th. */
  seq: number;
}

/** An act as the actor page's timeline counts it: what makes two reports one fact, without the words. */
export type ActKey = Pick<ActRow, 'type' | 'docId' | 'published' | 'kind' | 'actor' | 'target' | 'date' | 'cameo' | 'goldstein' | 'seq'>;

export interface GraphEdgeRow { subject: string; predicate: string; object: string; origin: string; count: number }

export interface PlaceEvent { docId: string; place: string; kind: string; date: string | null; text: string; start: number; end: number }

export interface PlaceActivity {
  /** Documents naming each of the places asked about. */
  documents: Map<string, number>;
  /** Events at those places, newest documents first, at most the limit. */
  events: PlaceEvent[];
  /** Events whose place is none of them (or unknown). */
  unplaced: number;
}

export interface StoredAnalysis {
  /** As the pipeline left it (corrections applied), tokens and raw input bytes aside (getRawInput has those). */
  doc: Doc;
  clusterId: string;
  /** Epoch milliseconds. */
  ingestedAt: number;
  analysedAt: number;
}

export interface WorkbenchQueries {
  /** Newest first, documents with a threat or warning statement before all others; the page and the total. */
  inbox(q: InboxQuery): Promise<{ total: number; items: InboxEntry[] }>;
  outlets(): Promise<string[]>;
  languages(): Promise<string[]>;
  /** Entities by the number of documents naming them; optionally only those a name fragment or id list picks. */
  topEntities(q: { excludeTypes?: readonly string[]; nameContains?: string | null; ids?: readonly string[]; limit: number }): Promise<ActorCount[]>;
  actorSummary(id: string): Promise<ActorSummary | null>;
  /** A name documents give each of these entities (absent ids are left out). */
  entityNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** What documents say about the actor, newest first, each list at most `limit` long. */
  actorEvidence(id: string, limit: number): Promise<ActorEvidence>;
  /** Every statement and event the actor makes or is the target of. */
  actorActs(id: string): Promise<ActRow[]>;
  /** The same acts, keys only (no text or spans), in the same order: what a timeline needs, at a fraction of the reading. */
  actorActKeys(id: string): Promise<ActKey[]>;
  /** Relations among these entities (both ends in the list), counted. */
  relationsAmong(ids: readonly string[]): Promise<GraphEdgeRow[]>;
  placeActivity(placeIds: readonly string[], eventLimit: number): Promise<PlaceActivity>;
  /** The stored document: text, sentences and every annotation with the rule and confidence stored with it (not the raw input). */
  storedDoc(id: string): Promise<StoredAnalysis | null>;
  /**
   * What says whether a stored document's analysis changed, read without its
   * text or annotations: re-analysis rewrites `analysedAt` (corrections are
   * listed apart); the cluster may change whenever documents are added.
   */
  documentStamp(id: string): Promise<{ analysedAt: number; ingestedAt: number; clusterId: string } | null>;
  /** A near-duplicate cluster's documents, oldest first. */
  clusterById(clusterId: string): Promise<Array<{ docId: string; title: string | null; source: string | null; published: string | null }>>;
}

/** Evidence columns as the SQL returns them. */
interface EvidenceSql { doc_id: string; title: string | null; published: string | null; source: string | null; start: number | null; end: number | null; text: string }
/** Act columns as the SQL returns them. */
interface ActSql {
  doc_id: string; cluster_id: string; published: string | null; seq: number; kind: string; actor: string | null; target: string | null;
  date: string | null; start: number; end: number; text: string;
}

const THREAT_KINDS = ['threat', 'warning'] as const;
// Bound on ids in one IN list: both databases take far more, but pages never need it.
const MAX_IDS = 2000;

// Entity-name lookups of up to this many ids are compiled once per list length (a document page asks for a few dozen).
const COMPILED_NAME_LISTS = 64;

export class SqlWorkbenchQueries implements WorkbenchQueries {
  // The reads every document page makes, compiled once (see compiled-once.ts).
  private readonly stampQuery: CompiledOnce<{ analysed_at: number; ingested_at: number; cluster_id: string }>;
  private readonly clusterQuery: CompiledOnce<{ id: string; title: string | null; source: string | null; published: string | null }>;
  private readonly nameQueries = new Map<number, CompiledOnce<{ entity_id: string; name: string }>>();

  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect) {
    // From the documents_stamp index (migration 0010) alone; SQLite's planner would take the unique id index and the row.
    const stampFrom = sql.raw(dialect === 'sqlite' ? 'documents INDEXED BY documents_stamp' : 'documents');
    this.stampQuery = compiledOnce(db, () => sql<{ analysed_at: number; ingested_at: number; cluster_id: string }>`
      SELECT analysed_at, ingested_at, cluster_id FROM ${stampFrom} WHERE id = ${''}`.compile(db));
    this.clusterQuery = compiledOnce(db, () => db.selectFrom('documents').select(['id', 'title', 'source', 'published'])
      .where('cluster_id', '=', '').orderBy('ingested_at').orderBy('seq').compile());
  }

  /**
   * `documents AS d` for joins that read only a document's card columns
   * (id, published, source, source_id, language, cluster_id, title). On
   * SQLite the row itself starts with the raw input and the text, so reading
   * those columns from it walks their overflow pages; the documents_card
   * index (migration 0003) holds them, but without statistics the planner
   * prefers the unique id index and the row, so the card is named here.
   * PostgreSQL keeps large values out of line and needs nothing.
   */
  private docCards(): RawBuilder<unknown> {
    return sql.raw(this.dialect === 'sqlite' ? 'documents AS d INDEXED BY documents_card' : 'documents AS d');
  }

  private inboxWhere(q: InboxQuery): RawBuilder<unknown> {
    const conds: RawBuilder<unknown>[] = [];
    if (q.actor) {
      conds.push(sql`(d.seq IN (SELECT e.doc_seq FROM entities e WHERE e.entity_id = ${q.actor})
        OR d.id IN (SELECT s.doc_id FROM statements s WHERE s.actor = ${q.actor}))`);
    }
    if (q.kind) conds.push(sql`d.seq IN (SELECT s.doc_seq FROM statements s WHERE s.kind = ${q.kind})`);
    if (q.outlet) conds.push(sql`(lower(d.source_id) = lower(${q.outlet}) OR lower(d.source) = lower(${q.outlet}))`);
    if (q.language) conds.push(sql`d.language = ${q.language}`);
    if (q.since) conds.push(sql`d.published >= ${q.since}`);
    if (q.until) conds.push(sql`d.published <= ${untilBound(q.until)}`);
    return conds.length === 0 ? sql`1 = 1` : sql.join(conds, sql` AND `);
  }

  async inbox(q: InboxQuery): Promise<{ total: number; items: InboxEntry[] }> {
    const where = this.inboxWhere(q);
    const threatKinds = sql.join(THREAT_KINDS.map((k) => sql`${k}`));
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM documents d WHERE ${where}`.execute(this.db);
    // The order needs only "has a threat" per document (one index probe each); the counts and the lead are read for the page alone.
    const page = await sql<{ id: string; title: string | null; published: string | null; source: string | null; language: string | null }>`
      SELECT x.id, x.title, x.published, x.source, x.language FROM (
        SELECT d.id, d.title, d.published, d.source, d.language,
          CASE WHEN EXISTS (SELECT 1 FROM statements s WHERE s.kind IN (${threatKinds}) AND s.doc_seq = d.seq) THEN 1 ELSE 0 END AS threat
        FROM documents d WHERE ${where}
      ) x
      ORDER BY x.threat DESC, coalesce(x.published, '') DESC, x.id
      LIMIT ${q.limit} OFFSET ${q.offset}`.execute(this.db);
    const ids = page.rows.map((r) => r.id);
    if (ids.length === 0) return { total: Number(total.rows[0]?.n ?? 0), items: [] };
    const [statements, quotes] = await Promise.all([
      this.db.selectFrom('statements').select(['doc_id', 'seq', 'kind', 'text']).where('doc_id', 'in', ids).orderBy('doc_id').orderBy('seq').execute(),
      this.db.selectFrom('quotes').select(['doc_id', (eb) => eb.fn.countAll<number>().as('n')]).where('doc_id', 'in', ids).groupBy('doc_id').execute(),
    ]);
    const quoteCount = new Map(quotes.map((r) => [r.doc_id, Number(r.n)]));
    const items = page.rows.map((r): InboxEntry => {
      const own = statements.filter((s) => s.doc_id === r.id);
      const threats = own.filter((s) => (THREAT_KINDS as readonly string[]).includes(s.kind));
      return {
        id: r.id, title: r.title, published: r.published, source: r.source, language: r.language,
        threats: threats.length, statements: own.length, quotes: quoteCount.get(r.id) ?? 0, lead: threats[0]?.text ?? null,
      };
    });
    return { total: Number(total.rows[0]?.n ?? 0), items };
  }

  async outlets(): Promise<string[]> {
    const rows = await this.db.selectFrom('documents').select('source').distinct().where('source', 'is not', null).orderBy('source').execute();
    return rows.map((r) => r.source).filter((s): s is string => s !== null);
  }

  async languages(): Promise<string[]> {
    const rows = await this.db.selectFrom('documents').select('language').distinct().where('language', 'is not', null).orderBy('language').execute();
    return rows.map((r) => r.language).filter((s): s is string => s !== null);
  }

  async topEntities(q: { excludeTypes?: readonly string[]; nameContains?: string | null; ids?: readonly string[]; limit: number }): Promise<ActorCount[]> {
    // The counts are kept on write (entity_stats, migration 0006): no pass over the entities rows.
    let query = this.db.selectFrom('entity_stats').select(['entity_id', 'type', 'name', 'documents']);
    if (q.excludeTypes?.length) query = query.where('type', 'not in', [...q.excludeTypes]);
    const fragment = q.nameContains?.trim().toLowerCase();
    const ids = q.ids?.slice(0, MAX_IDS) ?? [];
    if (fragment) {
      const like = `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([
        eb('entity_id', 'in', eb.selectFrom('entities as n').select('n.entity_id').where(sql<boolean>`lower(n.name) LIKE ${like} ESCAPE '\\'`)),
        eb('entity_id', 'in', eb.selectFrom('mentions as m').select('m.entity_id').where(sql<boolean>`lower(m.text) LIKE ${like} ESCAPE '\\'`)),
        ...(ids.length ? [eb('entity_id', 'in', ids)] : []),
      ]));
    } else if (q.ids) {
      if (ids.length === 0) return [];
      query = query.where('entity_id', 'in', ids);
    }
    const rows = await query.orderBy('documents', 'desc').orderBy('entity_id').limit(q.limit).execute();
    return rows.map((r) => ({ id: r.entity_id, type: r.type, name: r.name, documents: Number(r.documents) }));
  }

  async actorSummary(id: string): Promise<ActorSummary | null> {
    const head = await this.db.selectFrom('entity_stats').select(['type', 'documents']).where('entity_id', '=', id).executeTakeFirst();
    if (!head || Number(head.documents) === 0) return null;
    const [names, spellings] = await Promise.all([
      this.db.selectFrom('entities').select(['name', (eb) => eb.fn.countAll<number>().as('n')]).where('entity_id', '=', id)
        .groupBy('name').orderBy(sql`count(*)`, 'desc').orderBy('name').limit(100).execute(),
      this.db.selectFrom('mentions').select(['text', (eb) => eb.fn.countAll<number>().as('n')]).where('entity_id', '=', id)
        .groupBy('text').orderBy(sql`count(*)`, 'desc').orderBy('text').limit(100).execute(),
    ]);
    const all = [...names.map((r) => r.name), ...spellings.map((r) => r.text)];
    return { id, type: head.type, names: [...new Set(all)].slice(0, 100), documents: Number(head.documents) };
  }

  async entityNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const list = ids.slice(0, MAX_IDS);
    const build = (values: readonly string[]) => this.db.selectFrom('entity_stats').select(['entity_id', 'name']).where('entity_id', 'in', values);
    let rows: Array<{ entity_id: string; name: string }>;
    if (list.length <= COMPILED_NAME_LISTS) {
      let query = this.nameQueries.get(list.length);
      if (!query) this.nameQueries.set(list.length, (query = compiledOnce(this.db, () => build(list.map(() => '')).compile())));
      rows = await query(list);
    } else {
      rows = await build(list).execute();
    }
    return new Map(rows.map((r) => [r.entity_id, r.name]));
  }

  async actorEvidence(id: string, limit: number): Promise<ActorEvidence> {
    const docsOf = sql`SELECT e.doc_id FROM entities e WHERE e.entity_id = ${id} UNION SELECT s.doc_id FROM statements s WHERE s.actor = ${id}`;
    const d = this.docCards();
    const [outlets, relations, quotes, statements] = await Promise.all([
      sql<{ outlet: string; documents: number }>`
        SELECT coalesce(d.source, d.source_id, 'unknown') AS outlet, count(*) AS documents
        FROM ${d} WHERE d.id IN (${docsOf})
        GROUP BY coalesce(d.source, d.source_id, 'unknown') ORDER BY count(*) DESC, outlet LIMIT ${limit}`.execute(this.db),
      sql<EvidenceSql & { subject: string; predicate: string; object: string }>`
        SELECT r.doc_id, d.title, d.published, d.source, r.start, r."end", r.text, r.subject, r.predicate, r.object
        FROM relations r JOIN ${d} ON d.id = r.doc_id
        WHERE r.origin = 'document' AND (r.subject = ${id} OR r.object = ${id})
        ORDER BY coalesce(d.published, '') DESC, r.doc_id, r.seq LIMIT ${limit}`.execute(this.db),
      sql<EvidenceSql>`
        SELECT q.doc_id, d.title, d.published, d.source, q.start, q."end", q.text
        FROM quotes q JOIN ${d} ON d.id = q.doc_id
        WHERE q.speaker = ${id}
        ORDER BY coalesce(d.published, '') DESC, q.doc_id, q.seq LIMIT ${limit}`.execute(this.db),
      sql<EvidenceSql & { kind: string; date: string | null; target: string | null }>`
        SELECT s.doc_id, d.title, d.published, d.source, s.start, s."end", s.text, s.kind, s.date, s.target
        FROM statements s JOIN ${d} ON d.id = s.doc_id
        WHERE s.actor = ${id}
        ORDER BY coalesce(d.published, '') DESC, s.doc_id, s.seq LIMIT ${limit}`.execute(this.db),
    ]);
    const base = (r: EvidenceSql): EvidenceRow =>
      ({ docId: r.doc_id, title: r.title, published: r.published, source: r.source, start: r.start, end: r.end, text: r.text });
    return {
      outlets: outlets.rows.map((r) => ({ outlet: r.outlet, documents: Number(r.documents) })),
      relations: relations.rows.map((r) => ({ ...base(r), subject: r.subject, predicate: r.predicate, object: r.object })),
      quotes: quotes.rows.map(base),
      statements: statements.rows.map((r) => ({ ...base(r), kind: r.kind, date: r.date, target: r.target })),
    };
  }

  async actorActs(id: string): Promise<ActRow[]> {
    const d = this.docCards();
    const [statements, events] = await Promise.all([
      sql<ActSql>`
        SELECT s.doc_id, d.cluster_id, d.published, s.seq, s.kind, s.actor, s.target, s.date, s.start, s."end", s.text
        FROM statements s JOIN ${d} ON d.id = s.doc_id
        WHERE s.actor = ${id} OR s.target = ${id}`.execute(this.db),
      sql<ActSql & { cameo: string; goldstein: number; place: string | null }>`
        SELECT e.doc_id, d.cluster_id, d.published, e.seq, e.kind, e.actor, e.target, e.date, e.start, e."end", e.text, e.cameo, e.goldstein, e.place
        FROM events e JOIN ${d} ON d.id = e.doc_id
        WHERE e.actor = ${id} OR e.target = ${id}`.execute(this.db),
    ]);
    return [
      ...statements.rows.map((r): ActRow => ({
        type: 'statement', docId: r.doc_id, clusterId: r.cluster_id, published: r.published, seq: r.seq, kind: r.kind, actor: r.actor, target: r.target,
        date: r.date, cameo: null, goldstein: null, place: null, start: r.start, end: r.end, text: r.text,
      })),
      ...events.rows.map((r): ActRow => ({
        type: 'event', docId: r.doc_id, clusterId: r.cluster_id, published: r.published, seq: r.seq, kind: r.kind, actor: r.actor, target: r.target,
        date: r.date, cameo: r.cameo, goldstein: Number(r.goldstein), place: r.place, start: r.start, end: r.end, text: r.text,
      })),
    ].sort((a, b) => a.docId.localeCompare(b.docId) || a.type.localeCompare(b.type) || a.seq - b.seq);
  }

  async actorActKeys(id: string): Promise<ActKey[]> {
    const d = this.docCards();
    type KeySql = { doc_id: string; published: string | null; seq: number; kind: string; actor: string | null; target: string | null; date: string | null };
    const [statements, events] = await Promise.all([
      sql<KeySql>`
        SELECT s.doc_id, d.published, s.seq, s.kind, s.actor, s.target, s.date
        FROM statements s JOIN ${d} ON d.id = s.doc_id
        WHERE s.actor = ${id} OR s.target = ${id}`.execute(this.db),
      sql<KeySql & { cameo: string; goldstein: number }>`
        SELECT e.doc_id, d.published, e.seq, e.kind, e.actor, e.target, e.date, e.cameo, e.goldstein
        FROM events e JOIN ${d} ON d.id = e.doc_id
        WHERE e.actor = ${id} OR e.target = ${id}`.execute(this.db),
    ]);
    return [
      ...statements.rows.map((r): ActKey => ({
        type: 'statement', docId: r.doc_id, published: r.published, seq: r.seq, kind: r.kind, actor: r.actor, target: r.target, date: r.date, cameo: null, goldstein: null,
      })),
      ...events.rows.map((r): ActKey => ({
        type: 'event', docId: r.doc_id, published: r.published, seq: r.seq, kind: r.kind, actor: r.actor, target: r.target, date: r.date, cameo: r.cameo, goldstein: Number(r.goldstein),
      })),
    ].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.type.localeCompare(b.type) || a.seq - b.seq);
  }

  async relationsAmong(ids: readonly string[]): Promise<GraphEdgeRow[]> {
    if (ids.length === 0) return [];
    const list = ids.slice(0, MAX_IDS);
    const rows = await this.db.selectFrom('relations')
      .select(['subject', 'predicate', 'object', (eb) => eb.fn.min('origin').as('origin'), (eb) => eb.fn.countAll<number>().as('count')])
      .where('subject', 'in', list).where('object', 'in', list)
      .groupBy(['subject', 'predicate', 'object']).execute();
    return rows.map((r) => ({ subject: r.subject, predicate: r.predicate, object: r.object, origin: String(r.origin), count: Number(r.count) }));
  }

  async placeActivity(placeIds: readonly string[], eventLimit: number): Promise<PlaceActivity> {
    const list = placeIds.slice(0, MAX_IDS);
    if (list.length === 0) {
      const all = await this.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return { documents: new Map(), events: [], unplaced: Number(all.n) };
    }
    const [docs, events, placed, all] = await Promise.all([
      this.db.selectFrom('entities').select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('entity_id', 'in', list).groupBy('entity_id').execute(),
      this.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.doc_id')
        .select(['e.doc_id', 'e.place', 'e.kind', 'e.date', 'e.text', 'e.start', 'e.end'])
        .where('e.place', 'in', list)
        .orderBy(sql`coalesce(d.published, '')`, 'desc').orderBy('e.doc_id').orderBy('e.seq').limit(eventLimit).execute(),
      this.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('place', 'in', list).executeTakeFirstOrThrow(),
      this.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      documents: new Map(docs.map((r) => [r.entity_id, Number(r.n)])),
      events: events.map((r) => ({ docId: r.doc_id, place: r.place ?? '', kind: r.kind, date: r.date, text: r.text, start: r.start, end: r.end })),
      unplaced: Number(all.n) - Number(placed.n),
    };
  }

  async documentStamp(id: string): Promise<{ analysedAt: number; ingestedAt: number; clusterId: string } | null> {
    const [r] = await this.stampQuery([id]);
    return r ? { analysedAt: Number(r.analysed_at), ingestedAt: Number(r.ingested_at), clusterId: r.cluster_id } : null;
  }

  async clusterById(clusterId: string): Promise<Array<{ docId: string; title: string | null; source: string | null; published: string | null }>> {
    const rows = await this.clusterQuery([clusterId]);
    return rows.map((r) => ({ docId: r.id, title: r.title, source: r.source, published: r.published }));
  }

  async storedDoc(id: string): Promise<StoredAnalysis | null> {
    // Everything but the raw input: the page never shows it, and it is often the largest column.
    const found = await this.db.selectFrom('documents')
      .select(['seq', 'id', 'name', 'origin', 'content_type', 'charset', 'format', 'text', 'title', 'published', 'author', 'source', 'source_id',
        'language', 'url', 'sentences', 'ingested_at', 'analysed_at', 'cluster_id', 'minhash'])
      .where('id', '=', id).executeTakeFirst();
    if (!found) return null;
    const row = { ...found, raw: new Uint8Array(0) };
    const [entities, mentions, quotes, statements, events, relations, warnings] = await Promise.all([
      this.db.selectFrom('entities').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('mentions').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('quotes').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('statements').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('events').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('relations').selectAll().where('doc_id', '=', id).execute(),
      this.db.selectFrom('warnings').selectAll().where('doc_id', '=', id).execute(),
    ]);
    return {
      doc: rowToDoc(row, rowsToAnnotations({ entities, mentions, quotes, statements, events, relations, warnings })),
      clusterId: row.cluster_id, ingestedAt: Number(row.ingested_at), analysedAt: Number(row.analysed_at),
    };
  }
}
