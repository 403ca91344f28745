/**
 * One story, outlet by outlet: what `vigil framing` computes (framing.ts),
 * laid out for the workbench. A story is a document with its copies and the
 * documents reporting one of the same statements or events (storyOf), or one
 * near-duplicate cluster. For each outlet: its registry entry (Admiralty
 * reliability, country, alignment), its documents with the framing words
 * marked in their sentences, the quotations and statements each carries;
 * then what differs: words one outlet alone used, how each named the same
 * actors, and the contradictions among them (contradictions.ts).
 *
 * Only the story's documents are read: the documents sharing a fact are
 * found through the store's per-actor index, not by loading the corpus.
 */
import type { Citation } from '../analyze/citation.js';
import { claimsOf, findContradictions } from '../analyze/contradictions.js';
import type { SourceDoc } from '../analyze/corpus.js';
import { outletOf } from '../analyze/corpus.js';
import { gatherFacts } from '../analyze/facts.js';
import { framingSideBySide, storyOf, type FramingTerm, type Stance } from '../analyze/framing.js';
import { framingSentences, type FramingMark, type FramingSentence } from '../analyze/framing-marks.js';
import type { SourceEntry, SourceRegistry } from '../ingest/sources.js';
import type { StoredDocument } from '../store/store.js';
import { namesFor, type NameSource } from './corpus-view.js';

/** At most this many documents are laid side by side; the rest are counted. */
export const MAX_STORY_DOCS = 40;
// Documents read to decide which share a fact with the chosen one.
const MAX_CANDIDATES = 400;
// Actors of the chosen document whose acts are looked up.
const MAX_ACTORS = 30;

export interface StoryContext extends NameSource {
  sources: SourceRegistry | null;
  lexicon: readonly FramingTerm[];
}

export type StoryPick = { doc: string } | { cluster: string };

export interface StoryDocument {
  id: string;
  title: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  author: string | null;
  /** Framing words in the headline (offsets into the title; the counts read the body only, as framing.ts does). */
  titleMarks: FramingMark[];
  framing: FramingSentence[];
  quotes: Array<{ text: string; start: number; end: number; speaker: string | null }>;
  statements: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; text: string; start: number; end: number }>;
  events: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; cameo: string; text: string; start: number; end: number }>;
}

export interface StoryOutlet {
  outlet: string;
  name: string;
  /** Whether the source registry knows the outlet (else grade F and no country or alignment). */
  registered: boolean;
  country: string | null;
  alignment: string | null;
  type: string | null;
  reliability: string;
  reliabilityNote: string | null;
  counts: Record<string, number>;
  stance: Record<Stance, number>;
  /** Framing terms this outlet used and no other outlet in the story did. */
  onlyHere: string[];
  documents: StoryDocument[];
}

export interface StoryContradiction {
  subject: string;
  attribute: string;
  sides: Array<{ value: string; outlets: string[]; citations: Citation[] }>;
}

export interface StoryView {
  basis: 'document' | 'cluster';
  anchor: string;
  terms: Array<{ term: string; stance: Stance; outlets: number }>;
  outlets: StoryOutlet[];
  /** Entities two or more outlets name, with the spellings each outlet used. */
  namings: Array<{ entity: string; byOutlet: Record<string, string[]> }>;
  contradictions: StoryContradiction[];
  names: Record<string, string>;
  /** Documents of the story left out beyond MAX_STORY_DOCS. */
  omitted: number;
}

const foldName = (s: string) => s.toLowerCase().replace(/[\s\u00a0\-‐–]+/g, ' ').trim();

function sourceLookup(sources: SourceRegistry | null): (outlet: string) => SourceEntry | undefined {
  if (!sources) return () => undefined;
  const byName = new Map<string, SourceEntry>();
  for (const e of sources.entries) for (const n of [e.name, ...e.aliases]) if (!byName.has(foldName(n))) byName.set(foldName(n), e);
  return (outlet) => sources.byId(outlet) ?? byName.get(foldName(outlet));
}

/** The same key facts.ts gives a statement or event, without the n-th suffix (a superset of candidates). */
function actKey(type: 'statement' | 'event', kind: string, actor: string | null, target: string | null, date: string | null, cameo: string | null): string {
  return [type, kind, actor, target, date, type === 'event' ? (cameo ?? '').slice(0, 2) : null].map((p) => p ?? '-').join('|');
}

async function loadDocs(ctx: StoryContext, ids: Iterable<string>): Promise<StoredDocument[]> {
  const docs: StoredDocument[] = [];
  for (const id of ids) {
    const d = await ctx.store.getDocument(id);
    if (d) docs.push(d);
  }
  return docs;
}

/** The documents of a story, the chosen one first, then by publication date. */
async function storyDocuments(ctx: StoryContext, pick: StoryPick): Promise<SourceDoc[] | null> {
  if ('cluster' in pick) {
    const members = await ctx.store.clusterMembers(pick.cluster);
    if (members.length === 0) return null;
    return loadDocs(ctx, members.slice(0, MAX_CANDIDATES).map((m) => m.docId));
  }
  const anchor = await ctx.store.getDocument(pick.doc);
  if (!anchor) return null;
  const published = anchor.meta.published;
  const keys = new Set([
    ...anchor.record.statements.map((s) => actKey('statement', s.kind, s.actor, s.target, s.date ?? published, null)),
    ...anchor.record.events.map((e) => actKey('event', e.kind, e.actor, e.target, e.date ?? published, e.cameo)),
  ]);
  const actors = [...new Set([...anchor.record.statements, ...anchor.record.events].flatMap((a) => [a.actor, a.target]).filter((x): x is string => x !== null))];
  const ids = new Set((await ctx.store.clusterMembers(anchor.id)).map((m) => m.docId));
  for (const actor of actors.slice(0, MAX_ACTORS)) {
    for (const row of await ctx.store.workbench.actorActs(actor)) {
      if (ids.size >= MAX_CANDIDATES) break;
      if (keys.has(actKey(row.type, row.kind, row.actor, row.target, row.date ?? row.published, row.cameo))) ids.add(row.docId);
    }
  }
  ids.delete(anchor.id);
  const candidates: SourceDoc[] = [anchor, ...await loadDocs(ctx, ids)];
  // storyOf decides exactly (the n-th of equal acts, the cluster); the candidates only spare reading the corpus.
  return storyOf(candidates, anchor.id, gatherFacts(candidates));
}

function documentView(d: SourceDoc, lexicon: readonly FramingTerm[]): StoryDocument {
  const r = d.record;
  return {
    id: d.id, title: d.meta.title, published: d.meta.published, language: d.meta.language, url: d.meta.url, author: d.meta.author,
    titleMarks: d.meta.title ? framingSentences(d.meta.title, lexicon).flatMap((s) => s.marks) : [],
    framing: framingSentences(d.text, lexicon),
    quotes: r.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker })),
    statements: r.statements.map((s) => ({ kind: s.kind, actor: s.actor, target: s.target, date: s.date, text: s.text, start: s.start, end: s.end })),
    events: r.events.map((e) => ({ kind: e.kind, actor: e.actor, target: e.target, date: e.date, cameo: e.cameo, text: e.text, start: e.start, end: e.end })),
  };
}

export async function storyView(ctx: StoryContext, pick: StoryPick): Promise<StoryView | null> {
  const found = await storyDocuments(ctx, pick);
  if (!found || found.length === 0) return null;
  const anchorId = 'doc' in pick ? pick.doc : found[0]!.id;
  const ordered = [...found].sort((a, b) => Number(b.id === anchorId) - Number(a.id === anchorId)
    || (a.meta.published ?? '9999').localeCompare(b.meta.published ?? '9999') || a.id.localeCompare(b.id));
  const docs = ordered.slice(0, MAX_STORY_DOCS);

  const side = framingSideBySide(docs, ctx.lexicon);
  const entryOf = sourceLookup(ctx.sources);
  const stanceOf = new Map(ctx.lexicon.map((t) => [t.term, t.stance]));
  const usedBy = (term: string) => side.outlets.filter((o) => (o.counts[term] ?? 0) > 0).length;
  const outlets: StoryOutlet[] = side.outlets.map((o) => {
    const own = docs.filter((d) => outletOf(d) === o.outlet);
    const entry = entryOf(o.outlet) ?? (own[0]?.meta.source ? entryOf(own[0].meta.source) : undefined);
    return {
      outlet: o.outlet, name: entry?.name ?? own[0]?.meta.source ?? o.outlet, registered: entry !== undefined,
      country: entry?.country ?? null, alignment: entry?.alignment ?? null, type: entry?.type ?? null,
      reliability: entry?.reliability ?? 'F', reliabilityNote: entry?.reliability_note ?? null,
      counts: o.counts, stance: o.stance,
      // A word only one outlet chose is a difference only when another outlet is there to differ.
      onlyHere: side.outlets.length < 2 ? [] : side.terms.filter((t) => (o.counts[t] ?? 0) > 0 && usedBy(t) === 1),
      documents: own.map((d) => documentView(d, ctx.lexicon)),
    };
  });

  // How each outlet named the actors it shares with another outlet.
  const spellings = new Map<string, Map<string, Set<string>>>();
  for (const d of docs) {
    for (const e of d.record.entities) {
      const byOutlet = spellings.get(e.id) ?? new Map<string, Set<string>>();
      spellings.set(e.id, byOutlet);
      const set = byOutlet.get(outletOf(d)) ?? new Set<string>();
      byOutlet.set(outletOf(d), set);
      for (const m of e.mentions) set.add(m.text);
    }
  }
  const namings = [...spellings.entries()]
    .filter(([, byOutlet]) => byOutlet.size >= 2)
    .map(([entity, byOutlet]) => ({ entity, byOutlet: Object.fromEntries([...byOutlet.entries()].map(([o, s]) => [o, [...s].sort()])) }));

  const contradictions: StoryContradiction[] = findContradictions(claimsOf(docs)).map((c) => ({
    subject: c.subject, attribute: c.attribute,
    sides: c.sides.map((s) => ({ value: s.value, outlets: [...new Set(s.sources.flatMap((g) => g.outlets))], citations: s.sources.flatMap((g) => g.reports.map((r) => r.citation)) })),
  }));

  const ids = new Set<string>();
  for (const d of docs) {
    const r = d.record;
    for (const e of r.entities) ids.add(e.id);
    for (const q of r.quotes) if (q.speaker) ids.add(q.speaker);
    for (const a of [...r.statements, ...r.events]) { if (a.actor) ids.add(a.actor); if (a.target) ids.add(a.target); }
  }
  // Contradictions name entities in their subjects and, for "carried out by", in their values.
  for (const c of contradictions) {
    for (const w of c.subject.split(' ')) if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(w)) ids.add(w);
    if (c.attribute === 'carried out by') for (const s of c.sides) ids.add(s.value);
  }
  const names = await namesFor(ctx, ids);
  // Subjects name entities by id ("strike on tower-9 on 2024-01-28"): readers want their names.
  const readable = (subject: string) => subject.split(' ').map((w) => names[w] ?? w).join(' ');

  return {
    basis: 'doc' in pick ? 'document' : 'cluster',
    anchor: anchorId,
    terms: side.terms.map((t) => ({ term: t, stance: stanceOf.get(t) ?? 'neutral', outlets: usedBy(t) })),
    outlets,
    namings,
    contradictions: contradictions.map((c) => ({ ...c, subject: readable(c.subject) })),
    names,
    omitted: found.length - docs.length,
  };
}
