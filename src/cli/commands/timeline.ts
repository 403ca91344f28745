import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { gatherFacts } from '../../analyze/facts.js';
import { timelineOf } from '../../analyze/timeline.js';
import { escalationOf } from '../../analyze/escalation.js';
import { granularities, type Granularity } from '../../analyze/periods.js';
import { voicesOf } from '../../analyze/actor-links.js';
import { loadActorRegistry } from '../../resolve/registry.js';
import { corpusFrom, corpusOptions, emit } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil timeline --actor ID [--with ID] [--both-ways] [--by day|week|month|year]
                    [--since D] [--until D] [--format text|json] [--db FILE]

The actor's statements (by kind) and events (with Goldstein weights) per
period, and its escalation level against its own baseline. --with gives the
timeline of one pair: what the actor said and did to that other actor
(--both-ways adds the reverse). Statements by the actor's leaders and
spokespeople (registry roles, within their dates, and relations found in the
documents) count as the actor's; --own leaves them out.`;

export const timelineCommand: Command = {
  summary: 'timeline and escalation of an actor or a pair of actors',
  async run(args) {
    const { values } = parseArgs({ args, options: { ...corpusOptions, with: { type: 'string' }, 'both-ways': { type: 'boolean' }, own: { type: 'boolean' }, by: { type: 'string', default: 'month' }, format: { type: 'string', default: 'text' } } });
    if (values.help) { console.log(help); return 0; }
    if (!values.actor) throw new UsageError(`--actor is required\n${help}`);
    if (!granularities.includes(values.by as Granularity)) throw new UsageError(`--by is ${granularities.join(', ')}`);
    if (!['text', 'json'].includes(values.format)) throw new UsageError(`unknown format '${values.format}' (text or json)`);
    const g = values.by as Granularity;
    const docs = await corpusFrom({ ...values, actor: undefined });
    const facts = gatherFacts(docs);
    const voices = values.own ? [] : voicesOf(values.actor, loadActorRegistry(), docs);
    const timeline = timelineOf(facts, { actor: values.actor, voices, counterpart: values.with ?? null, bothWays: values['both-ways'] ?? false, granularity: g, since: values.since ?? null, until: values.until ?? null });
    const escalation = escalationOf(facts, values.actor, g);
    if (values.format === 'json') { emit(JSON.stringify({ timeline, escalation }, null, 2) + '\n', values.out); return 0; }
    const level = new Map(escalation.points.map((p) => [p.period, p]));
    const lines = timeline.buckets.map((b) => {
      const kinds = Object.entries(b.statements).map(([k, n]) => `${k} ${n}`).join(', ') || '-';
      const p = level.get(b.period);
      return `${b.period}${b.approximate ? '~' : ' '}  statements: ${kinds}; events: ${b.events} (Goldstein ${b.goldstein})${p ? `; level ${p.level}` : ''}\n`
        + b.facts.map((f) => `    ${f.date} ${f.kind}${f.actor !== values.actor ? ` (by ${f.actor})` : ''}${f.target ? ` → ${f.target}` : ''}: ${f.reports[0]?.text ?? ''} [${f.reports.map((r) => r.citation.outletName ?? r.citation.outlet).join(', ')}]`).join('\n');
    });
    emit((lines.join('\n') || 'nothing in this period') + '\n', values.out);
    return 0;
  },
};
