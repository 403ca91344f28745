/**
 * Batched ingestion: documents are committed together, each outcome is
 * reported only once its document is committed (so a reported document
 * survives a crash), outcomes keep the input order, a slow trickle of inputs
 * is committed by the clock, and one bad document does not sink its batch.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newDoc, type Doc, type RawInput } from '../core/types.js';
import { ingestInputs, type IngestOutcome, type InputItem } from './ingestion.js';
import { SqliteBackend } from './sqlite.js';
import { SqlStore } from './sql-store.js';
import type { PutResult } from './store.js';

/** A stand-in for the pipeline: the text is the document; "BAD" fails analysis, "NOID" yields a document the store refuses. */
function analyze(input: RawInput): Doc {
  const text = new TextDecoder().decode(input.bytes);
  if (text.startsWith('BAD')) throw new Error('cannot analyse');
  const doc = newDoc(input);
  doc.text = text;
  doc.id = text.startsWith('NOID') ? '' : createHash('sha256').update(text).digest('hex');
  doc.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  return doc;
}

const item = (label: string): InputItem => ({ label, read: () => ({ name: label, bytes: new TextEncoder().encode(`${label} is a short report`), contentType: 'text/plain', origin: label }) });

/** The store, counting the transactions that store documents. */
class CountingStore extends SqlStore {
  batches: number[] = [];
  override async putDocuments(docs: readonly Doc[]): Promise<PutResult[]> {
    this.batches.push(docs.length);
    return super.putDocuments(docs);
  }
}

describe('batched ingestion', () => {
  let dir: string;
  let backend: SqliteBackend;
  let store: CountingStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-ingestion-'));
    backend = await SqliteBackend.open(join(dir, 'db.sqlite'));
    store = new CountingStore(backend);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('commits in batches, reports in input order, and only what is committed', async () => {
    store.batches = [];
    const labels = Array.from({ length: 10 }, (_, i) => `doc-${i}`);
    const outcomes: IngestOutcome[] = [];
    const committedWhenReported: boolean[] = [];
    const summary = await ingestInputs(store, labels.map(item), analyze, (o) => {
      outcomes.push(o);
      // Checked synchronously against the file: the document is already there when it is reported.
      committedWhenReported.push(o.id !== null && backend.file.prepare('SELECT 1 FROM documents WHERE id = ?').get(o.id) !== undefined);
    }, { maxDocs: 4, maxWaitMs: 60_000 });
    assert.deepEqual(summary, { stored: 10, unchanged: 0, failed: 0 });
    assert.deepEqual(store.batches, [4, 4, 2]);
    assert.deepEqual(outcomes.map((o) => o.label), labels);
    assert.ok(committedWhenReported.every(Boolean));

    const again = await ingestInputs(store, labels.slice(0, 3).map(item), analyze, () => undefined, { maxDocs: 4, maxWaitMs: 60_000 });
    assert.deepEqual(again, { stored: 0, unchanged: 3, failed: 0 }, 'a document already stored is left as it is');
  });

  test('a document that fails analysis, or that the store refuses, fails alone', async () => {
    store.batches = [];
    const outcomes: IngestOutcome[] = [];
    const inputs = [item('ok-1'), item('BAD-2'), item('ok-3'), item('NOID-4'), item('ok-5')];
    const summary = await ingestInputs(store, inputs, analyze, (o) => outcomes.push(o), { maxDocs: 32, maxWaitMs: 60_000 });
    assert.deepEqual(summary, { stored: 3, unchanged: 0, failed: 2 });
    assert.deepEqual(outcomes.map((o) => [o.label, o.status]), [['ok-1', 'stored'], ['BAD-2', 'failed'], ['ok-3', 'stored'], ['NOID-4', 'failed'], ['ok-5', 'stored']]);
    assert.match(outcomes[1]!.error ?? '', /cannot analyse/);
    assert.match(outcomes[3]!.error ?? '', /no id/);
    assert.deepEqual(store.batches, [4, 1, 1, 1, 1], 'the refused batch is retried one document at a time');
  });

  test('a slow trickle of inputs is committed by the clock, before the next input arrives', async () => {
    store.batches = [];
    const reported: string[] = [];
    const seenBeforeRead: string[][] = [];
    async function* slow(): AsyncGenerator<InputItem> {
      for (const label of ['slow-1', 'slow-2', 'slow-3']) {
        await new Promise((r) => setTimeout(r, 80));
        seenBeforeRead.push([...reported]);
        yield item(label);
      }
    }
    await ingestInputs(store, slow(), analyze, (o) => reported.push(o.label), { maxDocs: 32, maxWaitMs: 10 });
    assert.deepEqual(store.batches, [1, 1, 1]);
    assert.deepEqual(seenBeforeRead, [[], ['slow-1'], ['slow-1', 'slow-2']]);
    assert.deepEqual(reported, ['slow-1', 'slow-2', 'slow-3']);
  });
});
