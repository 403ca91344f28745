/**
 * Which outlet published a page, from the places a page names its
 * publisher: the declared publisher or site name, the URL, the first line,
 * a byline, a copyright line, the header, furniture such as subscription
 * blurbs, and series titles. Mentions in the article body do not count: an
 * article that quotes Reuters is not a Reuters article.
 */
import type { SourceEntry, SourceRegistry } from './sources.js';

export interface OutletEvidence {
  text: string;
  /** How much a name found here says about the publisher. */
  weight: number;
}

export interface Outlet {
  name: string;
  /** Registry id, or null for a publisher the registry does not know. */
  id: string | null;
}

export const outletWeights = {
  declared: 8,
  url: 8,
  titleSuffix: 6,
  firstLine: 5,
  byline: 5,
  copyright: 4,
  header: 3,
  furniture: 2,
} as const;

export function recogniseOutlet(evidence: OutletEvidence[], registry: SourceRegistry): SourceEntry | null {
  const score = new Map<string, { entry: SourceEntry; score: number; first: number }>();
  let order = 0;
  for (const { text, weight } of evidence) {
    for (const m of registry.find(text)) {
      const s = score.get(m.source.id) ?? { entry: m.source, score: 0, first: order++ };
      s.score += weight;
      score.set(m.source.id, s);
    }
  }
  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  return ranked[0]?.entry ?? null;
}

/** The host of a URL, or null when the string is not an http(s) URL. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** A copyright line names its owner: "Copyright © 2020 Jpost Inc." */
export function isCopyrightLine(text: string): boolean {
  return /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|جميع الحقوق محفوظة/i.test(text);
}
