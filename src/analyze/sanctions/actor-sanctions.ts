/**
 * Designation status of one actor: the entries of the imported sanctions list
 * it matches (screened under every name the actor registry knows for it,
 * with the registry's transliteration-aware word folding), and the
 * designations the registry records. The workbench and the report read this.
 */
import type { NameFolder } from '../../resolve/name-key.js';
import { loadActorRegistry, type ActorRegistry } from '../../resolve/registry.js';
import type { ActorDesignation } from '../../resolve/registry-schema.js';
import type { SanctionsList } from './list.js';
import { buildIndex, screenActors, type SanctionsIndex, type ScreenOptions, type WordCanon } from './matcher.js';
import { loadSanctionsList } from './snapshot.js';

/** Canonical spellings from the registry's name folding ("Rida" → "Reza"); Arabic script passes through. */
export function folderCanon(folder: NameFolder): WordCanon {
  return (word) => (/[a-z]/.test(word) ? folder.wordKey(word) : word);
}

export interface ListedDesignation {
  list: string;
  entNum: number;
  name: string;
  matchedName: string;
  programs: string[];
  designatedOn: string | null;
  score: number;
}

export interface ActorSanctions {
  actorId: string;
  /** False when the actor is not in the registry (nothing to screen). */
  known: boolean;
  /** False when no sanctions list has been imported (vigil sanctions import). */
  listImported: boolean;
  matches: ListedDesignation[];
  /** Designations the registry itself records (by, list, dates). */
  registry: ActorDesignation[];
}

export interface SanctionsDeps {
  registry: ActorRegistry;
  /** The imported list, or null. */
  list: SanctionsList | null;
  options?: ScreenOptions;
}

let cached: { registry: ActorRegistry; list: SanctionsList | null; index: SanctionsIndex | null } | null = null;
const indexes = new WeakMap<SanctionsList, SanctionsIndex>();

function indexFor(list: SanctionsList, registry: ActorRegistry): SanctionsIndex {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = buildIndex(list, folderCanon(registry.folder))));
  return index;
}

/** Drops what sanctionsFor loaded (after `vigil sanctions import`, or a registry edit). */
export function forgetSanctions(): void {
  cached = null;
}

export function sanctionsFor(actorId: string, deps?: SanctionsDeps): ActorSanctions {
  if (!deps && !cached) {
    const registry = loadActorRegistry();
    const list = loadSanctionsList();
    cached = { registry, list, index: list ? indexFor(list, registry) : null };
  }
  const registry = deps?.registry ?? cached!.registry;
  const list = deps ? deps.list : cached!.list;
  const actor = registry.byId(actorId);
  const base: ActorSanctions = { actorId, known: actor !== undefined, listImported: list !== null, matches: [], registry: [...registry.designationsOf(actorId)] };
  if (!actor || !list) return base;
  const type = actor.type === 'person' ? 'person' : actor.type === 'organization' || actor.type === 'armed_group' ? 'organization' : null;
  if (!type) return base;
  // Generic aliases ("the Movement") name other things too: only the actor's own names are screened.
  const [screening] = screenActors(indexFor(list, registry), [{ id: actor.id, name: actor.name, type, aliases: actor.aliases }], deps?.options ?? {});
  base.matches = (screening?.matches ?? []).map((m) => ({
    list: list.source, entNum: m.entry.entNum, name: m.entry.name, matchedName: m.matchedName,
    programs: m.entry.programs, designatedOn: m.entry.designatedOn, score: m.score,
  }));
  return base;
}
