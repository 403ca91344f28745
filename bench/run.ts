/**
 * `npm run bench`: generates the synthetic corpus, loads the knowledge once,
 * and runs each section in bench/sections/index.ts, printing its figures.
 *
 *   node dist/bench/run.js [--docs N] [--baseline-docs N] [--only name,name]
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/pipeline/knowledge.js';
import { describeError } from '../src/core/errors.js';
import { generateCorpus } from './corpus.js';
import { sections } from './sections/index.js';
import type { BenchContext, BenchOptions } from './section.js';
import { peakRssMiB } from './section.js';

function positive(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { docs: { type: 'string' }, 'baseline-docs': { type: 'string' }, only: { type: 'string' } },
  });
  const options: BenchOptions = {
    docs: positive(values.docs, 10_000, '--docs'),
    baselineDocs: positive(values['baseline-docs'], 500, '--baseline-docs'),
  };
  const only = values.only?.split(',').map((s) => s.trim());
  const print = (label: string, value: string): void => console.log(`  ${label.padEnd(44)} ${value}`);

  console.log(`vigil bench: node ${process.version}, ${process.platform}/${process.arch}, single thread`);
  const genStart = process.hrtime.bigint();
  const corpus = generateCorpus(options.docs);
  const knowledge = loadKnowledge();
  print('corpus + knowledge', `${options.docs} documents generated in ${(Number(process.hrtime.bigint() - genStart) / 1e9).toFixed(1)} s`);

  const ctx: BenchContext = { corpus, knowledge, options, results: new Map(), print };
  for (const section of sections) {
    if (only && !only.includes(section.name)) continue;
    console.log(`\n[${section.name}]`);
    await section.run(ctx);
  }
  console.log(`\npeak RSS (whole run) ${peakRssMiB().toFixed(0)} MiB`);
}

main().catch((err: unknown) => {
  console.error(`vigil bench: ${describeError(err)}`);
  process.exitCode = 1;
});
