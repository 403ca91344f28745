import type { Command } from './command.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { reanalyzeCommand } from './reanalyze.js';
import { searchCommand } from './search.js';
import { translateCommand } from './translate.js';
import { watchCommand } from './watch.js';
import { workerCommand } from './worker.js';

/** Every `vigil` subcommand; each is a few lines that call a module. */
export const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  ingest: ingestCommand,
  reanalyze: reanalyzeCommand,
  search: searchCommand,
  translate: translateCommand,
  watch: watchCommand,
  worker: workerCommand,
};
