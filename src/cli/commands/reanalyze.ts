import { parseArgs } from 'node:util';
import { analyzeInput } from '../../pipeline/analyze.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { reanalyzeAll } from '../../store/reanalysis.js';
import { openStore } from '../../store/store.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { runInBackground } from '../background.js';

const help = `usage: vigil reanalyze [--db FILE]

Analyses every stored document again from its raw input with the current
registry and rules, replacing its annotations and re-applying analyst
corrections. Corrections that no longer find their annotation are counted
as stale (kept, not applied). Exit code 1 when any document failed.`;

export const reanalyzeCommand: Command = {
  summary: 'analyse stored documents again after the registry or rules change',
  async run(args) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) { console.log(help); return 0; }
    // Background work: a workbench served from the same machine answers first.
    runInBackground();
    const knowledge = loadKnowledge();
    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      const progress = createProgress({ label: 'reanalyze', total: await store.countDocuments() });
      const summary = await reanalyzeAll(store, (input) => analyzeInput(input, knowledge), (o) => {
        if (!o.ok) progress.message(`vigil: ${o.id}: ${o.error}`);
        progress.tick();
      });
      progress.done(`${summary.done} re-analysed, ${summary.failed} failed, ${summary.staleCorrections} stale corrections, ${summary.idChanged} whose text now normalizes differently`);
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
