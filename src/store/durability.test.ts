/**
 * Crash safety of `vigil reanalyze` into SQLite (crash.test.ts covers
 * ingest). A real child process is killed with SIGKILL at random points of
 * the run, again and again; after each kill the file passes SQLite's
 * integrity and foreign-key checks, holds every document exactly once with
 * its search entry and near-duplicate buckets, and every analyst correction
 * is still there and still applied. A final uninterrupted run re-analyses
 * everything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { bandCount } from '../analyze/near-duplicates.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { openStore } from './store.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = 60;
const CORRECTED = [0, 7, 19, 33, 58];

/** Distinct short reports written for this test, from a seeded generator. */
function reports(): string[] {
  let s = 11;
  const next = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const who = ['the river police', 'a district council', 'the customs office', 'a relief agency', 'the port authority', 'a tribal elder'];
  const did = ['reported', 'denied', 'announced', 'warned of', 'confirmed', 'questioned'];
  const what = ['a new checkpoint', 'power cuts', 'a prisoner release', 'talks on water rights', 'a curfew', 'repairs to the dam'];
  return Array.from({ length: DOCS }, (_, i) => {
    const sentences = [`Bulletin ${i}.`];
    for (let k = 0; k < 12; k++) sentences.push(`On day ${next(28) + 1}, ${who[next(who.length)]} ${did[next(did.length)]} ${what[next(what.length)]} in area ${next(90)} (note ${i}-${k}).`);
    return sentences.join(' ') + '\n';
  });
}

const correctionEntity = (i: number) => ({ id: `analyst-entity-${i}`, type: 'organization' as const, name: `Analyst Entity ${i}`, inRegistry: false });

interface Snapshot { analysedAfter: number }

function countAnalysedSince(dbPath: string, since: number): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return (db.prepare('SELECT count(*) AS n FROM documents WHERE analysed_at >= ?').get(since) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Runs `vigil reanalyze`; when killAfter is set, SIGKILLs it once that many documents carry a new analysis. */
function runReanalyze(dbPath: string, killAfter: number | null): Promise<{ code: number | null; killed: boolean; stderr: string } & Snapshot> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'reanalyze', '--db', dbPath], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    let killed = false;
    const timer = killAfter === null ? null : setInterval(() => {
      if (countAnalysedSince(dbPath, started) >= killAfter) { killed = true; child.kill('SIGKILL'); }
    }, 5);
    child.on('error', reject);
    child.on('close', (code) => { if (timer) clearInterval(timer); resolve({ code, killed, stderr, analysedAfter: countAnalysedSince(dbPath, started) }); });
  });
}

async function checkStore(dbPath: string, ids: readonly string[]): Promise<void> {
  const db = new Database(dbPath, { readonly: true });
  try {
    assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const count = (q: string) => (db.prepare(q).get() as { n: number }).n;
    assert.equal(count('SELECT count(*) AS n FROM documents'), DOCS);
    assert.equal(count('SELECT count(DISTINCT id) AS n FROM documents'), DOCS);
    assert.equal(count('SELECT count(*) AS n FROM corrections'), CORRECTED.length);
    // Each document's search entry and buckets were replaced in the same transaction as its annotations.
    assert.equal(count('SELECT count(*) AS n FROM documents_fts_docsize'), DOCS);
    assert.equal(count('SELECT count(*) AS n FROM minhash_bands'), DOCS * bandCount);
    assert.equal(count('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts_docsize f WHERE f.id = d.seq)'), 0);
  } finally {
    db.close();
  }
  const store = await openStore({ sqlitePath: dbPath, databaseUrl: null });
  try {
    for (const i of CORRECTED) {
      const doc = await store.getDocument(ids[i]!);
      assert.ok(doc?.record.entities.some((e) => e.id === correctionEntity(i).id), `correction on document ${i} still applied`);
    }
  } finally {
    await store.close();
  }
}

test('reanalyze killed at random points leaves a sound store with every document and correction', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-durability-'));
  try {
    const dbPath = join(dir, 'vigil.sqlite');
    const knowledge = loadKnowledge();
    const store = await openStore({ sqlitePath: dbPath, databaseUrl: null });
    const ids: string[] = [];
    try {
      for (const [i, text] of reports().entries()) {
        const doc = analyzeInput({ name: `bulletin-${i}.txt`, bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: `bulletin-${i}.txt` }, knowledge);
        ids.push((await store.putDocument(doc)).id);
      }
      for (const i of CORRECTED) {
        await store.addCorrection({ docId: ids[i]!, target: 'entity', action: 'add', selector: {}, fields: correctionEntity(i), author: 'analyst' });
      }
    } finally {
      await store.close();
    }
    assert.equal(new Set(ids).size, DOCS);
    await checkStore(dbPath, ids);

    let kills = 0;
    let seed = 4242;
    for (let round = 0; round < 5; round++) {
      seed = (seed * 16807) % 2147483647;
      const run = await runReanalyze(dbPath, 1 + (seed % (DOCS - 2)));
      if (run.killed) kills++;
      else assert.equal(run.code, 0, `reanalyze ended on its own but failed: ${run.stderr}`);
      await checkStore(dbPath, ids);
    }
    assert.ok(kills >= 3, `most runs were killed mid-way (${kills} of 5)`);

    const final = await runReanalyze(dbPath, null);
    assert.equal(final.code, 0, final.stderr);
    assert.equal(final.analysedAfter, DOCS, 'the uninterrupted run re-analysed every document');
    await checkStore(dbPath, ids);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
