import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { defaultSqlitePath, describeStoreLocation, openStore } from '../../store/store.js';
import { loadWatchConfig } from '../../watch/config.js';
import { stderrLog, stopSignal } from '../../watch/log.js';
import { runWatch } from '../../watch/scheduler.js';
import { WatchState } from '../../watch/state.js';
import { runWorker } from '../../watch/worker.js';
import type { Command } from './command.js';
import { runInBackground } from '../background.js';

const help = `usage: vigil watch [--config FILE] [--state FILE] [--once] [--no-work] [--pg-schema NAME] [--quiet]

Reads the sources in the config file (default vigil.sources.yaml; see
vigil.sources.example.yaml) on their schedules and queues every new item in
the database. Unless --no-work, it also works the queue itself; add
'vigil worker' processes to share the work.
  --state    where polling state is kept (default .vigil/watch-state.json)
  --once     poll every due source once, work the queue empty, and stop
  --no-work  only poll and queue; leave the work to 'vigil worker'`;

export const watchCommand: Command = {
  summary: 'poll feeds, pages, folders and Telegram exports on a schedule and queue new items',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string', default: 'vigil.sources.yaml' }, state: { type: 'string' }, once: { type: 'boolean' },
        'no-work': { type: 'boolean' }, 'pg-schema': { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    // Background work: a workbench served from the same machine answers first.
    runInBackground();
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'\n${help}`);
    const config = loadWatchConfig(values.config);
    const log = stderrLog('watch', values.quiet);
    const signal = stopSignal(log);
    const statePath = values.state ?? join(dirname(resolve(process.env['VIGIL_DB'] ?? defaultSqlitePath)), 'watch-state.json');
    const state = WatchState.load(statePath);
    const store = await openStore({ pgSchema: values['pg-schema'] ?? null });
    log.info(`watching ${config.sources.filter((s) => s.enabled).length} sources into ${describeStoreLocation()}`);
    try {
      const polling = runWatch({ config, store, state, log, once: values.once ?? false, signal });
      if (values['no-work']) {
        const reports = await polling;
        return reports.some((r) => !r.ok) ? 1 : 0;
      }
      const knowledge = loadKnowledge();
      const working = values.once
        // With --once, work starts after polling so the drain sees every queued item.
        ? polling.then(() => runWorker({ store, knowledge, log, untilEmpty: true, maxAttempts: config.maxAttempts, signal }))
        : runWorker({ store, knowledge, log, maxAttempts: config.maxAttempts, signal });
      const [reports, work] = await Promise.all([polling, working]);
      return reports.some((r) => !r.ok) || work.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
