/**
 * What the actor page shows: every spelling, roles and relations with the
 * sentences they come from, a timeline, the outlets that report on the actor,
 * quotations attributed to it, and its sanctions status. Registry knowledge
 * and document evidence are kept apart so the analyst sees which is which.
 */
import type { SourceDoc } from '../analyze/corpus.js';
import { gatherFacts, type Fact } from '../analyze/facts.js';
import { buildIndex, screenActors, type SanctionsIndex } from '../analyze/sanctions/matcher.js';
import type { SanctionsList } from '../analyze/sanctions/list.js';
import { timelineOf } from '../analyze/timeline.js';
import type { Granularity } from '../analyze/periods.js';
import type { EntityType, EventKind, StatementKind } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import type { ActKey } from '../store/workbench-queries.js';
import { namesFor } from './corpus-view.js';
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
  store: Store;
  registry: ActorRegistry | null;
  sanctions: SanctionsList | null;
  proposed: ProposedAlias[];
}

// Each evidence list on the page shows the newest this many; the timeline counts everything.
const EVIDENCE_LIMIT = 200;

/**
 * Lets waiting requests in. The embedded store answers synchronously, so an
 * aggregation's awaits resolve as microtasks and the whole page would run as
 * one uninterrupted slice of the event loop; a crowd of cold actor pages then
 * held up every other request for their sum.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

let indexFor: { list: SanctionsList; index: SanctionsIndex } | null = null;
function sanctionsIndex(list: SanctionsList): SanctionsIndex {
  if (indexFor?.list !== list) indexFor = { list, index: buildIndex(list) };
  return indexFor.index;
}

/**
 * The actor's statements and events as facts, counted the way the corpus
 * timeline counts them: each act's document stands in with only the acts
 * that involve the actor, which is all the fact keys (kind, actor, target,
 * date) of those acts depend on. The words and spans are not read: the
 * timeline counts facts and never shows their citations.
 */
function factsOf(acts: readonly ActKey[]): Fact[] {
  const docs = new Map<string, SourceDoc>();
  for (const a of acts) {
    let d = docs.get(a.docId);
    if (!d) {
      d = {
        id: a.docId, text: '', clusterId: a.docId,
        meta: { title: null, published: a.published, author: null, source: null, sourceId: null, language: null, url: null },
        record: {
          doc: a.docId, id: a.docId, title: null, published: a.published, source: null, author: null, language: null, url: null, text: '',
          entities: [], quotes: [], statements: [], events: [], relations: [], warnings: [],
        },
      };
      docs.set(a.docId, d);
    }
    if (a.type === 'statement') {
      d.record.statements.push({
        kind: a.kind as StatementKind, actor: a.actor, target: a.target, date: a.date, text: '', start: 0, end: 0, means: null, condition: null, deadline: null,
      });
    } else {
      d.record.events.push({
        kind: a.kind as EventKind, actor: a.actor, target: a.target, date: a.date, text: '', start: 0, end: 0, place: null, cameo: a.cameo ?? '', goldstein: a.goldstein ?? 0,
      });
    }
  }
  return gatherFacts([...docs.values()]);
}

/** The profile, or null when neither the registry nor any document knows the id. */
export async function actorProfile(ctx: ProfileContext, id: string, granularity: Granularity = 'month'): Promise<ActorProfile | null> {
  const { store, registry } = ctx;
  const actor = registry?.byId(id);
  const seen = await store.workbench.actorSummary(id);
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
  await yieldToEventLoop();
  const evidence = await store.workbench.actorEvidence(id, EVIDENCE_LIMIT);
  await yieldToEventLoop();
  const acts = await store.workbench.actorActKeys(id);
  await yieldToEventLoop();
  for (const r of evidence.relations) {
    relations.push({
      subject: r.subject, predicate: r.predicate, object: r.object, origin: 'document', detail: null,
      evidence: { docId: r.docId, title: r.title, start: r.start, end: r.end, text: r.text },
    });
  }
  const quotes: ActorProfile['quotes'] = evidence.quotes.map((q) => ({
    docId: q.docId, title: q.title, start: q.start, end: q.end, text: q.text, published: q.published, source: q.source,
  }));
  const statements: ActorProfile['statements'] = evidence.statements.map((s) => ({
    docId: s.docId, title: s.title, start: s.start, end: s.end, text: s.text, kind: s.kind, date: s.date, target: s.target,
  }));
  for (const r of relations) { involved.add(r.subject); involved.add(r.object); }
  for (const s of statements) if (s.target) involved.add(s.target);

  const timeline = timelineOf(factsOf(acts), { actor: id, granularity, bothWays: true }).buckets.map((b) => ({
    period: b.period,
    statements: Object.values(b.statements).reduce((a, n) => a + (n ?? 0), 0),
    threats: (b.statements.threat ?? 0) + (b.statements.warning ?? 0),
    events: b.events,
    goldstein: b.goldstein,
    approximate: b.approximate,
  }));

  const names = await namesFor(ctx, involved);
  const name = names[id] ?? id;
  const type = actor?.type ?? (seen?.type as EntityType | undefined) ?? null;
  let listMatches: ActorProfile['sanctions']['listMatches'] = null;
  if (ctx.sanctions && (type === 'person' || type === 'organization' || type === 'armed_group')) {
    const [screening] = screenActors(sanctionsIndex(ctx.sanctions), [{
      id, name: actor?.name ?? name, type: type === 'person' ? 'person' : 'organization', aliases: actor?.aliases ?? [],
    }]);
    listMatches = (screening?.matches ?? []).slice(0, 5).map((m) => ({ name: m.entry.name, programs: m.entry.programs, score: m.score }));
  }

  return {
    id,
    name,
    type,
    inRegistry: actor !== undefined,
    spellings,
    relations,
    names,
    timeline,
    outlets: evidence.outlets,
    quotes,
    statements,
    sanctions: {
      designations: (actor?.designations ?? []).map((d) => ({ by: d.by, list: d.list, date: d.date ?? null, revoked: d.revoked ?? null })),
      listMatches,
    },
  };
}
