import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { safeFetch } from '../../ingest/fetch.js';
import { readInputFile } from '../../ingest/read.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { defaultBatch, ingestInputs, walkPaths, type InputItem } from '../../store/ingestion.js';
import { describeStoreLocation, openStore } from '../../store/store.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { runInBackground } from '../background.js';

const help = `usage: vigil ingest PATH|URL... [--format text|ndjson] [--db FILE] [--batch N]

Analyses files (folders are walked recursively) and web pages, and stores
each with its analysis: in PostgreSQL when DATABASE_URL is set, else in the
SQLite file --db, VIGIL_DB or ./.vigil/vigil.sqlite. A document already
stored is left as it is. Documents are committed in batches of up to N
(default ${defaultBatch.maxDocs}; 1 commits each on its own), a batch at least every
${defaultBatch.maxWaitMs} ms, each batch wholly or not at all; with --format ndjson a
line {"doc","status","id"} is printed once the document's batch is
committed, so every line printed survives a crash. A failing input is
reported and the rest go on; the exit code is 1 when any failed.`;

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
      options: { format: { type: 'string', default: 'text' }, db: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    // Background work: a workbench served from the same machine answers first.
    runInBackground();
    if (values.format !== 'text' && values.format !== 'ndjson') throw new UsageError(`unknown format '${values.format}' (text or ndjson)`);
    const maxDocs = values.batch === undefined ? defaultBatch.maxDocs : Number(values.batch);
    if (!Number.isInteger(maxDocs) || maxDocs < 1 || maxDocs > 10_000) throw new UsageError(`--batch must be a whole number from 1 to 10000, got '${values.batch}'`);
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
      }, { ...defaultBatch, maxDocs });
      progress.done(`${summary.stored} stored, ${summary.unchanged} already stored, ${summary.failed} failed, into ${describeStoreLocation({ sqlitePath: values.db ?? null })}`);
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
