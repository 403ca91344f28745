/**
 * The workbench's view of the stored corpus: documents with their records,
 * the facts gathered from them, and the actors they name. Read once from the
 * store and kept until something changes (a correction, an ingest), because
 * the inbox, actor pages, graph and map all read the whole corpus.
 * Sized for one analyst team's corpus; a much larger store would page these
 * reads through store queries instead.
 */
import { loadCorpus } from '../analyze/corpus-store.js';
import { dateWithin, outletOf, type SourceDoc } from '../analyze/corpus.js';
import { gatherFacts, type Fact } from '../analyze/facts.js';
import type { EntityType, StatementKind } from '../core/types.js';
import type { Store } from '../store/store.js';

export interface Corpus {
  docs: SourceDoc[];
  byId: Map<string, SourceDoc>;
  facts: Fact[];
  /** Every entity named in some document: id -> its type, names seen and documents. */
  entities: Map<string, { type: EntityType; names: Set<string>; docs: Set<string> }>;
}

export class CorpusView {
  private cached: Promise<Corpus> | null = null;

  constructor(private readonly store: Store) {}

  get(): Promise<Corpus> {
    this.cached ??= loadCorpus(this.store).then(buildCorpus);
    // A failed read must not stick: the next request tries again.
    this.cached.catch(() => { this.cached = null; });
    return this.cached;
  }

  /** Call after any change to stored documents. */
  invalidate(): void {
    this.cached = null;
  }
}

export function buildCorpus(docs: SourceDoc[]): Corpus {
  const entities: Corpus['entities'] = new Map();
  for (const d of docs) {
    for (const e of d.record.entities) {
      let info = entities.get(e.id);
      if (!info) entities.set(e.id, (info = { type: e.type, names: new Set(), docs: new Set() }));
      info.names.add(e.name);
      for (const m of e.mentions) info.names.add(m.text);
      info.docs.add(d.id);
    }
  }
  return { docs, byId: new Map(docs.map((d) => [d.id, d])), facts: gatherFacts(docs), entities };
}

export interface InboxFilter {
  actor?: string | null;
  kind?: StatementKind | null;
  outlet?: string | null;
  language?: string | null;
  since?: string | null;
  until?: string | null;
}

export interface InboxItem {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  threats: number;
  statements: number;
  quotes: number;
  /** The first threat statement, to show under the title. */
  lead: string | null;
}

const isThreat = (k: StatementKind) => k === 'threat' || k === 'warning';

/**
 * Newest first, except that documents carrying a threat statement come
 * before all others: the analyst reads threats first.
 */
export function inbox(corpus: Corpus, f: InboxFilter): InboxItem[] {
  const outlet = f.outlet?.toLowerCase() ?? null;
  const items = corpus.docs.filter((d) => {
    const r = d.record;
    if (f.actor && !r.entities.some((e) => e.id === f.actor) && !r.statements.some((s) => s.actor === f.actor)) return false;
    if (f.kind && !r.statements.some((s) => s.kind === f.kind)) return false;
    if (outlet && outletOf(d).toLowerCase() !== outlet && d.meta.source?.toLowerCase() !== outlet) return false;
    if (f.language && d.meta.language !== f.language) return false;
    return dateWithin(d.meta.published, f.since, f.until);
  }).map((d): InboxItem => {
    const threats = d.record.statements.filter((s) => isThreat(s.kind));
    return {
      id: d.id, title: d.meta.title, published: d.meta.published, source: d.meta.source, language: d.meta.language,
      threats: threats.length, statements: d.record.statements.length, quotes: d.record.quotes.length,
      lead: threats[0]?.text ?? null,
    };
  });
  return items.sort((a, b) =>
    Number(b.threats > 0) - Number(a.threats > 0)
    || (b.published ?? '').localeCompare(a.published ?? '')
    || a.id.localeCompare(b.id));
}

/** The outlets, languages and actors the inbox can be filtered by. */
export function facets(corpus: Corpus): { outlets: string[]; languages: string[]; actors: Array<{ id: string; name: string }> } {
  const outlets = new Set<string>();
  const languages = new Set<string>();
  for (const d of corpus.docs) {
    if (d.meta.source) outlets.add(d.meta.source);
    if (d.meta.language) languages.add(d.meta.language);
  }
  const actors = [...corpus.entities.entries()]
    .filter(([, e]) => e.type !== 'location' && e.type !== 'facility')
    .map(([id, e]) => ({ id, name: [...e.names][0] ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { outlets: [...outlets].sort(), languages: [...languages].sort(), actors };
}
