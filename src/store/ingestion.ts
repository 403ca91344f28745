/**
 * Ingestion into the store: inputs in, one analysed document stored per
 * input, each in its own transaction. The analysis is passed in (the CLI
 * wires the pipeline) so the store does not reach up into the pipeline.
 * Inputs are taken one at a time, so memory does not grow with the corpus.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../core/errors.js';
import type { Doc, RawInput } from '../core/types.js';
import type { Store } from './store.js';

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

/** Analyses and stores each input in turn; a failing input is reported and the rest go on. */
export async function ingestInputs(
  store: Store,
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  analyze: (input: RawInput) => Doc,
  onOutcome: (outcome: IngestOutcome) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, unchanged: 0, failed: 0 };
  for await (const item of items) {
    let outcome: IngestOutcome;
    try {
      const doc = analyze(await item.read());
      const put = await store.putDocument(doc);
      outcome = { label: item.label, status: put.created ? 'stored' : 'unchanged', id: put.id, clusterId: put.clusterId, error: null };
    } catch (err) {
      outcome = { label: item.label, status: 'failed', id: null, clusterId: null, error: describeError(err) };
    }
    summary[outcome.status]++;
    onOutcome(outcome);
  }
  return summary;
}
