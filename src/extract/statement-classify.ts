/**
 * The kind of a declaration that no statement cue typed ("X said the strike
 * was a crime", '"We will never leave," he said'): the content words of
 * data/lexicons/statement-kinds.yaml, tried in the file's order, over the
 * declared words with the names in them blanked (a group called "Army of
 * Justice" or "Islamic Resistance" says nothing by its name). No word: no
 * kind, and the declaration is not logged.
 */
import type { StatementKind } from '../core/types.js';
import type { Discourse } from './discourse.js';
import { hitsIn } from './range-cues.js';

export interface KindReading {
  kind: StatementKind;
  /** Where the deciding word stands. */
  at: { start: number; end: number };
}

/** The kind the words in [from, to) of the document give a declaration, or null where none does. */
export function declarationKind(d: Discourse, from: number, to: number): KindReading | null {
  const names = d.refsFrom(Math.max(0, from - 200), to).filter((r) => r.via === 'name' && r.end > from);
  let best: { kind: StatementKind; rank: number; start: number; end: number } | null = null;
  for (const h of hitsIn(d.doc, d.cues.declarationKinds, from, to)) {
    if (names.some((r) => r.start < h.end && r.end > h.start)) continue;
    if (!best || h.value.rank < best.rank) best = { ...h.value, start: h.start, end: h.end };
  }
  return best ? { kind: best.kind, at: { start: best.start, end: best.end } } : null;
}
