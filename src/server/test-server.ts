/**
 * A workbench over a real SQLite store in a temporary folder, holding the
 * fixture documents, with one account per role (kept in the store). For the
 * API and browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawInput } from '../core/types.js';
import { loadActorRegistry } from '../resolve/registry.js';
import { openStore, type Store } from '../store/store.js';
import { Accounts, type Role } from './accounts.js';
import { buildServer, type Server, type ServerDeps } from './server.js';
import { fixtureDocs } from './test-fixtures.js';

export const passwords: Record<Role, string> = { viewer: 'viewer-pass-1234', analyst: 'analyst-pass-1234', admin: 'admin-pass-1234' };

export interface TestWorkbench extends Server {
  store: Store;
  /** The fixtures' own "rules" (for re-analysis tests): analysing a fixture input gives the fixture document again. */
  analyze: (input: RawInput) => ReturnType<typeof fixtureDocs>[number];
  close(): Promise<void>;
}

export async function testWorkbench(options: Partial<ServerDeps> = {}): Promise<TestWorkbench> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-server-'));
  const store = await openStore({ sqlitePath: join(dir, 'store.sqlite'), databaseUrl: '' });
  await store.putDocuments(fixtureDocs());
  const accounts = new Accounts(store.accounts);
  for (const role of ['viewer', 'analyst', 'admin'] as const) await accounts.create(role, role, passwords[role]);
  const analyze = (input: RawInput) => {
    const doc = fixtureDocs().find((d) => d.input.name === input.name);
    if (!doc) throw new Error(`no fixture named ${input.name}`);
    return doc;
  };
  const server = await buildServer({ store, registry: loadActorRegistry(), ...options });
  return {
    ...server, store, analyze,
    async close() {
      await server.app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
