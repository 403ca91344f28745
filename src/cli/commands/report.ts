import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { buildDispatch } from '../../export/report/dispatch.js';
import { renderHtml } from '../../export/report/html.js';
import { renderMarkdown } from '../../export/report/markdown.js';
import { renderPdf } from '../../export/report/pdf.js';
import { granularities, type Granularity } from '../../analyze/periods.js';
import { sanctionsFor } from '../../analyze/sanctions/actor-sanctions.js';
import { rollUpWith, voicesOf } from '../../analyze/actor-links.js';
import { reliabilityFromRegistry } from '../../analyze/admiralty.js';
import { loadFramingLexicon } from '../../analyze/framing.js';
import { loadActorRegistry } from '../../resolve/registry.js';
import { loadSourceRegistry } from '../../ingest/sources.js';
import { corpusFrom, corpusOptions, emit } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil report --actor ID [--since D] [--until D] [--format md|html|pdf] [--by month]
                    [--out FILE] [--font FILE.ttf] [--db FILE]

An analyst's dispatch on one actor: figures, timeline chart, key quotations,
threats and events with Admiralty grades, relations, sanctions status (if a
list was imported with 'vigil sanctions import'), contradictions between
sources, and each outlet's framing words. Statements by the actor's leaders
and spokespeople count as its own. Every line is
footnoted with outlet, date and the sentence it comes from. pdf needs --out.`;

export const reportCommand: Command = {
  summary: 'a cited dispatch on one actor (md, html, pdf)',
  async run(args) {
    const { values } = parseArgs({ args, options: { ...corpusOptions, format: { type: 'string', default: 'md' }, by: { type: 'string', default: 'month' }, font: { type: 'string' } } });
    if (values.help) { console.log(help); return 0; }
    if (!values.actor) throw new UsageError(`--actor is required\n${help}`);
    if (!['md', 'html', 'pdf'].includes(values.format)) throw new UsageError(`unknown format '${values.format}' (md, html or pdf)`);
    if (!granularities.includes(values.by as Granularity)) throw new UsageError(`--by is ${granularities.join(', ')}`);
    if (values.format === 'pdf' && !values.out) throw new UsageError('a pdf report needs --out FILE');
    const docs = await corpusFrom({ ...values, since: undefined, until: undefined }, false);
    const registry = loadActorRegistry();
    const dispatch = buildDispatch(docs, values.actor, {
      since: values.since ?? null, until: values.until ?? null, granularity: values.by as Granularity,
      designations: sanctionsFor(values.actor).matches,
      rollUp: rollUpWith(registry, docs), voices: voicesOf(values.actor, registry, docs),
      reliabilityOf: reliabilityFromRegistry(loadSourceRegistry()), framing: loadFramingLexicon(),
      nameOf: (id) => registry.byId(id)?.name ?? null,
    });
    if (values.format === 'pdf') emit(await renderPdf(dispatch, values.font ? { font: values.font } : {}), values.out);
    else emit(values.format === 'html' ? renderHtml(dispatch) : renderMarkdown(dispatch), values.out);
    return 0;
  },
};
