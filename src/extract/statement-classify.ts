/**
 * The kind of a declaration that no statement cue typed ("X said the strike
 * was a crime", '"We will never leave," he said'): the content words of
 * data/lexicons/statement-kinds.yaml, tried in the file's order, over the
 * declared words with the names in them blanked (a group called "Army of
 * Justice" or "Islamic Resistance" says nothing by its name). No word: no
 * kind, and the declaration is not logged. A deed the clause negates
 * ("none of them were targeted") is denied, not claimed.
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
  if (!best) return null;
  // "None of the nationals were targeted", "no soldier was killed": a deed negated in its clause is denied, not claimed.
  if (best.kind === 'claim' && NEGATED_BEFORE.test(d.doc.text.slice(Math.max(from, best.start - 100), best.start))) {
    return { kind: 'denial', at: { start: best.start, end: best.end } };
  }
  return { kind: best.kind, at: { start: best.start, end: best.end } };
}

// A negation earlier in the same clause (no comma, stop or quotation mark between) that the deed's word completes.
const NEGATED_BEFORE = /\b(?:none|no|not|never|nobody|neither|nor)\b[^,.;:!?"“”«»]{0,80}?\b(?:were|was|been|be|is|are|had|has|have)\s+$|\b(?:not|never)\s+$/iu;
