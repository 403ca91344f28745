/**
 * Corroboration: a fact is corroborated when independent outlets report it.
 * Copies are not independent: reports in one near-duplicate cluster count
 * once, and so do several reports from one outlet. Reports joined by a shared
 * outlet or a shared cluster form one source (connected components).
 */
import type { Fact, Report } from './facts.js';

export interface SourceGroup {
  outlets: string[];
  reports: Report[];
}

/** The independent sources among a fact's reports. */
export function independentSources(reports: readonly Report[]): SourceGroup[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstBy = new Map<string, number>();
  reports.forEach((r, i) => {
    for (const k of [`outlet:${r.citation.outlet}`, `cluster:${r.clusterId}`]) {
      const j = firstBy.get(k);
      if (j === undefined) firstBy.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, SourceGroup>();
  reports.forEach((r, i) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { outlets: [], reports: [] }));
    if (!g.outlets.includes(r.citation.outlet)) g.outlets.push(r.citation.outlet);
    g.reports.push(r);
  });
  return [...groups.values()];
}

export interface Corroboration {
  fact: Fact;
  sources: SourceGroup[];
  /** Number of independent sources. */
  independent: number;
  corroborated: boolean;
}

export function corroborate(facts: readonly Fact[]): Corroboration[] {
  return facts.map((fact) => {
    const sources = independentSources(fact.reports);
    return { fact, sources, independent: sources.length, corroborated: sources.length >= 2 };
  });
}
