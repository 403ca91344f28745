/**
 * What the actor page shows: every spelling, roles and relations with the
 * sentences they come from, a timeline, the outlets that report on the actor,
 * quotations attributed to it, and its sanctions status. Registry knowledge
 * and document evidence are kept apart so the analyst sees which is which.
 */
import { outletOf } from '../analyze/corpus.js';
import { buildIndex, screenActors, type SanctionsIndex } from '../analyze/sanctions/matcher.js';
import type { SanctionsList } from '../analyze/sanctions/list.js';
import { timelineOf } from '../analyze/timeline.js';
import type { Granularity } from '../analyze/periods.js';
import type { EntityType } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Corpus } from './corpus-view.js';
import type { ProposedAlias } from './proposed-aliases.js';

export interface Evidence {
  docId: string;
  title: string | null;
  start: number | null;
  end: number | null;
  text: string;
}

export interface ProfileRelation {
  subject: string;
  predicate: string;
  object: string;
  /** Registry facts carry from/to and a detail; document relations carry their sentence. */
  origin: 'registry' | 'document';
  detail: string | null;
  evidence: Evidence | null;
}

export interface ActorProfile {
  id: string;
  name: string;
  type: EntityType | null;
  inRegistry: boolean;
  spellings: Array<{ name: string; source: 'registry' | 'document' | 'analyst'; author: string | null }>;
  relations: ProfileRelation[];
  names: Record<string, string>;
  timeline: Array<{ period: string; statements: number; threats: number; events: number; goldstein: number; approximate: boolean }>;
  outlets: Array<{ outlet: string; documents: number }>;
  quotes: Array<Evidence & { published: string | null; source: string | null }>;
  statements: Array<Evidence & { kind: string; date: string | null; target: string | null }>;
  sanctions: {
    designations: Array<{ by: string; list: string; date: string | null; revoked: string | null }>;
    /** Matches against the imported sanctions list; null when no list is imported. */
    listMatches: Array<{ name: string; programs: string[]; score: number }> | null;
  };
}

export interface ProfileContext {
  corpus: Corpus;
  registry: ActorRegistry | null;
  sanctions: SanctionsList | null;
  proposed: ProposedAlias[];
}

let indexFor: { list: SanctionsList; index: SanctionsIndex } | null = null;
function sanctionsIndex(list: SanctionsList): SanctionsIndex {
  if (indexFor?.list !== list) indexFor = { list, index: buildIndex(list) };
  return indexFor.index;
}

/** A display name for any entity id: registry name, else the first name a document gave it. */
export function nameOf(ctx: Pick<ProfileContext, 'corpus' | 'registry'>, id: string): string {
  return ctx.registry?.byId(id)?.name ?? [...(ctx.corpus.entities.get(id)?.names ?? [])][0] ?? id;
}

/** The profile, or null when neither the registry nor any document knows the id. */
export function actorProfile(ctx: ProfileContext, id: string, granularity: Granularity = 'month'): ActorProfile | null {
  const { corpus, registry } = ctx;
  const actor = registry?.byId(id);
  const seen = corpus.entities.get(id);
  if (!actor && !seen) return null;

  const spellings: ActorProfile['spellings'] = [];
  const have = new Set<string>();
  const addSpelling = (name: string, source: 'registry' | 'document' | 'analyst', author: string | null = null) => {
    if (have.has(name)) return;
    have.add(name);
    spellings.push({ name, source, author });
  };
  if (actor) for (const n of [actor.name, ...actor.aliases, ...actor.generic_aliases]) addSpelling(n, 'registry');
  for (const n of seen?.names ?? []) addSpelling(n, 'document');
  for (const p of ctx.proposed) addSpelling(p.alias, 'analyst', p.author);

  const relations: ProfileRelation[] = [];
  const involved = new Set<string>([id]);
  if (registry && actor) {
    for (const f of [...registry.factsAbout(id), ...registry.factsAgainst(id)]) {
      relations.push({
        subject: f.subject, predicate: f.predicate, object: f.object, origin: 'registry',
        detail: [f.detail, f.from && `from ${f.from}`, f.to && `to ${f.to}`].filter(Boolean).join(', ') || null, evidence: null,
      });
    }
  }
  const quotes: ActorProfile['quotes'] = [];
  const statements: ActorProfile['statements'] = [];
  const outlets = new Map<string, number>();
  for (const d of corpus.docs) {
    const r = d.record;
    const mentioned = r.entities.some((e) => e.id === id) || r.statements.some((s) => s.actor === id);
    if (!mentioned) continue;
    const outlet = d.meta.source ?? outletOf(d);
    outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
    for (const rel of r.relations) {
      if (rel.origin !== 'document' || (rel.subject !== id && rel.object !== id)) continue;
      const at = rel.text ? d.text.indexOf(rel.text) : -1;
      relations.push({
        subject: rel.subject, predicate: rel.predicate, object: rel.object, origin: 'document', detail: null,
        evidence: { docId: d.id, title: d.meta.title, start: at >= 0 ? at : null, end: at >= 0 ? at + rel.text.length : null, text: rel.text },
      });
    }
    for (const q of r.quotes) {
      if (q.speaker === id) quotes.push({ docId: d.id, title: d.meta.title, start: q.start, end: q.end, text: q.text, published: d.meta.published, source: d.meta.source });
    }
    for (const s of r.statements) {
      if (s.actor === id) statements.push({ docId: d.id, title: d.meta.title, start: s.start, end: s.end, text: s.text, kind: s.kind, date: s.date, target: s.target });
    }
  }
  for (const r of relations) { involved.add(r.subject); involved.add(r.object); }
  for (const s of statements) if (s.target) involved.add(s.target);

  const timeline = timelineOf(corpus.facts, { actor: id, granularity, bothWays: true }).buckets.map((b) => ({
    period: b.period,
    statements: Object.values(b.statements).reduce((a, n) => a + (n ?? 0), 0),
    threats: (b.statements.threat ?? 0) + (b.statements.warning ?? 0),
    events: b.events,
    goldstein: b.goldstein,
    approximate: b.approximate,
  }));

  const type = actor?.type ?? seen?.type ?? null;
  let listMatches: ActorProfile['sanctions']['listMatches'] = null;
  if (ctx.sanctions && (type === 'person' || type === 'organization' || type === 'armed_group')) {
    const [screening] = screenActors(sanctionsIndex(ctx.sanctions), [{
      id, name: actor?.name ?? nameOf(ctx, id), type: type === 'person' ? 'person' : 'organization', aliases: actor?.aliases ?? [],
    }]);
    listMatches = (screening?.matches ?? []).slice(0, 5).map((m) => ({ name: m.entry.name, programs: m.entry.programs, score: m.score }));
  }

  const names: Record<string, string> = {};
  for (const i of involved) names[i] = nameOf(ctx, i);
  return {
    id,
    name: nameOf(ctx, id),
    type,
    inRegistry: actor !== undefined,
    spellings,
    relations,
    names,
    timeline,
    outlets: [...outlets.entries()].map(([outlet, documents]) => ({ outlet, documents })).sort((a, b) => b.documents - a.documents),
    quotes,
    statements,
    sanctions: {
      designations: (actor?.designations ?? []).map((d) => ({ by: d.by, list: d.list, date: d.date ?? null, revoked: d.revoked ?? null })),
      listMatches,
    },
  };
}
