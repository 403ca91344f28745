import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { backupDatabase } from '../../store/backup.js';
import { sqliteStorePath } from './store-path.js';
import type { Command } from './command.js';

const help = `usage: vigil backup FILE [--db DB] [--force]

Writes a consistent copy of the SQLite store (--db, VIGIL_DB or
./.vigil/vigil.sqlite) to FILE while it may be in use, using SQLite's online
backup API. The copy is checked (integrity, Vigil tables, migrations) before
it takes FILE's name. An existing FILE is kept unless --force is given.
For PostgreSQL (DATABASE_URL) use pg_dump instead.`;

export const backupCommand: Command = {
  summary: 'copy the SQLite store to a file, safely while it is in use',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    if (positionals.length !== 1) throw new UsageError(`name one backup file\n${help}`);
    const result = await backupDatabase(sqliteStorePath(values.db), positionals[0]!, { overwrite: values.force ?? false });
    console.error(`vigil: backed up ${result.documents} documents and ${result.corrections} corrections to ${result.path} (${result.bytes} bytes)`);
    return 0;
  },
};
