/**
 * Versioned migrations, run by Kysely's Migrator for both dialects. A
 * migration never changes once released; a schema change is a new entry.
 * Full-text indexing differs by dialect (FTS5 tables vs a tsvector column),
 * everything else is written once with the schema builder.
 */
import { Migrator, sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from '../core/errors.js';
import type { Dialect } from './schema.js';
import { workbenchMigration } from './migration-workbench.js';
import { clustersMigration } from './migration-clusters.js';
import { searchMigration } from './migration-search.js';
import { entityStatsMigration } from './migration-entity-stats.js';
import { writeIndexesMigration } from './migration-write-indexes.js';
import { entitySeqMigration } from './migration-entity-seq.js';
import { appendIndexesMigration } from './migration-append-indexes.js';
import { documentStampMigration } from './migration-document-stamp.js';
import { translationsMigration } from './migration-translations.js';

// The schema builder is untyped on purpose: migrations describe past shapes.
type AnyDb = Kysely<unknown>;

function bigint(dialect: Dialect): 'bigint' | 'integer' {
  return dialect === 'postgres' ? 'bigint' : 'integer';
}

function initial(dialect: Dialect): Migration {
  const int8 = bigint(dialect);
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    async up(db: AnyDb) {
      let documents = db.schema.createTable('documents');
      documents = dialect === 'postgres'
        ? documents.addColumn('seq', 'bigserial', (c) => c.unique().notNull())
        : documents.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
      documents = documents
        .addColumn('id', 'text', (c) => (dialect === 'postgres' ? c.primaryKey() : c.notNull().unique()))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text')
        .addColumn('raw', blob, (c) => c.notNull())
        .addColumn('charset', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('author', 'text')
        .addColumn('source', 'text')
        .addColumn('source_id', 'text')
        .addColumn('language', 'text')
        .addColumn('url', 'text')
        .addColumn('sentences', 'text', (c) => c.notNull())
        .addColumn('ingested_at', int8, (c) => c.notNull())
        .addColumn('analysed_at', int8, (c) => c.notNull())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('minhash', blob, (c) => c.notNull());
      if (dialect === 'postgres') documents = documents.addColumn('search', sql`tsvector`);
      await documents.execute();
      await db.schema.createIndex('documents_cluster').on('documents').columns(['cluster_id', 'ingested_at']).execute();
      await db.schema.createIndex('documents_published').on('documents').column('published').execute();
      await db.schema.createIndex('documents_source').on('documents').columns(['source_id', 'source']).execute();

      const fk = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
        c.notNull().references('documents.id').onDelete('cascade');

      await db.schema.createTable('entities')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('in_registry', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entities_pk', ['doc_id', 'seq'])
        .execute();
      await db.schema.createIndex('entities_entity').on('entities').columns(['entity_id', 'doc_id']).execute();

      await db.schema.createTable('mentions')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', real, (c) => c.notNull())
        .addPrimaryKeyConstraint('mentions_pk', ['doc_id', 'seq'])
        .execute();

      let quotes = db.schema.createTable('quotes');
      quotes = dialect === 'postgres'
        ? quotes.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : quotes.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      quotes = quotes
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('cue_start', 'integer')
        .addColumn('cue_end', 'integer')
        .addColumn('sentence', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', real, (c) => c.notNull())
        .addUniqueConstraint('quotes_doc_seq', ['doc_id', 'seq']);
      if (dialect === 'postgres') quotes = quotes.addColumn('search', sql`tsvector`);
      await quotes.execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').columns(['speaker', 'doc_id']).execute();

      await db.schema.createTable('statements')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('target', 'text')
        .addColumn('date', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('means', 'text')
        .addColumn('condition', 'text')
        .addColumn('deadline', 'text')
        .addColumn('quote', 'integer')
        .addColumn('sentence', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', real, (c) => c.notNull())
        .addPrimaryKeyConstraint('statements_pk', ['doc_id', 'seq'])
        .execute();
      await db.schema.createIndex('statements_kind').on('statements').columns(['kind', 'doc_id']).execute();
      await db.schema.createIndex('statements_actor').on('statements').columns(['actor', 'kind']).execute();

      await db.schema.createTable('events')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('target', 'text')
        .addColumn('date', 'text')
        .addColumn('place', 'text')
        .addColumn('cameo', 'text', (c) => c.notNull())
        .addColumn('goldstein', real, (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('sentence', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', real, (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['doc_id', 'seq'])
        .execute();
      await db.schema.createIndex('events_actor').on('events').columns(['actor', 'kind']).execute();

      await db.schema.createTable('relations')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('predicate', 'text', (c) => c.notNull())
        .addColumn('object', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('start', 'integer')
        .addColumn('end', 'integer')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', real, (c) => c.notNull())
        .addPrimaryKeyConstraint('relations_pk', ['doc_id', 'seq'])
        .execute();
      await db.schema.createIndex('relations_subject').on('relations').columns(['subject', 'predicate']).execute();

      await db.schema.createTable('warnings')
        .addColumn('doc_id', 'text', fk)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('start', 'integer')
        .addColumn('end', 'integer')
        .addPrimaryKeyConstraint('warnings_pk', ['doc_id', 'seq'])
        .execute();

      // Corrections outlive re-analysis, so they are not cascaded from annotations, only from the document.
      let corrections = db.schema.createTable('corrections');
      corrections = dialect === 'postgres'
        ? corrections.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : corrections.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await corrections
        .addColumn('doc_id', 'text', fk)
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('selector', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', int8, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('corrections_doc').on('corrections').columns(['doc_id', 'id']).execute();

      await db.schema.createTable('minhash_bands')
        .addColumn('bucket', int8, (c) => c.notNull())
        .addColumn('doc_id', 'text', fk)
        .execute();
      await db.schema.createIndex('minhash_bands_bucket').on('minhash_bands').columns(['bucket', 'doc_id']).execute();
      await db.schema.createIndex('minhash_bands_doc').on('minhash_bands').column('doc_id').execute();

      let jobs = db.schema.createTable('jobs');
      jobs = dialect === 'postgres'
        ? jobs.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : jobs.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await jobs
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('run_after', int8, (c) => c.notNull())
        .addColumn('locked_by', 'text')
        .addColumn('lease_until', int8)
        .addColumn('last_error', 'text')
        .addColumn('created_at', int8, (c) => c.notNull())
        .addColumn('updated_at', int8, (c) => c.notNull())
        .execute();
      // Claim order: due queued jobs by time; running jobs by lease expiry.
      await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'kind', 'run_after']).execute();
      await db.schema.createIndex('jobs_lease').on('jobs').columns(['state', 'lease_until']).execute();
      // One live job per dedupe key; finished jobs free the key.
      await sql`CREATE UNIQUE INDEX jobs_dedupe ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running')`.execute(db);

      if (dialect === 'postgres') {
        await sql`CREATE INDEX documents_search ON documents USING gin (search)`.execute(db);
        await sql`CREATE INDEX quotes_search ON quotes USING gin (search)`.execute(db);
      } else {
        // Contentless: the folded text lives only in the index; snippets come from documents.text.
        await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
        await sql`CREATE VIRTUAL TABLE quotes_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
      }
    },
  };
}

/** The alert inbox, read by the workbench; filtered by rule, actor and read state, newest first. */
function alerts(dialect: Dialect): Migration {
  const int8 = bigint(dialect);
  return {
    async up(db: AnyDb) {
      await db.schema.createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('actor', 'text')
        .addColumn('target', 'text')
        .addColumn('citations', 'text', (c) => c.notNull())
        .addColumn('raised_at', int8, (c) => c.notNull())
        .addColumn('read_at', int8)
        .execute();
      await db.schema.createIndex('alerts_raised').on('alerts').columns(['raised_at', 'id']).execute();
      await db.schema.createIndex('alerts_actor').on('alerts').columns(['actor', 'raised_at']).execute();
      await db.schema.createIndex('alerts_rule').on('alerts').columns(['rule', 'raised_at']).execute();
    },
  };
}

function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-alerts': alerts(dialect),
    '0003-workbench': workbenchMigration(dialect),
    '0004-clusters': clustersMigration(dialect),
    '0005-search-filters': searchMigration(dialect),
    '0006-entity-stats': entityStatsMigration(dialect),
    '0007-write-indexes': writeIndexesMigration(dialect),
    '0008-entity-seq': entitySeqMigration(dialect),
    '0009-append-indexes': appendIndexesMigration(dialect),
    '0010-document-stamp': documentStampMigration(),
    '0011-translations': translationsMigration(dialect),
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrationsFor(this.dialect);
  }
}

/** Brings the database to the latest schema; fails with a StoreError naming the migration. */
export async function migrate(db: Kysely<unknown>, dialect: Dialect, schema: string | null = null): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
