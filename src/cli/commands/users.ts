import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { Accounts, generatePassword, isRole } from '../../server/accounts.js';
import { AuditLog } from '../../server/audit.js';
import { openStore } from '../../store/store.js';
import type { Command } from './command.js';

const help = `usage: vigil users list|add NAME --role viewer|analyst|admin|password NAME [--db FILE]

Manages the workbench's local accounts, kept in the store (PostgreSQL when
DATABASE_URL is set, else the SQLite file --db). 'add' and 'password' take the new
password from VIGIL_PASSWORD, or generate one and print it once.`;

export const usersCommand: Command = {
  summary: 'list and add workbench accounts, reset passwords',
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { role: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    const [action, name] = positionals;
    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      const accounts = new Accounts(store.accounts);
      const audit = new AuditLog(store.accounts);
      const password = () => process.env['VIGIL_PASSWORD'] || generatePassword();
      const shown = (p: string) => (process.env['VIGIL_PASSWORD'] ? '(from VIGIL_PASSWORD)' : p);
      switch (action) {
        case 'list':
          for (const u of await accounts.list()) console.log(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}`);
          return 0;
        case 'add': {
          if (!name) throw new UsageError(`which user?\n${help}`);
          const role = values.role ?? 'viewer';
          if (!isRole(role)) throw new UsageError(`unknown role '${role}' (viewer, analyst or admin)`);
          const p = password();
          await accounts.create(name, role, p);
          await audit.record('cli', 'user-created', `user:${name}`, { role });
          console.log(`created ${name} (${role}); password ${shown(p)}`);
          return 0;
        }
        case 'password': {
          const user = (await accounts.list()).find((u) => u.name === name);
          if (!user) throw new UsageError(`no user '${name ?? ''}'`);
          const p = password();
          await accounts.setPassword(user.id, p);
          await audit.record('cli', 'user-changed', `user:${user.name}`, { password: 'changed' });
          console.log(`new password for ${user.name}: ${shown(p)}`);
          return 0;
        }
        default:
          throw new UsageError(help);
      }
    } finally {
      await store.close();
    }
  },
};
