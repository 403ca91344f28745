/**
 * The one storage interface. SQLite (embedded default) and PostgreSQL (teams,
 * selected by DATABASE_URL) both sit behind it; callers never know which.
 *
 * Everything is async because PostgreSQL is; the SQLite side answers at once.
 */
import { resolve } from 'node:path';
import { StoreError } from '../core/errors.js';
import type { AnalysisRecord } from '../core/record.js';
import type { Doc, DocumentMeta, RawInput, Span, StatementKind } from '../core/types.js';
import type { Citation } from '../analyze/citation.js';
import type { AccountTables } from './account-tables.js';
import type { AlertSummary } from './alert-summary.js';
import type { WorkbenchQueries } from './workbench-queries.js';
import type { TranslationRecord } from '../translate/translator.js';

/* ------------------------------------------------------------------ documents */

export interface PutResult {
  id: string;
  /** False when a document with this id was already stored: nothing changed. */
  created: boolean;
  /** The near-duplicate cluster the document joined (its own id when it is the first of its kind). */
  clusterId: string;
}

/** A stored document: its raw input, where it came from, and its analysis. */
export interface StoredDocument {
  id: string;
  input: RawInput;
  meta: DocumentMeta;
  charset: string | null;
  format: 'html' | 'text';
  text: string;
  clusterId: string;
  /** Epoch milliseconds. */
  ingestedAt: number;
  analysedAt: number;
  /** The analysis as `vigil analyze` would print it, with analyst corrections applied. */
  record: AnalysisRecord;
}

export interface ReanalysisResult {
  /** Corrections whose annotation the new analysis no longer produces; kept, but they changed nothing. */
  staleCorrections: Correction[];
}

/* ---------------------------------------------------------------- corrections */

/** Which kind of annotation a correction touches. */
export type CorrectionTarget = 'entity' | 'mention' | 'quote' | 'statement' | 'event' | 'relation';

/**
 * What an analyst changed:
 * - remove: the annotation selected by `selector` is wrong; drop it.
 * - set: overwrite some fields of the selected annotation (e.g. kind, actor, speaker).
 * - add: an annotation the rules missed (`fields` holds it whole, spans included).
 */
export type CorrectionAction = 'remove' | 'set' | 'add';

/**
 * Picks out one annotation in a way that survives re-analysis: by its span
 * (and for entities, by id), never by its position in a list.
 */
export interface CorrectionSelector {
  start?: number;
  end?: number;
  /** Entity id, for entity targets; also narrows mentions. */
  entityId?: string;
  /** Statement or event kind, when two annotations share a span. */
  kind?: string;
}

export interface NewCorrection {
  docId: string;
  target: CorrectionTarget;
  action: CorrectionAction;
  selector: CorrectionSelector;
  /** Fields to set (action set) or the whole annotation (action add). */
  fields: Record<string, unknown>;
  author: string;
  note?: string | null;
}

export interface Correction extends NewCorrection {
  id: number;
  /** Epoch milliseconds. */
  createdAt: number;
  note: string | null;
}

/* --------------------------------------------------------------------- search */

/** The filters the inbox and search share: documents naming an actor, holding a kind of statement, from an outlet, in a language, in a period. */
export interface CorpusFilter {
  /** Entity id mentioned in the document or making one of its statements (for quotes: the speaker). */
  actor?: string | null;
  /** The document holds a statement of this kind. */
  kind?: StatementKind | null;
  /** Outlet: source registry id or outlet name, case-insensitive. */
  outlet?: string | null;
  /** ISO 639-1 language. */
  language?: string | null;
  /** Published on or after / on or before (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string | null;
  until?: string | null;
}

export interface SearchQuery extends CorpusFilter {
  /** Free text; words must all match; "quoted phrases" match as phrases. */
  text: string;
  /** Search whole documents (default) or only quotations. */
  in?: 'documents' | 'quotes';
  limit?: number;
}

export interface SearchHit {
  docId: string;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  clusterId: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** A short excerpt with matches wrapped in the highlight marks. */
  snippet: string;
  /** For quote hits: the quotation's span and speaker. */
  quote: { span: Span; speaker: string | null } | null;
}

/** Marks around matched words in snippets. */
export const highlightOpen = '«';
export const highlightClose = '»';

/* ------------------------------------------------------------------- clusters */

export interface ClusterMember {
  docId: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

/* ---------------------------------------------------------------------- queue */

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  dedupeKey: string | null;
  state: JobState;
  /** How many times the job has been claimed, this claim included. */
  attempts: number;
  /** Epoch milliseconds. */
  runAfter: number;
  lockedBy: string | null;
  leaseUntil: number | null;
  lastError: string | null;
}

export interface EnqueueOptions {
  /**
   * While a job with this key is queued or running, enqueueing another one is
   * a no-op (returns null). Once it is done or failed the key is free again.
   */
  dedupeKey?: string | null;
  /** Not before this time (epoch ms or Date); default now. */
  runAfter?: number | Date | null;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

/* --------------------------------------------------------------------- alerts */

/** An alert as the inbox keeps it (raised by the rules in src/watch/alerts.ts). */
export interface NewAlert {
  /** Derived from the rule and what triggered it: saving the same alert twice keeps one. */
  id: string;
  rule: string;
  title: string;
  /** The period or date the alert is about. */
  date: string | null;
  actor: string | null;
  target: string | null;
  citations: Citation[];
  /** Epoch milliseconds. */
  raisedAt: number;
}

export interface InboxAlert extends NewAlert {
  read: boolean;
  /** Epoch milliseconds, null while unread. */
  readAt: number | null;
}

export interface AlertFilter {
  rule?: string | null;
  /** Alerts whose actor or target is this entity. */
  actor?: string | null;
  /** true: unread only; false: read only; absent: both. */
  unread?: boolean | null;
  /** Raised at or after (epoch ms). */
  since?: number | null;
  /** Newest first; default 100, at most 1000. */
  limit?: number;
  /** Keyset paging: the last alert of the previous page. */
  before?: { raisedAt: number; id: string } | null;
}

/** A stored translation: the record of src/translate plus the translated title, if the document has one. */
export interface StoredTranslation extends TranslationRecord {
  title: string | null;
}

/* ---------------------------------------------------------------------- store */

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** The workbench's paged, indexed reads (inbox, actor pages, graph, map, the stored document whole). */
  readonly workbench: WorkbenchQueries;
  /** Workbench accounts, sessions, API tokens, audit log and proposed aliases. */
  readonly accounts: AccountTables;

  /**
   * Stores a document, its raw input and its whole analysis in one
   * transaction; the document is either wholly there or absent. Storing a
   * document whose id is already present changes nothing.
   */
  putDocument(doc: Doc): Promise<PutResult>;
  /** Bulk path: many documents in one transaction (imports, benchmarks); same result as one by one. */
  putDocuments(docs: readonly Doc[]): Promise<PutResult[]>;
  hasDocument(id: string): Promise<boolean>;
  /** The input as it arrived, for re-analysis. */
  getRawInput(id: string): Promise<RawInput | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  countDocuments(): Promise<number>;
  /** Ids in a stable order, a page at a time (keyset: pass the last id seen). */
  listDocumentIds(after: string | null, limit: number): Promise<string[]>;
  /**
   * Replaces the analysis of a stored document (re-analysis) in one
   * transaction, keeping its id, raw input, ingest time and corrections.
   */
  replaceAnalysis(id: string, doc: Doc): Promise<ReanalysisResult>;

  addCorrection(correction: NewCorrection): Promise<Correction>;
  listCorrections(docId: string): Promise<Correction[]>;

  /**
   * Keeps a translation beside the document (the original is never touched).
   * A newer translation into the same language by the same provider replaces
   * the older one. Throws StoreError when the document is not stored.
   */
  putTranslation(docId: string, translation: Omit<StoredTranslation, 'docId'>): Promise<StoredTranslation>;
  /** The document's translations, by target language then provider. */
  translations(docId: string): Promise<StoredTranslation[]>;

  search(query: SearchQuery): Promise<SearchHit[]>;

  /** Documents in the same near-duplicate cluster as this one (itself included), oldest first. */
  clusterMembers(docId: string): Promise<ClusterMember[]>;

  /** Adds a job; returns its id, or null when a live job already holds the dedupe key. */
  enqueue(kind: string, payload: unknown, options?: EnqueueOptions): Promise<number | null>;
  /**
   * Takes the oldest due job of one of these kinds, for leaseSeconds. A job
   * whose lease ran out (its worker died) is due again. Safe across processes
   * and machines: two workers never hold one job at once.
   */
  claim(workerId: string, kinds: readonly string[], leaseSeconds: number): Promise<Job | null>;
  /** Keeps a long job: extends the lease if this worker still holds it. */
  extendLease(jobId: number, workerId: string, leaseSeconds: number): Promise<boolean>;
  complete(jobId: number): Promise<void>;
  /** Records the error; retryAt re-queues the job for then, null gives up (state failed). */
  fail(jobId: number, error: string, retryAt: number | Date | null): Promise<void>;
  getJob(jobId: number): Promise<Job | null>;
  queueCounts(): Promise<QueueCounts>;

  /** Stores an alert; false (and nothing changed) when one with its id is already there. */
  saveAlert(alert: NewAlert): Promise<boolean>;
  hasAlert(id: string): Promise<boolean>;
  listAlerts(filter?: AlertFilter): Promise<InboxAlert[]>;
  /** Marks alerts read (or unread again); returns how many changed. */
  markRead(ids: readonly string[], read?: boolean): Promise<number>;
  /** Counts: all alerts and unread, those the filter picks (paging aside), and per rule and per actor. */
  alertSummary(filter?: AlertFilter): Promise<AlertSummary>;

  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://... ; default process.env.DATABASE_URL. */
  databaseUrl?: string | null;
  /** SQLite file; default process.env.VIGIL_DB or ./.vigil/vigil.sqlite. */
  sqlitePath?: string | null;
  /** PostgreSQL schema to use (created if absent); default public. Tests use a fresh one. */
  pgSchema?: string | null;
}

export const defaultSqlitePath = './.vigil/vigil.sqlite';

/** Where the store lives, as a person would say it (for log lines). */
export function describeStoreLocation(options: StoreOptions = {}): string {
  const url = options.databaseUrl ?? process.env['DATABASE_URL'] ?? null;
  if (url) return `PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//')}`;
  return `SQLite ${resolve(options.sqlitePath ?? process.env['VIGIL_DB'] ?? defaultSqlitePath)}`;
}

/**
 * Opens the store: PostgreSQL when a database URL is given (or DATABASE_URL
 * is set), else the SQLite file. Migrations run on open.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl ?? process.env['DATABASE_URL'] ?? null;
  const { SqlStore } = await import('./sql-store.js');
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new StoreError('DATABASE_URL must start with postgres:// or postgresql://');
    const { PostgresBackend } = await import('./postgres.js');
    return new SqlStore(await PostgresBackend.open(url, options.pgSchema ?? null));
  }
  const { SqliteBackend } = await import('./sqlite.js');
  return new SqlStore(await SqliteBackend.open(options.sqlitePath ?? process.env['VIGIL_DB'] ?? defaultSqlitePath));
}
