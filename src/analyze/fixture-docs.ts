/**
 * Builds SourceDocs for tests from a text and annotations named by their
 * words, so a fixture reads like the article it stands for. Test support
 * only; nothing in the running system calls it.
 */
import type { AnalysisRecord } from '../core/record.js';
import type { EntityType, EventKind, RelationPredicate, StatementKind } from '../core/types.js';
import type { SourceDoc } from './corpus.js';

export interface FixtureDoc {
  id: string;
  outlet: string;
  published: string | null;
  /** Defaults to the document's own id (no copies). */
  cluster?: string;
  title?: string;
  text: string;
  entities?: Array<{ id: string; type: EntityType; name: string; mentions?: string[] }>;
  quotes?: Array<{ words: string; speaker: string | null }>;
  statements?: Array<{ kind: StatementKind; actor: string | null; target?: string | null; date?: string | null; words: string }>;
  events?: Array<{ kind: EventKind; actor: string | null; target?: string | null; date?: string | null; place?: string | null; cameo: string; goldstein: number; words: string }>;
  relations?: Array<{ subject: string; predicate: RelationPredicate; object: string; words: string }>;
}

function locate(text: string, words: string, id: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture ${id}: "${words}" is not in the text`);
  return { start, end: start + words.length };
}

export function fixtureDoc(f: FixtureDoc): SourceDoc {
  const record: AnalysisRecord = {
    doc: `${f.id}.txt`, id: f.id, title: f.title ?? null, published: f.published, source: f.outlet,
    author: null, language: 'en', url: null, text: f.text,
    entities: (f.entities ?? []).map((e) => ({
      id: e.id, type: e.type, name: e.name,
      mentions: (e.mentions ?? []).map((m) => ({ text: m, ...locate(f.text, m, f.id) })),
    })),
    quotes: (f.quotes ?? []).map((q) => ({ text: q.words, speaker: q.speaker, ...locate(f.text, q.words, f.id) })),
    statements: (f.statements ?? []).map((s) => ({
      kind: s.kind, actor: s.actor, target: s.target ?? null, date: s.date ?? null, text: s.words,
      ...locate(f.text, s.words, f.id), means: null, condition: null, deadline: null,
    })),
    events: (f.events ?? []).map((e) => ({
      kind: e.kind, actor: e.actor, target: e.target ?? null, date: e.date ?? null, place: e.place ?? null,
      cameo: e.cameo, goldstein: e.goldstein, text: e.words, ...locate(f.text, e.words, f.id),
    })),
    relations: (f.relations ?? []).map((r) => {
      locate(f.text, r.words, f.id);
      return { subject: r.subject, predicate: r.predicate, object: r.object, text: r.words, origin: 'document' as const };
    }),
    warnings: [],
  };
  return {
    id: f.id,
    meta: { title: f.title ?? null, published: f.published, author: null, source: f.outlet, sourceId: f.outlet.toLowerCase().replace(/\W+/g, '-'), language: 'en', url: null },
    text: f.text,
    clusterId: f.cluster ?? f.id,
    record,
  };
}
