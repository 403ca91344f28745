/**
 * Backup and restore of the embedded SQLite store.
 *
 * A backup is taken with SQLite's online backup API, so ingest and workers
 * may keep writing meanwhile: the copy is one consistent snapshot. It is
 * written beside its destination under a temporary name, checked, and only
 * then renamed into place, so a crash never leaves a half-written file
 * under the name an operator will later restore from.
 *
 * A restore refuses anything that is not a sound Vigil database this
 * version can open: not SQLite, failing integrity_check, missing Vigil's
 * tables, or carrying migrations this version does not know (written by a
 * newer Vigil). The file it replaces is kept aside, never deleted.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, VigilError } from '../core/errors.js';
import { SqliteBackend } from './sqlite.js';

/** Tables every Vigil database has had since its first migration. */
const REQUIRED_TABLES = ['documents', 'corrections', 'jobs', 'kysely_migration'] as const;

export interface DatabaseCheck {
  /** Migrations recorded in the file, in the order they ran. */
  migrations: string[];
  documents: number;
  corrections: number;
  /** Migrations this version has that the file lacks; they run when the store next opens it. */
  pending: string[];
}

export interface BackupResult extends DatabaseCheck {
  path: string;
  bytes: number;
}

export interface RestoreResult extends DatabaseCheck {
  path: string;
  /** Where the replaced database now lies, or null when there was none. */
  previous: string | null;
}

let knownMigrationsCache: string[] | null = null;

/** The migrations this version of Vigil runs, read from a fresh in-memory store. */
export async function knownMigrations(): Promise<string[]> {
  if (knownMigrationsCache) return knownMigrationsCache;
  const fresh = await SqliteBackend.open(':memory:');
  try {
    knownMigrationsCache = (fresh.file.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    await fresh.close();
  }
  return knownMigrationsCache;
}

function openReadonly(path: string, role: string): Database.Database {
  if (!existsSync(path)) throw new StoreError(`${role} not found: ${path}`);
  if (!statSync(path).isFile()) throw new StoreError(`${role} is not a file: ${path}`);
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new StoreError(`cannot open ${role} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Checks that a file is a sound Vigil database this version can open.
 * Throws a StoreError saying what is wrong; returns what it found.
 */
export async function checkVigilDatabase(path: string, role = 'database'): Promise<DatabaseCheck> {
  const known = await knownMigrations();
  const db = openReadonly(path, role);
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    } catch (err) {
      // SQLITE_NOTADB and friends surface on the first read, not on open.
      throw new StoreError(`${role} ${path} is not an SQLite database (${(err as Error).message})`, { cause: err });
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new StoreError(`${role} ${path} fails SQLite's integrity check: ${integrity.slice(0, 3).join('; ')}`);
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new StoreError(`${role} ${path} is not a Vigil database (no ${missing.join(', ')} table)`);
    const migrations = (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length > 0) {
      throw new StoreError(`${role} ${path} was written by a newer Vigil (unknown migration ${unknown.join(', ')}); upgrade Vigil before restoring it`);
    }
    // Migrations run in name order, so a compatible file holds a prefix of ours.
    const prefix = known.slice(0, migrations.length);
    if (migrations.some((m, i) => m !== prefix[i])) {
      throw new StoreError(`${role} ${path} has an unexpected migration history (${migrations.join(', ')})`);
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { migrations, documents: count('documents'), corrections: count('corrections'), pending: known.slice(migrations.length) };
  } finally {
    db.close();
  }
}

/** Makes a rename durable: the directory entry is flushed too. */
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(p, { force: true });
}

/**
 * Copies the database at `sourcePath` into a temporary file beside `destination` and checks the copy;
 * returns the temporary path and what the check found.
 */
async function snapshotTo(sourcePath: string, role: string, destination: string): Promise<{ partial: string; check: DatabaseCheck }> {
  const partial = join(dirname(destination), `.${basename(destination)}.partial-${process.pid}`);
  removeQuietly(partial);
  const source = openReadonly(sourcePath, role);
  try {
    await source.backup(partial);
    // The copy keeps the source's journal mode; a backup file stands alone, so make it a rollback-journal file.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncFile(partial);
    return { partial, check: await checkVigilDatabase(partial, 'copy') };
  } catch (err) {
    removeQuietly(partial);
    if (err instanceof VigilError) throw err;
    throw new StoreError(`cannot write ${destination}: ${(err as Error).message}`, { cause: err });
  } finally {
    source.close();
  }
}

export interface BackupOptions {
  /** Replace `destination` if it exists. */
  overwrite?: boolean;
}

/** Writes a consistent copy of the SQLite store at `dbPath` to `destination`, while it may be in use. */
export async function backupDatabase(dbPath: string, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const target = resolve(destination);
  if (resolve(dbPath) === target) throw new StoreError('the backup file cannot be the database itself');
  if (existsSync(target) && !options.overwrite) throw new StoreError(`${target} already exists (pass --force to replace it)`);
  if (!existsSync(dirname(target))) throw new StoreError(`no such folder: ${dirname(target)}`);
  await checkVigilDatabase(dbPath, 'database');
  const { partial, check } = await snapshotTo(dbPath, 'database', target);
  renameSync(partial, target);
  syncDirectory(dirname(target));
  return { ...check, path: target, bytes: statSync(target).size };
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Folds the current database's write-ahead log into its main file and
 * closes it, so that the main file alone holds everything. Fails when
 * another process is writing: a restore under a running ingest or worker
 * would be lost to it.
 */
function quiesce(path: string): void {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new StoreError(`cannot open the current database ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    db.pragma('busy_timeout = 2000');
    try {
      db.exec('BEGIN IMMEDIATE; COMMIT');
    } catch (err) {
      throw new StoreError(`the database ${path} is in use by another process (stop vigil watch, worker and ingest first): ${(err as Error).message}`, { cause: err });
    }
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (result && result.busy !== 0) throw new StoreError(`the database ${path} is in use by another process (stop vigil watch, worker and ingest first)`);
  } finally {
    db.close();
  }
}

export interface RestoreOptions {
  /** For the name of the file kept aside; default now. */
  now?: Date;
}

/**
 * Replaces the SQLite store at `dbPath` by the backup at `backupPath`, after
 * checking the backup. The replaced database is renamed to
 * `<dbPath>.before-restore-<time>` and kept.
 */
export async function restoreDatabase(backupPath: string, dbPath: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const target = resolve(dbPath);
  if (resolve(backupPath) === target) throw new StoreError('the backup file is the database itself');
  await checkVigilDatabase(backupPath, 'backup');
  if (!existsSync(dirname(target))) throw new StoreError(`no such folder: ${dirname(target)}`);

  // Copy first: until the final rename the current database is untouched.
  const { partial, check } = await snapshotTo(backupPath, 'backup', target);

  let previous: string | null = null;
  try {
    if (existsSync(target)) {
      quiesce(target);
      previous = `${target}.before-restore-${stamp(options.now ?? new Date())}`;
      if (existsSync(previous)) throw new StoreError(`${previous} already exists; move it away and restore again`);
      renameSync(target, previous);
      // After a full checkpoint and close SQLite removes these; any left over belong to the old file.
      for (const side of ['-wal', '-shm']) if (existsSync(target + side)) renameSync(target + side, previous + side);
    }
    renameSync(partial, target);
    syncDirectory(dirname(target));
  } catch (err) {
    removeQuietly(partial);
    throw err;
  }
  return { ...check, path: target, previous };
}
