/**
 * Starting the workbench from the command line: over an open store (which
 * holds the accounts too), loads the registry, creates the first admin, and listens.
 * `vigil serve` and `vigil demo` both come through here.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSanctionsList } from '../analyze/sanctions/snapshot.js';
import { describeError } from '../core/errors.js';
import { loadActorRegistry, type ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import { Accounts, ensureAdmin } from './accounts.js';
import { buildServer } from './server.js';

/** The repository root, from src/server (tsx) or dist/src/server (built). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export interface StartOptions {
  store: Store;
  host: string;
  port: number;
  webRoot?: string | null;
  log: (line: string) => void;
}

export async function startWorkbench(o: StartOptions): Promise<{ url: string; close(): Promise<void> }> {
  const admin = await ensureAdmin(new Accounts(o.store.accounts));
  let registry: ActorRegistry | null = null;
  try { registry = loadActorRegistry(); } catch (err) { o.log(`vigil: actor registry not loaded (${describeError(err)}); actor pages show document evidence only`); }
  let sanctions = null;
  try { sanctions = loadSanctionsList(); } catch (err) { o.log(`vigil: sanctions list not loaded (${describeError(err)})`); }
  const webRoot = o.webRoot ?? join(packageRoot(), 'web', 'dist');
  if (!existsSync(join(webRoot, 'index.html'))) o.log(`vigil: no web app at ${webRoot} (run npm run build); serving the API only`);
  const { app } = await buildServer({
    store: o.store, registry, sanctions, webRoot,
  });
  const address = await app.listen({ host: o.host, port: o.port });
  const url = address.replace('[::1]', 'localhost');
  if (admin) {
    o.log(admin.password
      ? `vigil: created the admin account. Log in as '${admin.name}' with password ${admin.password} (shown once; change it under Admin)`
      : `vigil: created the admin account '${admin.name}' with the password from VIGIL_ADMIN_PASSWORD`);
  }
  o.log(`vigil: workbench at ${url} (API docs at ${url}/api/docs); accounts in the store`);
  return { url, close: async () => { await app.close(); } };
}
