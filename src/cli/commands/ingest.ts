import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { safeFetch } from '../../ingest/fetch.js';
import { readInputFile } from '../../ingest/read.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { ingestInputs, walkPaths, type InputItem } from '../../store/ingestion.js';
import { describeStoreLocation, openStore } from '../../store/store.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';

const help = `usage: vigil ingest PATH|URL... [--format text|ndjson] [--db FILE]

Analyses files (folders are walked recursively) and web pages, and stores
each with its analysis: in PostgreSQL when DATABASE_URL is set, else in the
SQLite file --db, VIGIL_DB or ./.vigil/vigil.sqlite. A document already
stored is left as it is. Each document is committed on its own; with
--format ndjson a line {"doc","status","id"} is printed once it is.
A failing input is reported and the rest go on; the exit code is 1 when any failed.`;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function* inputItems(targets: readonly string[]): Generator<InputItem> {
  for (const t of targets) {
    if (isUrl(t)) {
      yield {
        label: t,
        async read() {
          const r = await safeFetch(t);
          return { name: r.url, bytes: r.bytes, contentType: r.contentType, origin: r.url };
        },
      };
    } else {
      for (const path of walkPaths([t])) yield { label: path, read: () => readInputFile(path) };
    }
  }
}

export const ingestCommand: Command = {
  summary: 'analyse files, folders and URLs and store them',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    if (values.format !== 'text' && values.format !== 'ndjson') throw new UsageError(`unknown format '${values.format}' (text or ndjson)`);
    if (positionals.length === 0) throw new UsageError(`nothing to ingest\n${help}`);

    const knowledge = loadKnowledge();
    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      let total = 0;
      for (const t of positionals) total += isUrl(t) ? 1 : [...walkPaths([t])].length;
      const progress = createProgress({ label: 'ingest', total });
      const summary = await ingestInputs(store, inputItems(positionals), (input) => analyzeInput(input, knowledge), (o) => {
        if (values.format === 'ndjson') {
          process.stdout.write(JSON.stringify(o.error ? { doc: o.label, status: o.status, error: o.error } : { doc: o.label, status: o.status, id: o.id }) + '\n');
        }
        if (o.status === 'failed') progress.message(`vigil: ${o.label}: ${o.error}`);
        progress.tick();
      });
      progress.done(`${summary.stored} stored, ${summary.unchanged} already stored, ${summary.failed} failed, into ${describeStoreLocation({ sqlitePath: values.db ?? null })}`);
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
