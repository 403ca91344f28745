import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../store/store.js';
import { Accounts, identityCacheMs } from './accounts.js';

describe('remembered sessions and tokens', () => {
  let dir: string;
  let store: Store;
  let clock = 1_000_000;
  // The server's accounts (with a clock the test moves) and another process's on the same store.
  let server: Accounts;
  let elsewhere: Accounts;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-accounts-'));
    store = await openStore({ sqlitePath: join(dir, 'store.sqlite'), databaseUrl: '' });
    server = new Accounts(store.accounts, 12 * 3600_000, () => clock);
    elsewhere = new Accounts(store.accounts);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a token revoked here stops working at once', async () => {
    const u = await server.create('reader-one', 'viewer', 'reader-one-password');
    const t = await server.createToken(u.id, 'script');
    assert.equal((await server.tokenUser(t.token))?.name, 'reader-one');
    assert.ok(await server.revokeToken(u.id, t.id));
    assert.equal(await server.tokenUser(t.token), null);
  });

  it('a token revoked by another process stops working within the cache time', async () => {
    const u = await server.create('reader-two', 'viewer', 'reader-two-password');
    const t = await server.createToken(u.id, 'script');
    assert.equal((await server.tokenUser(t.token))?.name, 'reader-two');
    assert.ok(await elsewhere.revokeToken(u.id, t.id));
    clock += identityCacheMs + 1;
    assert.equal(await server.tokenUser(t.token), null);
  });

  it('a role changed here applies to the next request; an account disabled elsewhere loses its session within the cache time', async () => {
    const u = await server.create('reader-three', 'viewer', 'reader-three-password');
    const t = await server.createToken(u.id, 'script');
    const s = await server.startSession(u.id);
    assert.equal((await server.tokenUser(t.token))?.role, 'viewer');
    assert.equal((await server.session(s.token))?.user.role, 'viewer');
    await server.update(u.id, { role: 'analyst' });
    assert.equal((await server.tokenUser(t.token))?.role, 'analyst');
    assert.equal((await server.session(s.token))?.user.role, 'analyst');

    await elsewhere.update(u.id, { disabled: true });
    clock += identityCacheMs + 1;
    assert.equal(await server.session(s.token), null);
    assert.equal(await server.tokenUser(t.token), null);
  });

  it('a remembered session still ends when it expires, and logging out ends it at once', async () => {
    const u = await server.create('reader-four', 'viewer', 'reader-four-password');
    const short = new Accounts(store.accounts, 1000, () => clock);
    const s = await short.startSession(u.id);
    clock += 500;
    assert.ok(await short.session(s.token));
    // Past the session's end though still within the cache time of the last lookup.
    clock += 600;
    assert.equal(await short.session(s.token), null);

    const other = await server.startSession(u.id);
    assert.ok(await server.session(other.token));
    await server.endSession(other.token);
    assert.equal(await server.session(other.token), null);
  });
});
