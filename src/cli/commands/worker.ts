import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { describeStoreLocation, openStore } from '../../store/store.js';
import { stderrLog, stopSignal } from '../../watch/log.js';
import { runWorker } from '../../watch/worker.js';
import type { Command } from './command.js';
import { runInBackground } from '../background.js';

const help = `usage: vigil worker [--lease SECONDS] [--until-empty] [--max-attempts N] [--pg-schema NAME] [--quiet]

Takes collection jobs (articles to fetch, items to analyse) from the queue in
the database, analyses and stores them. Run as many as you like, on one or
many machines (PostgreSQL via DATABASE_URL; SQLite file via VIGIL_DB).
  --lease         seconds a claimed job is held before another worker may take it (default 60)
  --until-empty   stop once nothing is queued or running, instead of waiting for more
  --max-attempts  give a job up after this many tries (default 5)`;

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} wants a positive number, not '${value}'`);
  return n;
}

export const workerCommand: Command = {
  summary: 'take collection jobs from the database queue and store their documents',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lease: { type: 'string' }, 'until-empty': { type: 'boolean' }, 'max-attempts': { type: 'string' },
        'pg-schema': { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    // Background work: a workbench served from the same machine answers first.
    runInBackground();
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'\n${help}`);
    const log = stderrLog('worker', values.quiet);
    const leaseSeconds = positiveNumber(values.lease, 'lease', 60);
    const maxAttempts = Math.round(positiveNumber(values['max-attempts'], 'max-attempts', 5));
    const signal = stopSignal(log);
    const knowledge = loadKnowledge();
    const store = await openStore({ pgSchema: values['pg-schema'] ?? null });
    log.info(`working from ${describeStoreLocation()}`);
    try {
      const r = await runWorker({ store, knowledge, log, leaseSeconds, maxAttempts, untilEmpty: values['until-empty'] ?? false, signal });
      log.info(`done ${r.done} (stored ${r.stored}, already stored ${r.duplicates}), retried ${r.retried}, failed ${r.failed}`);
      return r.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
