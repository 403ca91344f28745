/**
 * What the analyses read: stored documents with their analysis records.
 * A `StoredDocument` from the store fits this shape as it is; tests build
 * them from their own documents. Keeping the input this narrow lets every
 * analysis run over a plain array, with or without a store.
 */
import type { AnalysisRecord } from '../core/record.js';
import type { DocumentMeta } from '../core/types.js';

export interface SourceDoc {
  id: string;
  meta: DocumentMeta;
  text: string;
  /** Near-duplicate cluster id; documents in one cluster are copies, not independent sources. */
  clusterId: string;
  record: AnalysisRecord;
}

/** The outlet a document speaks for: registry id when known, else its name, else "unknown". */
export function outletOf(doc: Pick<SourceDoc, 'meta'>): string {
  return doc.meta.sourceId ?? doc.meta.source ?? 'unknown';
}

export interface CorpusFilter {
  /** Documents that mention this entity (or whose statements/events name it). */
  actor?: string | null;
  /** Outlet id or name, case-insensitive. */
  outlet?: string | null;
  /** Inclusive bounds on the publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string | null;
  until?: string | null;
}

/** Compares a partial date with a bound, at the precision the two share. */
export function dateWithin(date: string | null, since?: string | null, until?: string | null): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date.slice(0, since.length) < since.slice(0, date.length)) return false;
  if (until && date.slice(0, until.length) > until.slice(0, date.length)) return false;
  return true;
}

export function mentionsActor(doc: SourceDoc, actor: string): boolean {
  const r = doc.record;
  return r.entities.some((e) => e.id === actor)
    || r.statements.some((s) => s.actor === actor || s.target === actor)
    || r.events.some((e) => e.actor === actor || e.target === actor);
}

export function filterCorpus(docs: readonly SourceDoc[], filter: CorpusFilter): SourceDoc[] {
  const outlet = filter.outlet?.toLowerCase() ?? null;
  return docs.filter((d) =>
    (!filter.actor || mentionsActor(d, filter.actor))
    && (!outlet || [d.meta.sourceId, d.meta.source].some((o) => o?.toLowerCase() === outlet))
    && dateWithin(d.meta.published, filter.since, filter.until));
}
