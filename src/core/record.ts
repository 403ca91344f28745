import type { Doc, EntityType, EventKind, RelationPredicate, StatementKind } from './types.js';

/** The analysis record printed by `vigil analyze` (shared eval OUTPUT-CONTRACT). */
export interface AnalysisRecord {
  doc: string;
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  language: string | null;
  url: string | null;
  text: string;
  entities: Array<{
    id: string;
    type: EntityType;
    name: string;
    mentions: Array<{ text: string; start: number; end: number }>;
  }>;
  quotes: Array<{ text: string; start: number; end: number; speaker: string | null }>;
  statements: Array<{
    kind: StatementKind; actor: string | null; target: string | null; date: string | null;
    text: string; start: number; end: number;
    means: string | null; condition: string | null; deadline: string | null;
  }>;
  events: Array<{
    kind: EventKind; actor: string | null; target: string | null; date: string | null; place: string | null;
    cameo: string; goldstein: number; text: string; start: number; end: number;
  }>;
  relations: Array<{ subject: string; predicate: RelationPredicate; object: string; text: string; origin: 'document' | 'registry' }>;
  warnings: string[];
}

/** A record for an input that could not be analysed. */
export interface FailureRecord {
  doc: string;
  error: string;
}

export function toRecord(doc: Doc): AnalysisRecord {
  const mentionsOf = new Map<string, AnalysisRecord['entities'][number]['mentions']>();
  for (const m of doc.mentions) {
    let list = mentionsOf.get(m.entityId);
    if (!list) mentionsOf.set(m.entityId, (list = []));
    list.push({ text: m.text, start: m.start, end: m.end });
  }
  return {
    doc: doc.input.name,
    id: doc.id,
    title: doc.meta.title,
    published: doc.meta.published,
    source: doc.meta.source,
    author: doc.meta.author,
    language: doc.meta.language,
    url: doc.meta.url,
    text: doc.text,
    entities: doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, mentions: mentionsOf.get(e.id) ?? [] })),
    quotes: doc.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker })),
    statements: doc.statements.map((s) => ({
      kind: s.kind, actor: s.actor, target: s.target, date: s.date, text: s.text, start: s.start, end: s.end,
      means: s.means, condition: s.condition, deadline: s.deadline,
    })),
    events: doc.events.map((e) => ({
      kind: e.kind, actor: e.actor, target: e.target, date: e.date, place: e.place,
      cameo: e.cameo, goldstein: e.goldstein, text: e.text, start: e.start, end: e.end,
    })),
    relations: doc.relations.map((r) => ({ subject: r.subject, predicate: r.predicate, object: r.object, text: r.text, origin: r.origin })),
    warnings: doc.warnings.map((w) => `${w.stage}: ${w.message}`),
  };
}
