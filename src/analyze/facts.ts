/**
 * Facts: the statements and events of many documents, gathered so that one
 * thing said or done is one fact with many reports ("count events, not
 * reports"). Two reports are the same fact when they agree on what kind of
 * thing it was, who did it, to whom, and on which date.
 */
import type { EventKind, StatementKind } from '../core/types.js';
import type { SourceDoc } from './corpus.js';
import { cite, type Citation } from './citation.js';

export interface Report {
  citation: Citation;
  clusterId: string;
  /** The words the record gives for it. */
  text: string;
}

interface FactBase {
  key: string;
  actor: string | null;
  target: string | null;
  /** The date the text gives, else the publication date of the first report. */
  date: string | null;
  /** True when the date is the publication date, not one the text gives. */
  dateFromPublication: boolean;
  reports: Report[];
}

export interface StatementFact extends FactBase {
  type: 'statement';
  kind: StatementKind;
}

export interface EventFact extends FactBase {
  type: 'event';
  kind: EventKind;
  cameo: string;
  goldstein: number;
  place: string | null;
}

export type Fact = StatementFact | EventFact;

function key(parts: Array<string | null>): string {
  return parts.map((p) => p ?? '-').join('|');
}

/** Gathers the statements and events of the documents into facts, in date order. */
export function gatherFacts(docs: readonly SourceDoc[]): Fact[] {
  const facts = new Map<string, Fact>();
  const add = (fact: Fact, report: Report) => {
    const known = facts.get(fact.key);
    if (known) known.reports.push(report);
    else facts.set(fact.key, fact);
  };
  for (const doc of docs) {
    // Within one document, two statements of one kind by one actor on one day are two statements;
    // the n-th of them is matched with the n-th in other documents.
    const seen = new Map<string, number>();
    const nth = (k: string) => { const n = seen.get(k) ?? 0; seen.set(k, n + 1); return n === 0 ? k : `${k}#${n}`; };
    for (const s of doc.record.statements) {
      const date = s.date ?? doc.meta.published;
      const report: Report = { citation: cite(doc, s.start, s.end), clusterId: doc.clusterId, text: s.text };
      const k = nth(key(['statement', s.kind, s.actor, s.target, date]));
      add({ type: 'statement', key: k, kind: s.kind, actor: s.actor, target: s.target, date, dateFromPublication: !s.date, reports: [report] }, report);
    }
    for (const e of doc.record.events) {
      const date = e.date ?? doc.meta.published;
      const report: Report = { citation: cite(doc, e.start, e.end), clusterId: doc.clusterId, text: e.text };
      // CAMEO root (two digits) rather than the full code: outlets describe one strike in different words.
      const k = nth(key(['event', e.kind, e.actor, e.target, date, e.cameo.slice(0, 2)]));
      add({
        type: 'event', key: k, kind: e.kind, actor: e.actor, target: e.target, date, dateFromPublication: !e.date,
        cameo: e.cameo, goldstein: e.goldstein, place: e.place, reports: [report],
      }, report);
    }
  }
  return [...facts.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.key.localeCompare(b.key));
}
