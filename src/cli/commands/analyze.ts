import { parseArgs } from 'node:util';
import { describeError, UsageError } from '../../core/errors.js';
import { toRecord, type AnalysisRecord, type FailureRecord } from '../../core/record.js';
import { readInputFile } from '../../ingest/read.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { formatPretty } from '../format-pretty.js';
import type { Command } from './command.js';

const help = `usage: vigil analyze FILE... [--format ndjson|json|pretty]

Analyses each file and prints one analysis record per input. An input that
cannot be analysed gets a record {"doc", "error"}; the others still run, and
the exit code is 1 when any failed.`;

type Format = 'ndjson' | 'json' | 'pretty';

export const analyzeCommand: Command = {
  summary: 'analyse files and print their analysis records',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'ndjson' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { console.log(help); return 0; }
    const format = values.format as Format;
    if (!['ndjson', 'json', 'pretty'].includes(format)) throw new UsageError(`unknown format '${format}' (ndjson, json or pretty)`);
    if (positionals.length === 0) throw new UsageError(`no input files\n${help}`);

    const knowledge = loadKnowledge();
    const records: Array<AnalysisRecord | FailureRecord> = [];
    let failed = 0;
    for (const path of positionals) {
      let record: AnalysisRecord | FailureRecord;
      try {
        record = toRecord(analyzeInput(readInputFile(path), knowledge));
      } catch (err) {
        failed++;
        record = { doc: path.split('/').pop() ?? path, error: describeError(err) };
      }
      if (format === 'ndjson') process.stdout.write(JSON.stringify(record) + '\n');
      else if (format === 'pretty') process.stdout.write(formatPretty(record) + '\n');
      else records.push(record);
    }
    if (format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    return failed > 0 ? 1 : 0;
  },
};
