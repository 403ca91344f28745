import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { openStore } from '../../store/store.js';
import { startWorkbench } from '../../server/start.js';
import type { Command } from './command.js';

const help = `usage: vigil serve [--host 127.0.0.1] [--port 8080] [--db FILE]

Serves the analyst's workbench (web app and REST API, docs at /api/docs) over
the store: PostgreSQL when DATABASE_URL is set, else the SQLite file --db,
VIGIL_DB or ./.vigil/vigil.sqlite. Accounts, sessions and the audit log live
in the store too, so servers on one PostgreSQL share them. On first run an
admin account is created; its password is VIGIL_ADMIN_PASSWORD or is
generated and printed once. Stops on Ctrl-C.`;

export function parsePort(s: string): number {
  const port = Number(s);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad port '${s}'`);
  return port;
}

/** Keeps the process serving until SIGINT/SIGTERM, then closes cleanly. */
export function untilStopped(close: () => Promise<void>): Promise<number> {
  return new Promise((done) => {
    const stop = () => { close().then(() => done(0), () => done(1)); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  summary: 'serve the web workbench and its API',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '8080' },
        db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    const store = await openStore({ sqlitePath: values.db ?? null });
    const server = await startWorkbench({
      store, host: values.host, port: parsePort(values.port), log: (l) => console.error(l),
    });
    return untilStopped(async () => { await server.close(); await store.close(); });
  },
};
