/**
 * Re-analysis: after the registry or the rules change, every stored
 * document is analysed again from its raw input and its annotations
 * replaced, analyst corrections re-applied. A document keeps its id even if
 * new normalization would hash its text differently: ids are references
 * that alerts, corrections and exports hold.
 */
import { describeError } from '../core/errors.js';
import type { Doc, RawInput } from '../core/types.js';
import type { Store } from './store.js';

export interface ReanalysisOutcome {
  id: string;
  ok: boolean;
  /** Corrections that no longer find their annotation. */
  staleCorrections: number;
  /** The new analysis would give the text a different id (normalization changed). */
  idChanged: boolean;
  error: string | null;
}

export interface ReanalysisSummary {
  done: number;
  failed: number;
  staleCorrections: number;
  idChanged: number;
}

const PAGE = 200;

export async function reanalyzeAll(
  store: Store,
  analyze: (input: RawInput) => Doc,
  onOutcome: (outcome: ReanalysisOutcome) => void,
): Promise<ReanalysisSummary> {
  const summary: ReanalysisSummary = { done: 0, failed: 0, staleCorrections: 0, idChanged: 0 };
  let after: string | null = null;
  for (;;) {
    const ids = await store.listDocumentIds(after, PAGE);
    if (ids.length === 0) break;
    after = ids[ids.length - 1] ?? null;
    for (const id of ids) {
      let outcome: ReanalysisOutcome;
      try {
        const input = await store.getRawInput(id);
        if (!input) continue; // deleted meanwhile
        const doc = analyze(input);
        const idChanged = doc.id !== id;
        doc.id = id;
        const { staleCorrections } = await store.replaceAnalysis(id, doc);
        outcome = { id, ok: true, staleCorrections: staleCorrections.length, idChanged, error: null };
      } catch (err) {
        outcome = { id, ok: false, staleCorrections: 0, idChanged: false, error: describeError(err) };
      }
      if (outcome.ok) summary.done++; else summary.failed++;
      summary.staleCorrections += outcome.staleCorrections;
      if (outcome.idChanged) summary.idChanged++;
      onOutcome(outcome);
    }
  }
  return summary;
}
