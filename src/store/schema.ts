/**
 * The tables as Kysely sees them. Times are epoch milliseconds (BIGINT in
 * PostgreSQL, INTEGER in SQLite) so both dialects compare them the same way.
 */
import type { Generated } from 'kysely';
import type { AccountSchema } from './account-tables.js';

export interface DocumentsTable {
  /** Integer key for the full-text index rows (SQLite rowid alias, PG bigserial). */
  seq: Generated<number>;
  id: string;
  name: string;
  origin: string;
  content_type: string | null;
  raw: Uint8Array;
  charset: string | null;
  format: 'html' | 'text';
  text: string;
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  source_id: string | null;
  language: string | null;
  url: string | null;
  /** JSON array of sentence spans ({start,end,index,paragraph}). */
  sentences: string;
  ingested_at: number;
  analysed_at: number;
  cluster_id: string;
  /** MinHash signature, little-endian uint32s; empty when the text is too short to shingle. */
  minhash: Uint8Array;
}

interface Annotated {
  doc_id: string;
  seq: number;
  rule: string;
  confidence: number;
}

export interface EntitiesTable {
  doc_id: string;
  /** The document's seq, for "documents naming this entity" in arrival order (migration 0008). */
  doc_seq: number;
  seq: number;
  entity_id: string;
  type: string;
  name: string;
  in_registry: number;
}

export interface MentionsTable extends Annotated {
  entity_id: string;
  start: number;
  end: number;
  text: string;
}

export interface QuotesTable extends Annotated {
  /** Integer key for the quotation full-text rows. */
  id: Generated<number>;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  cue_start: number | null;
  cue_end: number | null;
  sentence: number;
}

export interface StatementsTable extends Annotated {
  /** The document's seq, for "documents holding a statement of this kind" in arrival order (migration 0009). */
  doc_seq: number;
  kind: string;
  actor: string | null;
  target: string | null;
  date: string | null;
  text: string;
  start: number;
  end: number;
  means: string | null;
  condition: string | null;
  deadline: string | null;
  quote: number | null;
  sentence: number;
}

export interface EventsTable extends Annotated {
  kind: string;
  actor: string | null;
  target: string | null;
  date: string | null;
  place: string | null;
  cameo: string;
  goldstein: number;
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface RelationsTable extends Annotated {
  subject: string;
  predicate: string;
  object: string;
  text: string;
  start: number | null;
  end: number | null;
  origin: string;
}

export interface WarningsTable {
  doc_id: string;
  seq: number;
  stage: string;
  message: string;
  start: number | null;
  end: number | null;
}

export interface CorrectionsTable {
  id: Generated<number>;
  doc_id: string;
  target: string;
  action: string;
  /** JSON CorrectionSelector. */
  selector: string;
  /** JSON object. */
  fields: string;
  author: string;
  note: string | null;
  created_at: number;
}

/** LSH buckets: (band << 32 | band hash). Lookup is by key, never over all pairs. */
export interface MinhashBandsTable {
  bucket: number;
  doc_id: string;
}

/** A merge of two near-duplicate clusters: `from_cluster` now lives under `into_cluster` (path-compressed). */
export interface ClusterMergesTable {
  from_cluster: string;
  into_cluster: string;
  /** The document whose arrival bridged the clusters. */
  doc_id: string;
  merged_at: number;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON. */
  payload: string;
  dedupe_key: string | null;
  state: string;
  attempts: number;
  run_after: number;
  locked_by: string | null;
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

/** The alert inbox: one row per raised alert; the id is derived from rule and trigger, so raising twice is one row. */
export interface AlertsTable {
  id: string;
  rule: string;
  title: string;
  date: string | null;
  actor: string | null;
  target: string | null;
  /** JSON Citation[]. */
  citations: string;
  raised_at: number;
  read_at: number | null;
}

/** Per entity: documents naming it and the least type and name they gave (migration 0006; kept on write). */
export interface EntityStatsTable {
  entity_id: string;
  type: string;
  name: string;
  documents: number;
}

/** A translation beside its document (migration 0011); one per document, target language and provider. */
export interface TranslationsTable {
  doc_id: string;
  lang_to: string;
  provider: string;
  kind: string;
  lang_from: string;
  title: string | null;
  text: string;
  created_at: number;
}

export interface Database extends AccountSchema {
  documents: DocumentsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  statements: StatementsTable;
  events: EventsTable;
  relations: RelationsTable;
  warnings: WarningsTable;
  corrections: CorrectionsTable;
  minhash_bands: MinhashBandsTable;
  cluster_merges: ClusterMergesTable;
  jobs: JobsTable;
  alerts: AlertsTable;
  entity_stats: EntityStatsTable;
  translations: TranslationsTable;
}

export type Dialect = 'sqlite' | 'postgres';
