/** The corpus options shared by export, report, timeline and alerts: which store, which documents. */
import { UsageError } from '../../core/errors.js';
import { loadCorpus } from '../../analyze/corpus-store.js';
import type { SourceDoc } from '../../analyze/corpus.js';
import { openStore } from '../../store/store.js';
import { writeFileSync } from 'node:fs';

export const corpusOptions = {
  actor: { type: 'string' }, outlet: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
  db: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' },
} as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface CorpusArgs { actor?: string | undefined; outlet?: string | undefined; since?: string | undefined; until?: string | undefined; db?: string | undefined }

export async function corpusFrom(values: CorpusArgs, filterByActor = true): Promise<SourceDoc[]> {
  for (const d of [values.since, values.until]) if (d && !DATE.test(d)) throw new UsageError(`bad date '${d}' (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const store = await openStore({ sqlitePath: values.db ?? null });
  try {
    return await loadCorpus(store, { actor: filterByActor ? values.actor ?? null : null, outlet: values.outlet ?? null, since: values.since ?? null, until: values.until ?? null });
  } finally {
    await store.close();
  }
}

/** Writes to --out, or to standard output. */
export function emit(content: string | Buffer, out: string | undefined): void {
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
}
