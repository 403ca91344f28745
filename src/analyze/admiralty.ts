/**
 * The Admiralty (NATO) grading: source reliability A-F per outlet, from the
 * source registry (F, "cannot be judged", when the registry does not say),
 * and information credibility 1-6 per fact, derived from corroboration:
 *   1 confirmed by at least two other independent sources
 *   2 probably true: one other independent source
 *   3 possibly true: a single source rated A or B
 *   4 doubtful: a single source rated C-E
 *   5 improbable: contradicted by independent sources
 *   6 cannot be judged: a single unrated source
 */
import type { Corroboration } from './corroboration.js';
import type { SourceRegistry } from '../ingest/sources.js';

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface Grade {
  reliability: Reliability;
  credibility: Credibility;
  /** e.g. "B2" */
  code: string;
}

export function credibilityOf(c: Corroboration, reliabilityOf: (outlet: string) => Reliability, contradicted = false): Credibility {
  if (contradicted) return 5;
  if (c.independent >= 3) return 1;
  if (c.independent === 2) return 2;
  const outlets = c.sources.flatMap((s) => s.outlets);
  const best = outlets.map(reliabilityOf).sort()[0] ?? 'F';
  return best === 'A' || best === 'B' ? 3 : best === 'F' ? 6 : 4;
}

/** Grades of one fact as each of its outlets reported it. */
export function gradeFact(c: Corroboration, reliabilityOf: (outlet: string) => Reliability, contradicted = false): Array<{ outlet: string } & Grade> {
  const credibility = credibilityOf(c, reliabilityOf, contradicted);
  const outlets = [...new Set(c.sources.flatMap((s) => s.outlets))];
  return outlets.map((outlet) => {
    const reliability = reliabilityOf(outlet);
    return { outlet, reliability, credibility, code: `${reliability}${credibility}` };
  });
}

/** Per outlet: its reliability and the mean credibility of what it reported. */
export function gradeOutlets(corroborations: readonly Corroboration[], reliabilityOf: (outlet: string) => Reliability): Array<{ outlet: string; reliability: Reliability; facts: number; corroborated: number; meanCredibility: number }> {
  const acc = new Map<string, { facts: number; corroborated: number; sum: number }>();
  for (const c of corroborations) {
    const credibility = credibilityOf(c, reliabilityOf);
    for (const outlet of new Set(c.sources.flatMap((s) => s.outlets))) {
      const a = acc.get(outlet) ?? { facts: 0, corroborated: 0, sum: 0 };
      a.facts++; a.sum += credibility; if (c.corroborated) a.corroborated++;
      acc.set(outlet, a);
    }
  }
  return [...acc.entries()].map(([outlet, a]) => ({ outlet, reliability: reliabilityOf(outlet), facts: a.facts, corroborated: a.corroborated, meanCredibility: Math.round((a.sum / a.facts) * 100) / 100 }))
    .sort((x, y) => x.outlet.localeCompare(y.outlet));
}

/**
 * Reliability by outlet from the source registry (data/sources: `reliability`).
 * An outlet is known by its registry id, or else by its name or an alias as
 * printed; anything else, and any outlet without a judgement, is F.
 */
export function reliabilityFromRegistry(registry: Pick<SourceRegistry, 'entries'>): (outlet: string) => Reliability {
  const byName = new Map<string, Reliability>();
  const fold = (s: string) => s.toLowerCase().replace(/[\s\u00a0\-‐–]+/g, ' ').trim();
  for (const e of registry.entries) {
    const r = e.reliability ?? 'F';
    for (const n of [e.id, e.name, ...e.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), r);
  }
  return (outlet) => byName.get(fold(outlet)) ?? 'F';
}
