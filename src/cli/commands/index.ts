import type { Command } from './command.js';
import { actorsCommand } from './actors.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { reanalyzeCommand } from './reanalyze.js';
import { searchCommand } from './search.js';
import { translateCommand } from './translate.js';
import { watchCommand } from './watch.js';
import { workerCommand } from './worker.js';
import { exportCommand } from './export.js';
import { reportCommand } from './report.js';
import { sanctionsCommand } from './sanctions.js';
import { timelineCommand } from './timeline.js';
import { alertsCommand } from './alerts.js';
import { framingCommand } from './framing.js';
import { backupCommand } from './backup.js';
import { restoreCommand } from './restore.js';
import { serveCommand } from './serve.js';
import { demoCommand } from './demo.js';
import { usersCommand } from './users.js';

/** Every `vigil` subcommand; each is a few lines that call a module. */
export const commands: Record<string, Command> = {
  actors: actorsCommand,
  analyze: analyzeCommand,
  ingest: ingestCommand,
  reanalyze: reanalyzeCommand,
  search: searchCommand,
  translate: translateCommand,
  watch: watchCommand,
  worker: workerCommand,
  export: exportCommand,
  report: reportCommand,
  sanctions: sanctionsCommand,
  timeline: timelineCommand,
  alerts: alertsCommand,
  framing: framingCommand,
  backup: backupCommand,
  restore: restoreCommand,
  serve: serveCommand,
  demo: demoCommand,
  users: usersCommand,
};
