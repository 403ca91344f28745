/**
 * Crash safety of `vigil ingest` into SQLite: a child process is killed
 * (SIGKILL, no chance to clean up) at random points, again and again, while
 * it commits documents in batches. Every document it acknowledged must be
 * there after each kill, and whatever is there is whole: each stored
 * document has its search entry, its LSH buckets and its entities counted
 * (a batch is committed entirely or not at all). After a final
 * uninterrupted run every document is stored exactly once, and the file
 * passes SQLite's integrity check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { bandCount } from '../analyze/near-duplicates.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = 150;

/** Distinct plain-text articles written for this test, from a seeded generator. */
function writeCorpus(dir: string): void {
  let s = 7;
  const next = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const who = ['the northern brigade', 'a provincial council', 'the border guard', 'an aid convoy', 'the harbour authority', 'a militia spokesman'];
  const did = ['reported', 'denied', 'announced', 'warned of', 'confirmed', 'questioned'];
  const what = ['a new checkpoint', 'the fuel shortage', 'a prisoner exchange', 'talks on the dam', 'the night curfew', 'repairs to the bridge'];
  for (let i = 0; i < FILES; i++) {
    const sentences: string[] = [`Report number ${i}.`];
    for (let k = 0; k < 14; k++) {
      sentences.push(`On day ${next(28) + 1}, ${who[next(who.length)]} ${did[next(did.length)]} ${what[next(what.length)]} near district ${next(90)} (item ${i}-${k}).`);
    }
    const sub = join(dir, `batch-${i % 4}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `report-${String(i).padStart(3, '0')}.txt`), sentences.join(' ') + '\n');
  }
}

interface Run { acknowledged: string[]; code: number | null; killed: boolean }

function runIngest(corpus: string, db: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'ingest', corpus, '--db', db, '--format', 'ndjson'], {
      cwd: root, stdio: ['ignore', 'pipe', 'ignore'],
    });
    const acknowledged: string[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const rec = JSON.parse(line) as { status: string; id?: string };
        if (rec.status !== 'failed' && rec.id) acknowledged.push(rec.id);
      }
    });
    let killed = false;
    let timer: NodeJS.Timeout | null = null;
    // The clock starts at the first acknowledgement, so the kill lands mid-ingest rather than during start-up.
    const arm = () => {
      if (killAfterMs === null || timer) return;
      timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, killAfterMs);
    };
    child.stdout.once('data', arm);
    child.on('error', reject);
    child.on('close', (code) => { if (timer) clearTimeout(timer); resolve({ acknowledged, code, killed }); });
  });
}

function storedIds(dbPath: string): Set<string> {
  const db = new Database(dbPath, { readonly: true });
  try {
    return new Set((db.prepare('SELECT id FROM documents').all() as Array<{ id: string }>).map((r) => r.id));
  } finally {
    db.close();
  }
}

/** Whatever a killed run left is whole: no document without its side rows, no side rows without their document. */
function assertWhole(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  try {
    assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    const count = (q: string) => (db.prepare(q).get() as { n: number }).n;
    const docs = count('SELECT count(*) AS n FROM documents');
    assert.equal(count('SELECT count(*) AS n FROM documents_fts_docsize'), docs, 'one search entry per stored document');
    assert.equal(count('SELECT count(*) AS n FROM minhash_bands'), docs * bandCount, 'every band of every stored document');
    const kept = db.prepare('SELECT entity_id, documents FROM entity_stats ORDER BY entity_id').all();
    const counted = db.prepare('SELECT entity_id, count(DISTINCT doc_id) AS documents FROM entities GROUP BY entity_id ORDER BY entity_id').all();
    assert.deepEqual(kept, counted, 'entity counters match the stored entities');
  } finally {
    db.close();
  }
}

test('ingest killed at random points loses nothing acknowledged and ends with every document exactly once', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus);
    const dbPath = join(dir, 'db', 'vigil.sqlite');
    let kills = 0;
    let seed = 12345;
    for (let round = 0; round < 8; round++) {
      seed = (seed * 16807) % 2147483647;
      const run = await runIngest(corpus, dbPath, seed % 1200);
      if (!run.killed) break; // finished before the kill: nothing left to interrupt
      kills++;
      const stored = storedIds(dbPath);
      for (const id of run.acknowledged) assert.ok(stored.has(id), `acknowledged ${id} survives the kill`);
      assertWhole(dbPath);
    }
    assert.ok(kills >= 1, 'at least one run was killed mid-ingest');

    const final = await runIngest(corpus, dbPath, null);
    assert.equal(final.code, 0);
    assert.equal(final.acknowledged.length, FILES);
    assert.equal(new Set(final.acknowledged).size, FILES, 'every file is a distinct document');

    const db = new Database(dbPath, { readonly: true });
    try {
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      assert.deepEqual(db.pragma('foreign_key_check'), []);
      const count = (q: string) => (db.prepare(q).get() as { n: number }).n;
      assert.equal(count('SELECT count(*) AS n FROM documents'), FILES);
      assert.equal(count('SELECT count(DISTINCT id) AS n FROM documents'), FILES);
      assert.deepEqual(new Set((db.prepare('SELECT id FROM documents').all() as Array<{ id: string }>).map((r) => r.id)), new Set(final.acknowledged));
      // Each document's side rows were committed with it: one search entry, one bucket per band.
      assert.equal(count('SELECT count(*) AS n FROM documents_fts_docsize'), FILES);
      assert.equal(count('SELECT count(*) AS n FROM minhash_bands'), FILES * bandCount);
      assert.equal(count('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts_docsize f WHERE f.id = d.seq)'), 0);
      assertWhole(dbPath);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
