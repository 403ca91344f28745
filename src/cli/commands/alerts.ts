import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { gatherFacts } from '../../analyze/facts.js';
import { escalationOf } from '../../analyze/escalation.js';
import { periodOf, granularities, type Granularity } from '../../analyze/periods.js';
import { evaluateRules, loadRules, withEscalationEvidence } from '../../watch/alerts.js';
import { deliverAlerts, fileInbox } from '../../watch/alerts-delivery.js';
import { corpusFrom, corpusOptions } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil alerts run [--rules DIR] [--by week] [--since D] [--db FILE]
       vigil alerts list

run:  evaluates the alert rules (data/alerts/*.yaml) over the stored
      statements, events and escalation changes, and delivers new alerts to
      the log (stderr), webhooks and the inbox. Alerts already raised are not
      raised again.
list: the alerts in the inbox, newest first.`;

export const alertsCommand: Command = {
  summary: 'run alert rules and deliver new alerts; list the inbox',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...corpusOptions, rules: { type: 'string' }, by: { type: 'string', default: 'week' } } });
    if (values.help) { console.log(help); return 0; }
    const inbox = fileInbox();
    if (positionals[0] === 'list') {
      for (const a of (await inbox.list()).reverse()) console.log(`${new Date(a.raisedAt).toISOString()}  [${a.rule}]  ${a.title}`);
      return 0;
    }
    if (positionals[0] !== 'run') throw new UsageError(`run or list?\n${help}`);
    if (!granularities.includes(values.by as Granularity)) throw new UsageError(`--by is ${granularities.join(', ')}`);
    const g = values.by as Granularity;
    const rules = loadRules(values.rules);
    const facts = gatherFacts(await corpusFrom({ ...values, actor: undefined }));
    const actors = [...new Set(facts.map((f) => f.actor).filter((a): a is string => a !== null))];
    const changes = rules.some((r) => r.on === 'escalation') ? actors.flatMap((a) => escalationOf(facts, a, g).changes) : [];
    const alerts = evaluateRules(rules, facts, changes).map((a) => withEscalationEvidence(a, facts, (date) => a.date === periodOf(date, g).period));
    const outcomes = await deliverAlerts(alerts, { inbox, log: (l) => console.error(l), env: process.env });
    const fresh = outcomes.filter((o) => !o.duplicate);
    for (const o of fresh) for (const f of o.failed) console.error(`vigil: alert ${o.alert} not delivered to ${f.to}: ${f.error}`);
    console.log(`${fresh.length} new alerts (${outcomes.length - fresh.length} already raised)`);
    return fresh.some((o) => o.failed.length > 0) ? 1 : 0;
  },
};
