/**
 * What a benchmark section gets and gives. A section measures one thing
 * (pipeline throughput, baselines, store ingest, search latency...) over the
 * shared corpus, prints its figures, and leaves named results for later
 * sections (e.g. the baselines compare against the pipeline's words/s).
 */
import type { Knowledge } from '../src/pipeline/knowledge.js';
import type { BenchDoc } from './corpus.js';

export interface BenchOptions {
  /** Documents in the generated corpus. */
  docs: number;
  /** Documents the slow baselines read (a fixed prefix of the English documents). */
  baselineDocs: number;
}

export interface BenchContext {
  corpus: readonly BenchDoc[];
  knowledge: Knowledge;
  options: BenchOptions;
  /** Figures other sections may read, by name (e.g. "pipeline.wordsPerCpuSecond"). */
  results: Map<string, number>;
  /** Prints one labelled figure. */
  print(label: string, value: string): void;
}

export interface Section {
  readonly name: string;
  run(ctx: BenchContext): Promise<void> | void;
}

/** CPU seconds (user + system) used by this process since `start`. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

export function formatRate(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Peak resident set size so far, in MiB (resourceUsage reports kilobytes). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The p-th percentile (0..100) of an ascending list; NaN when it is empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
