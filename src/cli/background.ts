/**
 * Long-running background work (ingest, reanalyze, worker, watch) gives way
 * to interactive work: on a machine that also serves the workbench, an
 * analyst's page waits behind a batch of analysis otherwise. A lower
 * priority costs the background job nothing when the machine is otherwise
 * idle. VIGIL_BACKGROUND_NICE sets how far (0 to 19, default 10; 0 leaves
 * the priority alone).
 */
import { getPriority as osGetPriority, setPriority } from 'node:os';
import { UsageError } from '../core/errors.js';

export const defaultBackgroundNice = 10;

/** The nice value asked for in `env`, validated. */
export function backgroundNice(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['VIGIL_BACKGROUND_NICE'];
  if (raw === undefined || raw === '') return defaultBackgroundNice;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 19) throw new UsageError(`VIGIL_BACKGROUND_NICE must be a whole number from 0 to 19, got '${raw}'`);
  return n;
}

/** Lowers this process's CPU priority by `nice` (never raises it); false when the system refused. */
export function runInBackground(nice: number = backgroundNice()): boolean {
  if (nice === 0) return true;
  try {
    // Only ever lowered: a process already running lower than asked stays there.
    if (osGetPriority() >= nice) return true;
    setPriority(nice);
    return true;
  } catch {
    return false;
  }
}
