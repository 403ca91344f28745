/**
 * Ingestion into the store: inputs in, one analysed document stored per
 * input. Documents are committed in batches (up to `maxDocs`, or whatever
 * has waited `maxWaitMs`), each batch in one transaction: a batch is wholly
 * stored or not at all, and an outcome is reported only once its batch is
 * committed, so everything reported survives a crash and a re-run stores
 * the rest exactly once (a document's id is its content hash). The
 * analysis is passed in (the CLI wires the pipeline) so the store does not
 * reach up into the pipeline. Inputs are taken one at a time and at most one
 * batch waits in memory, so memory does not grow with the corpus.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../core/errors.js';
import type { Doc, RawInput } from '../core/types.js';
import type { PutResult, Store } from './store.js';

/** One input to ingest: a label for messages and a way to read it when its turn comes. */
export interface InputItem {
  label: string;
  read(): Promise<RawInput> | RawInput;
}

export type IngestStatus = 'stored' | 'unchanged' | 'failed';

export interface IngestOutcome {
  label: string;
  status: IngestStatus;
  id: string | null;
  clusterId: string | null;
  error: string | null;
}

export interface IngestSummary {
  stored: number;
  unchanged: number;
  failed: number;
}

/**
 * Files under the given paths, folders walked recursively in name order.
 * Hidden entries (dot files, .git) are skipped; paths named explicitly are
 * always taken. A path that does not exist is yielded as is, so reading it
 * reports the error in its turn.
 */
export function* walkPaths(paths: readonly string[]): Generator<string> {
  for (const path of paths) {
    let isDir = false;
    try { isDir = statSync(path).isDirectory(); } catch { /* reported when read */ }
    if (!isDir) { yield path; continue; }
    yield* walkFolder(path);
  }
}

function* walkFolder(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkFolder(path);
    else if (e.isFile()) yield path;
  }
}

export interface BatchOptions {
  /** Most documents in one transaction; 1 commits each on its own. */
  maxDocs: number;
  /** Longest a ready document waits for its batch to fill, in milliseconds. */
  maxWaitMs: number;
}

/**
 * 128 documents share one commit's cost: the WAL append writes each dirty
 * page once per commit, and a batch's documents dirty many of the same index
 * pages (the ends of the per-entity and per-kind runs, the FTS segments), so
 * the store's CPU per document fell by about a quarter from 32 (2,000
 * analysed documents, 3.0 -> 2.4 ms; 256 gained nothing more). A batch is
 * still small to redo after a crash (about a second of analysis); 250 ms
 * keeps a slow trickle of inputs (URLs) from waiting long for its
 * acknowledgement.
 */
export const defaultBatch: BatchOptions = { maxDocs: 128, maxWaitMs: 250 };

type Pending = { label: string; doc: Doc } | { label: string; error: string };

/**
 * Analyses and stores each input in turn, in batches; a failing input is
 * reported and the rest go on. Outcomes are reported in input order, each
 * after its batch is committed. A batch the store refuses as a whole (one
 * document it cannot take) is retried one document per transaction, so
 * only that document fails.
 */
export async function ingestInputs(
  store: Store,
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  analyze: (input: RawInput) => Doc,
  onOutcome: (outcome: IngestOutcome) => void,
  batch: BatchOptions = defaultBatch,
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, unchanged: 0, failed: 0 };
  const maxDocs = Math.max(1, Math.floor(batch.maxDocs));
  let pending: Pending[] = [];
  let docsPending = 0;
  let timer: NodeJS.Timeout | null = null;
  // Batches are written one after another, in order, whether the size or the timer closed them.
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;

  const report = (outcome: IngestOutcome) => {
    summary[outcome.status]++;
    onOutcome(outcome);
  };
  /** Closes the pending batch; returns the write before it, so a caller can keep at most one batch in flight. */
  const flush = (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    const before = writing;
    if (pending.length === 0) return before;
    const taken = pending;
    pending = [];
    docsPending = 0;
    writing = before.then(() => commit(store, taken, report)).catch((err: unknown) => { writeError ??= err; });
    return before;
  };

  for await (const item of items) {
    if (writeError) break;
    try {
      pending.push({ label: item.label, doc: analyze(await item.read()) });
      docsPending++;
    } catch (err) {
      pending.push({ label: item.label, error: describeError(err) });
    }
    if (docsPending >= maxDocs) await flush(); // one batch written while the next fills, no more
    else if (!timer && docsPending > 0) timer = setTimeout(() => void flush(), batch.maxWaitMs);
    else if (docsPending === 0 && !timer) void flush(); // only failures pending: report them now
  }
  void flush();
  await writing;
  if (writeError) throw writeError;
  return summary;
}

async function commit(store: Store, batch: readonly Pending[], report: (o: IngestOutcome) => void): Promise<void> {
  const docs = batch.flatMap((p) => ('doc' in p ? [p.doc] : []));
  let results: Array<PutResult | string> | null = null;
  if (docs.length > 0) {
    try {
      results = await store.putDocuments(docs);
    } catch {
      // One document may spoil the batch; alone, each of the others still goes in.
      results = [];
      for (const doc of docs) {
        try { results.push(await store.putDocument(doc)); } catch (err) { results.push(describeError(err)); }
      }
    }
  }
  let i = 0;
  for (const p of batch) {
    if ('error' in p) { report({ label: p.label, status: 'failed', id: null, clusterId: null, error: p.error }); continue; }
    const r = results?.[i++];
    if (r === undefined || typeof r === 'string') report({ label: p.label, status: 'failed', id: null, clusterId: null, error: r ?? 'not stored' });
    else report({ label: p.label, status: r.created ? 'stored' : 'unchanged', id: r.id, clusterId: r.clusterId, error: null });
  }
}
