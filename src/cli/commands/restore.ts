import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { restoreDatabase } from '../../store/backup.js';
import { sqliteStorePath } from './store-path.js';
import type { Command } from './command.js';

const help = `usage: vigil restore FILE [--db DB]

Replaces the SQLite store (--db, VIGIL_DB or ./.vigil/vigil.sqlite) by the
backup FILE. FILE must be a Vigil database that passes SQLite's integrity
check and whose migrations this version knows; otherwise nothing changes.
The replaced database is kept as DB.before-restore-<time>. Stop vigil watch,
worker and ingest first: a database being written to is not replaced.`;

export const restoreCommand: Command = {
  summary: 'replace the SQLite store by a checked backup, keeping the old one aside',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    if (positionals.length !== 1) throw new UsageError(`name one backup file\n${help}`);
    const result = await restoreDatabase(positionals[0]!, sqliteStorePath(values.db));
    const pending = result.pending.length > 0 ? `; migrations ${result.pending.join(', ')} run when it is next opened` : '';
    const kept = result.previous ? `; the previous database is kept as ${result.previous}` : '';
    console.error(`vigil: restored ${result.documents} documents and ${result.corrections} corrections into ${result.path}${kept}${pending}`);
    return 0;
  },
};
