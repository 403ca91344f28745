import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { framingOf, framingSideBySide, loadFramingLexicon, storyOf } from '../../analyze/framing.js';
import { gatherFacts } from '../../analyze/facts.js';
import { corpusFrom, corpusOptions, emit } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil framing --story DOC_ID | --cluster ID [--format text|json] [--db FILE]

The loaded words each outlet uses for one story, side by side, from the
framing lexicon (data/lexicons/framing.yaml): "martyr", "resistance",
"occupation" against "Iran-backed", "militia", "terrorist"... --story takes
the document, its copies and every document reporting one of the same
statements or events; --cluster takes one near-duplicate cluster.`;

export const framingCommand: Command = {
  summary: "outlets' wording for one story, side by side",
  async run(args) {
    const { values } = parseArgs({ args, options: { ...corpusOptions, story: { type: 'string' }, cluster: { type: 'string' }, format: { type: 'string', default: 'text' } } });
    if (values.help) { console.log(help); return 0; }
    if (!values.story === !values.cluster) throw new UsageError(`give --story DOC_ID or --cluster ID\n${help}`);
    if (!['text', 'json'].includes(values.format)) throw new UsageError(`unknown format '${values.format}' (text or json)`);
    const lexicon = loadFramingLexicon();
    const all = await corpusFrom({ db: values.db });
    const docs = values.story ? storyOf(all, values.story, gatherFacts(all)) : all.filter((d) => d.clusterId === values.cluster);
    if (docs.length === 0) throw new UsageError(values.story ? `no stored document ${values.story}` : `no stored cluster ${values.cluster}`);
    const side = framingSideBySide(docs, lexicon);
    if (values.format === 'json') {
      emit(JSON.stringify({ ...side, documents: docs.map((d) => framingOf(d, lexicon)) }, null, 2) + '\n', values.out);
      return 0;
    }
    const width = Math.max(8, ...side.terms.map((t) => t.length));
    const cols = side.outlets.map((o) => o.outlet);
    const colWidth = cols.map((c) => Math.max(c.length, 4));
    const row = (first: string, cells: string[]) => first.padEnd(width) + '  ' + cells.map((c, i) => c.padStart(colWidth[i]!)).join('  ');
    const lines = [row('', cols)];
    for (const t of side.terms) lines.push(row(t, side.outlets.map((o) => String(o.counts[t] ?? 0))));
    for (const s of ['sympathetic', 'adversarial', 'neutral'] as const) lines.push(row(`(${s})`, side.outlets.map((o) => String(o.stance[s]))));
    lines.push('', `${docs.length} documents: ${docs.map((d) => `${d.id.slice(0, 12)} ${d.meta.source ?? '?'} ${d.meta.published ?? ''}`).join('; ')}`);
    if (side.terms.length === 0) lines.unshift('No framing words found in these documents.');
    emit(lines.join('\n') + '\n', values.out);
    return 0;
  },
};
