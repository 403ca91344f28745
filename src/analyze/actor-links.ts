/**
 * Who acts for whom. Two questions the analyses ask of the relations in the
 * records and of the actor registry:
 * - roll-up: "the US Treasury designated X" and "the United States designated
 *   X" are one act by one designator, so an agency is read as the body it is
 *   part of, and a government agency as its state;
 * - voices: a group's secretary-general or spokesman speaking is the group
 *   speaking, so a group's timeline includes its leaders' and spokespeople's
 *   statements while they held the role.
 */
import type { SourceDoc } from './corpus.js';
import { dateWithin } from './corpus.js';
import type { ActorRegistry } from '../resolve/registry.js';

/** The narrow part of the registry these questions read (tests give their own). */
export type ActorFacts = Pick<ActorRegistry, 'byId' | 'affiliationsOf' | 'factsAgainst'>;

function parentsFromRecords(docs: readonly SourceDoc[]): Map<string, string> {
  const parent = new Map<string, string>();
  for (const d of docs) for (const r of d.record.relations) {
    if (r.predicate === 'part_of' && !parent.has(r.subject)) parent.set(r.subject, r.object);
  }
  return parent;
}

/**
 * Maps an actor to the one it answers to: follows part_of (registry first,
 * then the documents), and for an organization that belongs to a state (a
 * ministry, an agency, never an armed group) ends at that state.
 */
export function rollUpWith(registry: ActorFacts | null, docs: readonly SourceDoc[] = []): (actor: string) => string {
  const fromDocs = parentsFromRecords(docs);
  const parentOf = (a: string): string | undefined =>
    registry?.affiliationsOf(a).find((x) => x.relation === 'part_of' && !x.to)?.with ?? fromDocs.get(a);
  return (actor) => {
    let a = actor;
    for (let hops = 0; hops < 8; hops++) {
      const p = parentOf(a);
      if (!p || p === actor) break;
      a = p;
    }
    const entry = registry?.byId(a);
    if (entry && entry.type === 'organization' && entry.country && registry?.byId(entry.country)?.type === 'state') return entry.country;
    return a;
  };
}

export interface Voice {
  /** The person (or office) who speaks for the actor. */
  id: string;
  role: 'leads' | 'spokesperson_of';
  /** The role's bounds when known; a statement outside them is not the actor's. */
  from: string | null;
  to: string | null;
}

/** The leaders and spokespeople of an actor, from the registry's roles and the documents' relations. */
export function voicesOf(actor: string, registry: ActorFacts | null, docs: readonly SourceDoc[] = []): Voice[] {
  const voices = new Map<string, Voice>();
  for (const f of registry?.factsAgainst(actor) ?? []) {
    if (f.predicate !== 'leads' && f.predicate !== 'spokesperson_of') continue;
    voices.set(f.subject, { id: f.subject, role: f.predicate, from: f.from, to: f.to });
  }
  for (const d of docs) for (const r of d.record.relations) {
    if (r.object !== actor || (r.predicate !== 'leads' && r.predicate !== 'spokesperson_of') || voices.has(r.subject)) continue;
    // A document names the role as it stood when written: no bounds known.
    voices.set(r.subject, { id: r.subject, role: r.predicate, from: null, to: null });
  }
  voices.delete(actor);
  return [...voices.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether a statement dated `date` by `speaker` speaks for the actor these voices belong to. */
export function speaksFor(voices: readonly Voice[], speaker: string | null, date: string | null): boolean {
  if (!speaker) return false;
  const v = voices.find((x) => x.id === speaker);
  if (!v) return false;
  if (!v.from && !v.to) return true;
  return date !== null && dateWithin(date, v.from, v.to);
}
