/**
 * For tests: the stores the same suite runs against. SQLite on a temporary
 * file always; PostgreSQL when one answers (VIGIL_TEST_DATABASE_URL,
 * DATABASE_URL or the local default), each run in a fresh schema that is
 * dropped afterwards so runs sharing the database never see each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PostgresBackend } from './postgres.js';
import { SqliteBackend } from './sqlite.js';
import { SqlStore } from './sql-store.js';

export interface TestStore {
  store: SqlStore;
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Null when this backend can run; else why it is skipped. */
  skip: string | null;
  open(): Promise<TestStore>;
}

export const testPostgresUrl =
  process.env['VIGIL_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<string | null> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `PostgreSQL not reachable at ${testPostgresUrl.replace(/\/\/[^@/]*@/, '//')} (${err instanceof Error ? err.message : String(err)}); PostgreSQL store tests skipped`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function testBackends(): Promise<TestBackend[]> {
  const pgSkip = await postgresReachable();
  return [
    {
      name: 'sqlite',
      skip: null,
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'vigil-store-'));
        const backend = await SqliteBackend.open(join(dir, 'test.sqlite'));
        return {
          store: new SqlStore(backend),
          async dispose() {
            await backend.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: 'postgres',
      skip: pgSkip,
      async open() {
        const schema = `vigil_test_${process.pid}_${randomBytes(4).toString('hex')}`;
        const backend = await PostgresBackend.open(testPostgresUrl, schema);
        return {
          store: new SqlStore(backend),
          async dispose() {
            try { await backend.dropSchema(); } finally { await backend.close(); }
          },
        };
      },
    },
  ];
}
