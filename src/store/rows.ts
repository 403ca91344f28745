/**
 * Between a Doc's annotations and table rows, both ways. Row order (`seq`)
 * is the annotation's index in its list, so reading back gives the same lists.
 */
import type { Insertable, Selectable } from 'kysely';
import type {
  Doc, Entity, EntityType, Event, EventKind, Mention, Quote, Relation, RelationPredicate, Sentence, Statement, StatementKind, Warning,
} from '../core/types.js';
import type {
  DocumentsTable, EntitiesTable, EventsTable, MentionsTable, QuotesTable, RelationsTable, StatementsTable, WarningsTable,
} from './schema.js';

/** The annotation lists of a document: what re-analysis replaces and corrections edit. */
export type Annotations = Pick<Doc, 'entities' | 'mentions' | 'quotes' | 'statements' | 'events' | 'relations' | 'warnings'>;

export interface AnnotationRows {
  entities: Insertable<EntitiesTable>[];
  mentions: Insertable<MentionsTable>[];
  quotes: Insertable<QuotesTable>[];
  statements: Insertable<StatementsTable>[];
  events: Insertable<EventsTable>[];
  relations: Insertable<RelationsTable>[];
  warnings: Insertable<WarningsTable>[];
}

/** The rows of a document's annotations; `docSeq` is the stored document's seq (entities and statements carry it). */
export function annotationRows(docId: string, docSeq: number, a: Annotations): AnnotationRows {
  return {
    entities: a.entities.map((e, seq) => ({
      doc_id: docId, doc_seq: docSeq, seq, entity_id: e.id, type: e.type, name: e.name, in_registry: e.inRegistry ? 1 : 0,
    })),
    mentions: a.mentions.map((m, seq) => ({
      doc_id: docId, seq, entity_id: m.entityId, start: m.start, end: m.end, text: m.text,
      rule: m.provenance.rule, confidence: m.provenance.confidence,
    })),
    quotes: a.quotes.map((q, seq) => ({
      doc_id: docId, seq, start: q.start, end: q.end, text: q.text, speaker: q.speaker,
      cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null, sentence: q.sentence,
      rule: q.provenance.rule, confidence: q.provenance.confidence,
    })),
    statements: a.statements.map((s, seq) => ({
      doc_id: docId, doc_seq: docSeq, seq, kind: s.kind, actor: s.actor, target: s.target, date: s.date, text: s.text,
      start: s.start, end: s.end, means: s.means, condition: s.condition, deadline: s.deadline,
      quote: s.quote, sentence: s.sentence, rule: s.provenance.rule, confidence: s.provenance.confidence,
    })),
    events: a.events.map((e, seq) => ({
      doc_id: docId, seq, kind: e.kind, actor: e.actor, target: e.target, date: e.date, place: e.place,
      cameo: e.cameo, goldstein: e.goldstein, text: e.text, start: e.start, end: e.end, sentence: e.sentence,
      rule: e.provenance.rule, confidence: e.provenance.confidence,
    })),
    relations: a.relations.map((r, seq) => ({
      doc_id: docId, seq, subject: r.subject, predicate: r.predicate, object: r.object, text: r.text,
      start: r.span?.start ?? null, end: r.span?.end ?? null, origin: r.origin,
      rule: r.provenance.rule, confidence: r.provenance.confidence,
    })),
    warnings: a.warnings.map((w, seq) => ({
      doc_id: docId, seq, stage: w.stage, message: w.message, start: w.span?.start ?? null, end: w.span?.end ?? null,
    })),
  };
}

export interface StoredRows {
  entities: Selectable<EntitiesTable>[];
  mentions: Selectable<MentionsTable>[];
  quotes: Selectable<QuotesTable>[];
  statements: Selectable<StatementsTable>[];
  events: Selectable<EventsTable>[];
  relations: Selectable<RelationsTable>[];
  warnings: Selectable<WarningsTable>[];
}

const bySeq = <T extends { seq: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.seq - b.seq);
const span = (start: number | null, end: number | null) => (start === null || end === null ? null : { start, end });

export function rowsToAnnotations(rows: StoredRows): Annotations {
  return {
    entities: bySeq(rows.entities).map((r): Entity => ({
      id: r.entity_id, type: r.type as EntityType, name: r.name, inRegistry: r.in_registry === 1,
    })),
    mentions: bySeq(rows.mentions).map((r): Mention => ({
      start: r.start, end: r.end, text: r.text, entityId: r.entity_id, provenance: { rule: r.rule, confidence: r.confidence },
    })),
    quotes: bySeq(rows.quotes).map((r): Quote => ({
      start: r.start, end: r.end, text: r.text, speaker: r.speaker, cue: span(r.cue_start, r.cue_end),
      sentence: r.sentence, provenance: { rule: r.rule, confidence: r.confidence },
    })),
    statements: bySeq(rows.statements).map((r): Statement => ({
      kind: r.kind as StatementKind, actor: r.actor, target: r.target, date: r.date, text: r.text,
      start: r.start, end: r.end, means: r.means, condition: r.condition, deadline: r.deadline,
      quote: r.quote, sentence: r.sentence, provenance: { rule: r.rule, confidence: r.confidence },
    })),
    events: bySeq(rows.events).map((r): Event => ({
      kind: r.kind as EventKind, actor: r.actor, target: r.target, date: r.date, place: r.place, cameo: r.cameo,
      goldstein: r.goldstein, text: r.text, start: r.start, end: r.end, sentence: r.sentence,
      provenance: { rule: r.rule, confidence: r.confidence },
    })),
    relations: bySeq(rows.relations).map((r): Relation => ({
      subject: r.subject, predicate: r.predicate as RelationPredicate, object: r.object, text: r.text,
      span: span(r.start, r.end), origin: r.origin as Relation['origin'], provenance: { rule: r.rule, confidence: r.confidence },
    })),
    warnings: bySeq(rows.warnings).map((r): Warning => ({ stage: r.stage, message: r.message, span: span(r.start, r.end) })),
  };
}

/** Rebuilds a Doc (without tokens) from its stored row and annotations. */
export function rowToDoc(row: Selectable<DocumentsTable>, annotations: Annotations): Doc {
  const raw = row.raw instanceof Uint8Array ? row.raw : new Uint8Array(row.raw as ArrayBufferLike);
  return {
    id: row.id,
    input: { name: row.name, bytes: raw, contentType: row.content_type, origin: row.origin },
    decoded: '',
    charset: row.charset,
    format: row.format,
    text: row.text,
    meta: {
      title: row.title, published: row.published, author: row.author, source: row.source,
      sourceId: row.source_id, language: row.language, url: row.url,
    },
    sentences: JSON.parse(row.sentences) as Sentence[],
    tokens: [],
    ...annotations,
  };
}
