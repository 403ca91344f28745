/**
 * Migration 0003: what the workbench needs from the store. Indexes so that
 * the inbox, actor pages, graph and map are answered by indexed queries
 * instead of reading the corpus, and the account tables (users, sessions,
 * API tokens, audit log, proposed aliases), so that a team on PostgreSQL
 * shares its accounts the way it shares its documents.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema.js';

type AnyDb = Kysely<unknown>;

export function workbenchMigration(dialect: Dialect): Migration {
  const int8 = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: AnyDb) {
      // Actor lookups by id that need the type or spelling without visiting the table rows.
      await db.schema.createIndex('entities_entity_type').on('entities').columns(['entity_id', 'type', 'doc_id']).execute();
      await db.schema.createIndex('mentions_entity').on('mentions').columns(['entity_id', 'text']).execute();
      // "Acts against the actor" on the actor page's timeline.
      await db.schema.createIndex('statements_target').on('statements').column('target').execute();
      await db.schema.createIndex('events_target').on('events').column('target').execute();
      await db.schema.createIndex('events_place').on('events').column('place').execute();
      await db.schema.createIndex('relations_object').on('relations').columns(['object', 'predicate']).execute();
      await db.schema.createIndex('documents_language').on('documents').column('language').execute();
      // A document's list-and-join columns, so pages that show titles and dates never read a row
      // (in SQLite that means walking the raw input's and text's overflow pages to reach them).
      await db.schema.createIndex('documents_card').on('documents')
        .columns(['id', 'published', 'source', 'source_id', 'language', 'cluster_id', 'title']).execute();

      const id = (t: ReturnType<AnyDb['schema']['createTable']>) => (dialect === 'postgres'
        ? t.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()));

      await id(db.schema.createTable('users'))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('viewer', 'analyst', 'admin')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', int8, (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema.createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', int8, (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('expires_at', int8, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();

      await id(db.schema.createTable('api_tokens'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', int8, (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', int8, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').columns(['user_id', 'id']).execute();

      await id(db.schema.createTable('audit'))
        .addColumn('at', int8, (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('proposed_aliases'))
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', int8, (c) => c.notNull())
        .addUniqueConstraint('proposed_aliases_actor_alias', ['actor_id', 'alias'])
        .execute();
    },
  };
}
