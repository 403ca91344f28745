/**
 * vigil backup / vigil restore on real SQLite files: a backup taken while
 * the store is open holds every committed document and correction; a
 * restore refuses anything that is not a sound, compatible Vigil database
 * and leaves the current one untouched when it does; a good restore keeps
 * the replaced file aside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { StoreError } from '../core/errors.js';
import { newDoc, type Doc } from '../core/types.js';
import { backupDatabase, checkVigilDatabase, knownMigrations, restoreDatabase } from './backup.js';
import { openStore, type Store } from './store.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function plainDoc(text: string): Doc {
  const doc = newDoc({ name: `${text.slice(0, 12)}.txt`, bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' });
  doc.decoded = text;
  doc.text = text;
  doc.id = createHash('sha256').update(text).digest('hex');
  doc.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  return doc;
}

async function seeded(path: string, texts: readonly string[]): Promise<{ store: Store; ids: string[] }> {
  const store = await openStore({ sqlitePath: path, databaseUrl: null });
  const ids: string[] = [];
  for (const t of texts) ids.push((await store.putDocument(plainDoc(t))).id);
  await store.addCorrection({ docId: ids[0]!, target: 'entity', action: 'add', selector: {}, fields: { id: 'river-patrol', type: 'organization', name: 'River Patrol', inRegistry: false }, author: 'analyst' });
  return { store, ids };
}

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const texts = ['The river patrol reported calm waters at dawn.', 'Council members met the water minister on Sunday.', 'A convoy crossed the northern bridge without incident.'];

test('a backup taken while the store is open holds every committed document and correction', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store, ids } = await seeded(db, texts);
  try {
    const result = await backupDatabase(db, join(dir, 'copy.sqlite'));
    assert.equal(result.documents, texts.length);
    assert.equal(result.corrections, 1);
    assert.deepEqual(result.pending, []);
    const copy = await openStore({ sqlitePath: result.path, databaseUrl: null });
    try {
      assert.equal(await copy.countDocuments(), texts.length);
      for (const id of ids) assert.ok(await copy.hasDocument(id));
      assert.equal((await copy.listCorrections(ids[0]!)).length, 1);
    } finally {
      await copy.close();
    }
    // No temporary file is left beside it.
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('partial')), []);
  } finally {
    await store.close();
  }
}));

test('backup refuses to overwrite a file unless asked, and to back up what is not a Vigil database', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store } = await seeded(db, texts);
  await store.close();
  const out = join(dir, 'out.sqlite');
  writeFileSync(out, 'precious');
  await assert.rejects(backupDatabase(db, out), (e: unknown) => e instanceof StoreError && /already exists/.test(e.message));
  assert.equal(readFileSync(out, 'utf8'), 'precious');
  await backupDatabase(db, out, { overwrite: true });
  assert.equal((await checkVigilDatabase(out)).documents, texts.length);
  await assert.rejects(backupDatabase(join(dir, 'absent.sqlite'), join(dir, 'x.sqlite')), /not found/);
  await assert.rejects(backupDatabase(db, db), /cannot be the database itself/);
}));

/** Files a restore must refuse, each with what the refusal says. */
const badBackups: Array<{ name: string; make: (path: string, good: string) => void; says: RegExp }> = [
  { name: 'a text file', make: (p) => writeFileSync(p, 'this is not a database\n'.repeat(200)), says: /not an SQLite database/ },
  { name: 'an empty file', make: (p) => writeFileSync(p, ''), says: /not a Vigil database/ },
  {
    name: 'an SQLite file from another program',
    make: (p) => { const d = new Database(p); d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)'); d.close(); },
    says: /not a Vigil database/,
  },
  {
    name: 'a Vigil database from a newer version',
    make: (p, good) => { copyFileSync(good, p); const d = new Database(p); d.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999-from-the-future', new Date().toISOString()); d.close(); },
    says: /newer Vigil/,
  },
  {
    name: 'a Vigil database with a damaged page',
    make: (p, good) => {
      copyFileSync(good, p);
      const bytes = readFileSync(p);
      const pageSize = bytes.readUInt16BE(16);
      // Scribble over the second page (a b-tree page) but keep the header, so SQLite opens the file and finds the damage.
      bytes.fill(0xa5, pageSize + 8, pageSize * 2);
      writeFileSync(p, bytes);
    },
    says: /integrity|malformed|not an SQLite/,
  },
];

for (const bad of badBackups) {
  test(`restore refuses ${bad.name} and leaves the current database as it was`, withDir(async (dir) => {
    const db = join(dir, 'vigil.sqlite');
    const { store, ids } = await seeded(db, texts);
    await store.close();
    const good = join(dir, 'good.sqlite');
    await backupDatabase(db, good);
    const candidate = join(dir, 'candidate.sqlite');
    bad.make(candidate, good);
    await assert.rejects(restoreDatabase(candidate, db), (e: unknown) => e instanceof StoreError && bad.says.test(e.message), bad.name);
    const after = await openStore({ sqlitePath: db, databaseUrl: null });
    try {
      assert.equal(await after.countDocuments(), texts.length);
      for (const id of ids) assert.ok(await after.hasDocument(id));
    } finally {
      await after.close();
    }
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('partial')), []);
  }));
}

test('restore replaces the store by the backup and keeps the replaced file aside', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store, ids } = await seeded(db, texts);
  await store.close();
  const backup = join(dir, 'monday.sqlite');
  await backupDatabase(db, backup);

  // Work after the backup: one more document, which the restore rolls back.
  const later = await openStore({ sqlitePath: db, databaseUrl: null });
  const extra = (await later.putDocument(plainDoc('A late report on the fuel depot arrived at noon.'))).id;
  await later.close();

  const result = await restoreDatabase(backup, db, { now: new Date('2024-06-01T10:20:30Z') });
  assert.equal(result.previous, `${db}.before-restore-20240601T102030Z`);
  assert.ok(existsSync(result.previous));
  const restored = await openStore({ sqlitePath: db, databaseUrl: null });
  try {
    assert.equal(await restored.countDocuments(), texts.length);
    assert.ok(!(await restored.hasDocument(extra)));
    for (const id of ids) assert.ok(await restored.hasDocument(id));
  } finally {
    await restored.close();
  }
  // The file kept aside is whole, late document included.
  const kept = await checkVigilDatabase(result.previous);
  assert.equal(kept.documents, texts.length + 1);
}));

test('restore into a path with no database yet creates it', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store } = await seeded(db, texts);
  await store.close();
  const backup = join(dir, 'b.sqlite');
  await backupDatabase(db, backup);
  const fresh = join(dir, 'fresh.sqlite');
  const result = await restoreDatabase(backup, fresh);
  assert.equal(result.previous, null);
  assert.equal((await checkVigilDatabase(fresh)).documents, texts.length);
}));

test('restore refuses while another process holds a write transaction on the store', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store } = await seeded(db, texts);
  await store.close();
  const backup = join(dir, 'b.sqlite');
  await backupDatabase(db, backup);
  const writer = new Database(db);
  try {
    writer.exec('BEGIN IMMEDIATE');
    await assert.rejects(restoreDatabase(backup, db), /in use by another process/);
  } finally {
    writer.exec('ROLLBACK');
    writer.close();
  }
  assert.ok(!readdirSync(dir).some((f) => f.includes('before-restore')));
}));

test('a database that ran only a prefix of the migrations is accepted, the rest named as pending', withDir(async (dir) => {
  const known = await knownMigrations();
  assert.ok(known.length >= 1);
  const db = join(dir, 'vigil.sqlite');
  const { store } = await seeded(db, texts);
  await store.close();
  assert.deepEqual((await checkVigilDatabase(db)).pending, []);
  const older = join(dir, 'older.sqlite');
  await backupDatabase(db, older);
  const d = new Database(older);
  d.prepare('DELETE FROM kysely_migration WHERE name = ?').run(known[known.length - 1]);
  d.close();
  const check = await checkVigilDatabase(older);
  assert.deepEqual(check.migrations, known.slice(0, -1));
  assert.deepEqual(check.pending, known.slice(-1));
}));

const cli = join(root, 'src/cli/main.ts');

test('vigil backup and vigil restore: one line on success, one line and exit 1 on a bad file', withDir(async (dir) => {
  const db = join(dir, 'vigil.sqlite');
  const { store } = await seeded(db, texts);
  await store.close();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env, encoding: 'utf8' });

  const out = join(dir, 'cli.sqlite');
  const b = run('backup', out, '--db', db);
  assert.equal(b.status, 0, b.stderr);
  assert.match(b.stderr, /backed up 3 documents and 1 corrections/);

  const junk = join(dir, 'junk.sqlite');
  writeFileSync(junk, 'not a database at all, just words '.repeat(100));
  const bad = run('restore', junk, '--db', db);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr.trim().split('\n').length, 1, 'one line');
  assert.match(bad.stderr, /^vigil: backup .* is not an SQLite database/);

  const good = run('restore', out, '--db', db);
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stderr, /restored 3 documents .* kept as .*before-restore-/);
}));
