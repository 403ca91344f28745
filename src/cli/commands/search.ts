import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import type { StatementKind } from '../../core/types.js';
import { openStore, type SearchHit } from '../../store/store.js';
import type { Command } from './command.js';

const help = `usage: vigil search "QUERY" [--in documents|quotes] [--actor ID] [--kind K] [--outlet S]
                    [--lang L] [--since D] [--until D] [--limit N] [--format text|ndjson|json] [--db FILE]

Full-text search over stored documents (or only quotations), ranked, with
matches marked «like this» in the snippet. Every word must match; "quoted
words" match as a phrase. Arabic spelling variants and diacritics match.
Dates are YYYY, YYYY-MM or YYYY-MM-DD.`;

const kinds: readonly StatementKind[] = ['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function formatText(hits: SearchHit[]): string {
  if (hits.length === 0) return 'no matches';
  return hits.map((h, i) => {
    const head = [h.published, h.source, h.title].filter(Boolean).join(' · ') || h.docId.slice(0, 12);
    const who = h.quote ? ` (quote, speaker ${h.quote.speaker ?? 'unknown'})` : '';
    return `${i + 1}. ${head}${who}\n   ${h.snippet}\n   id ${h.docId}${h.clusterId !== h.docId ? `  cluster ${h.clusterId.slice(0, 12)}` : ''}`;
  }).join('\n');
}

export const searchCommand: Command = {
  summary: 'full-text search over stored documents and quotations',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        in: { type: 'string', default: 'documents' }, actor: { type: 'string' }, kind: { type: 'string' }, outlet: { type: 'string' },
        lang: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, limit: { type: 'string', default: '20' },
        format: { type: 'string', default: 'text' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError(`no query\n${help}`);
    if (values.in !== 'documents' && values.in !== 'quotes') throw new UsageError(`--in is documents or quotes, not '${values.in}'`);
    if (values.kind && !kinds.includes(values.kind as StatementKind)) throw new UsageError(`unknown statement kind '${values.kind}' (${kinds.join(', ')})`);
    for (const d of [values.since, values.until]) if (d && !DATE.test(d)) throw new UsageError(`bad date '${d}' (YYYY, YYYY-MM or YYYY-MM-DD)`);
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit is a whole number from 1 to 1000`);
    if (!['text', 'ndjson', 'json'].includes(values.format)) throw new UsageError(`unknown format '${values.format}' (text, ndjson or json)`);

    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      const hits = await store.search({
        text, in: values.in, actor: values.actor ?? null, kind: (values.kind as StatementKind | undefined) ?? null,
        outlet: values.outlet ?? null, language: values.lang ?? null, since: values.since ?? null, until: values.until ?? null, limit,
      });
      if (values.format === 'json') process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
      else if (values.format === 'ndjson') for (const h of hits) process.stdout.write(JSON.stringify(h) + '\n');
      else process.stdout.write(formatText(hits) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
