/**
 * Why an annotation is there. The store keeps each annotation with the rule
 * that made it and its confidence, as they were at analysis time (a rule
 * changed since does not rewrite the explanation); the corrections say which
 * ones a person made or changed.
 */
import type { AnalysisRecord } from '../core/record.js';
import type { Doc } from '../core/types.js';
import type { Correction } from '../store/store.js';

export interface Why {
  /** "mention:12-30", "quote:40-98", "statement:40-98:threat", "event:...", "relation:subject|predicate|object". */
  key: string;
  rule: string | null;
  confidence: number | null;
  /** Corrections that touched this annotation, oldest first. */
  corrections: Array<{ id: number; action: string; author: string; at: number; fields: Record<string, unknown>; note: string | null }>;
}

export const keyOf = {
  mention: (m: { start: number; end: number }) => `mention:${m.start}-${m.end}`,
  quote: (q: { start: number; end: number }) => `quote:${q.start}-${q.end}`,
  statement: (s: { start: number; end: number; kind: string }) => `statement:${s.start}-${s.end}:${s.kind}`,
  event: (e: { start: number; end: number; kind: string }) => `event:${e.start}-${e.end}:${e.kind}`,
  relation: (r: { subject: string; predicate: string; object: string }) => `relation:${r.subject}|${r.predicate}|${r.object}`,
};

function correctionKey(c: Correction): string[] {
  const s = c.selector;
  const span = s.start !== undefined && s.end !== undefined ? `${s.start}-${s.end}` : null;
  const keys: string[] = [];
  switch (c.target) {
    case 'mention': if (span) keys.push(`mention:${span}`); break;
    case 'quote': if (span) keys.push(`quote:${span}`); break;
    case 'statement': case 'event':
      if (span) {
        keys.push(`${c.target}:${span}:${s.kind ?? ''}`);
        const newKind = c.fields['kind'];
        if (typeof newKind === 'string') keys.push(`${c.target}:${span}:${newKind}`);
      }
      break;
    default: break;
  }
  if (c.action === 'add') {
    const f = c.fields;
    if (typeof f['start'] === 'number' && typeof f['end'] === 'number') {
      keys.push(`${c.target}:${f['start']}-${f['end']}${typeof f['kind'] === 'string' ? `:${f['kind']}` : ''}`);
    }
  }
  return keys;
}

/** One entry per annotation in the record, explained from the stored document's own annotations. */
export function explain(record: AnalysisRecord, stored: Doc | null, corrections: readonly Correction[]): Why[] {
  const rules = new Map<string, { rule: string; confidence: number }>();
  if (stored) {
    for (const m of stored.mentions) rules.set(keyOf.mention(m), m.provenance);
    for (const q of stored.quotes) rules.set(keyOf.quote(q), q.provenance);
    for (const s of stored.statements) rules.set(keyOf.statement(s), s.provenance);
    for (const e of stored.events) rules.set(keyOf.event(e), e.provenance);
    for (const r of stored.relations) rules.set(keyOf.relation(r), r.provenance);
  }
  const touched = new Map<string, Why['corrections']>();
  for (const c of corrections) {
    for (const k of correctionKey(c)) {
      const list = touched.get(k) ?? [];
      list.push({ id: c.id, action: c.action, author: c.author, at: c.createdAt, fields: c.fields, note: c.note });
      touched.set(k, list);
    }
  }
  const keys = [
    ...record.entities.flatMap((e) => e.mentions.map(keyOf.mention)),
    ...record.quotes.map(keyOf.quote),
    ...record.statements.map(keyOf.statement),
    ...record.events.map(keyOf.event),
    ...record.relations.map(keyOf.relation),
  ];
  return [...new Set(keys)].map((key) => {
    const p = rules.get(key);
    return { key, rule: p?.rule ?? null, confidence: p?.confidence ?? null, corrections: touched.get(key) ?? [] };
  });
}
