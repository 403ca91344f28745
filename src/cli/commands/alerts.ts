import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { granularities, type Granularity } from '../../analyze/periods.js';
import { loadRules } from '../../watch/alerts.js';
import { runAlerts } from '../../watch/alerts-run.js';
import { openStore } from '../../store/store.js';
import { corpusOptions } from './corpus-args.js';
import type { Command } from './command.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const help = `usage: vigil alerts run [--rules DIR] [--by week] [--since D] [--until D] [--outlet S] [--db FILE]
       vigil alerts list [--unread] [--rule ID] [--actor ID] [--limit N] [--db FILE]
       vigil alerts read ID... [--unread] [--db FILE]

run:  evaluates the alert rules (data/alerts/*.yaml) over the stored
      statements and events and over each actor's escalation level changes,
      and delivers new alerts to the log (stderr), webhooks and the inbox (the
      store's alerts table, which the workbench reads). Alerts already raised
      are not raised again.
list: the inbox, newest first.
read: marks alerts read (--unread: unread again).`;

export const alertsCommand: Command = {
  summary: 'run alert rules and deliver new alerts; list the inbox; mark alerts read',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
      ...corpusOptions, rules: { type: 'string' }, by: { type: 'string', default: 'week' },
      unread: { type: 'boolean' }, rule: { type: 'string' }, limit: { type: 'string', default: '50' },
    } });
    if (values.help) { console.log(help); return 0; }
    const action = positionals[0];
    if (action !== 'run' && action !== 'list' && action !== 'read') throw new UsageError(`run, list or read?\n${help}`);
    if (action === 'run') {
      if (!granularities.includes(values.by as Granularity)) throw new UsageError(`--by is ${granularities.join(', ')}`);
      for (const d of [values.since, values.until]) if (d && !DATE.test(d)) throw new UsageError(`bad date '${d}' (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit is a positive whole number, not '${values.limit}'`);
    if (action === 'read' && positionals.length < 2) throw new UsageError('which alerts? give their ids');
    const rules = action === 'run' ? loadRules(values.rules) : [];
    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      if (action === 'list') {
        for (const a of await store.listAlerts({ unread: values.unread ? true : null, rule: values.rule ?? null, actor: values.actor ?? null, limit })) {
          console.log(`${a.id}  ${new Date(a.raisedAt).toISOString()}  ${a.read ? ' ' : '*'} [${a.rule}]  ${a.title}`);
        }
        return 0;
      }
      if (action === 'read') {
        const n = await store.markRead(positionals.slice(1), !values.unread);
        console.log(`${n} alerts marked ${values.unread ? 'unread' : 'read'}`);
        return 0;
      }
      const { outcomes } = await runAlerts(store, {
        rules, granularity: values.by as Granularity, log: (l) => console.error(l), env: process.env,
        filter: { outlet: values.outlet ?? null, since: values.since ?? null, until: values.until ?? null },
      });
      const fresh = outcomes.filter((o) => !o.duplicate);
      for (const o of fresh) for (const f of o.failed) console.error(`vigil: alert ${o.alert} not delivered to ${f.to}: ${f.error}`);
      console.log(`${fresh.length} new alerts (${outcomes.length - fresh.length} already raised)`);
      return fresh.some((o) => o.failed.length > 0) ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
