/**
 * The actor registry: every actor in data/actors/*.yaml, validated, indexed
 * by id and by name key, with the alias automaton the entity stage walks.
 * Built once per process; lookups are map reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DataError } from '../core/errors.js';
import type { EntityType, RelationPredicate } from '../core/types.js';
import { AliasIndex, type AliasTarget } from './alias-index.js';
import { loadLexicon, type NamesLexicon } from './lexicon.js';
import { NearMissIndex, type NearMiss } from './near-miss.js';
import { NameFolder, folderOptionsFrom, shapeOf } from './name-key.js';
import {
  actorFileSchema, type ActorAffiliation, type ActorDesignation, type ActorRecord, type ActorRole,
} from './registry-schema.js';
import { defaultDataDir } from '../core/data-dir.js';

export interface Actor extends ActorRecord {
  /** The file the actor was read from (for messages). */
  file: string;
}

/** A standing fact from the registry, in the vocabulary of document relations. */
export interface RegistryFact {
  subject: string;
  predicate: RelationPredicate;
  object: string;
  from: string | null;
  to: string | null;
  /** e.g. "secretary-general", or a designation list such as "FTO". */
  detail: string | null;
}

export const ACTORS_DIR = 'actors';

/** The package's data/ folder (see core/data-dir.ts), for this module's callers. */
export { defaultDataDir };

export class ActorRegistry {
  readonly folder: NameFolder;
  readonly lexicon: NamesLexicon;
  readonly aliases = new AliasIndex();
  private readonly actors = new Map<string, Actor>();
  private readonly byKeyMap = new Map<string, Set<string>>();
  private readonly byCompactMap = new Map<string, Set<string>>();
  private readonly bySkeletonMap = new Map<string, Set<string>>();
  private readonly facts: RegistryFact[] = [];
  private readonly capitals = new Map<string, string>();
  private readonly factsBySubject = new Map<string, RegistryFact[]>();
  private readonly factsByObject = new Map<string, RegistryFact[]>();

  constructor(actors: readonly Actor[], lexicon: NamesLexicon) {
    this.lexicon = lexicon;
    this.folder = new NameFolder(folderOptionsFrom(lexicon));
    for (const a of actors) {
      const prior = this.actors.get(a.id);
      if (prior) throw new DataError(`actor id '${a.id}' is defined twice (${prior.file} and ${a.file})`);
      this.actors.set(a.id, a);
    }
    this.checkReferences();
    this.indexNames();
    this.indexFacts();
    for (const phrase of lexicon.non_actor_names) this.aliases.add(this.folder.units(phrase).map((u) => u.key), null);
  }

  get size(): number {
    return this.actors.size;
  }

  all(): IterableIterator<Actor> {
    return this.actors.values();
  }

  byId(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** Actors one of whose names or aliases has exactly this name key. */
  byKey(key: string): Actor[] {
    return [...(this.byKeyMap.get(key) ?? [])].map((id) => this.actors.get(id)!);
  }

  /** Actors named by `name` under the name-key folding (exact key). */
  byName(name: string): Actor[] {
    return this.byKey(this.folder.key(name));
  }

  /** Actors whose compact key (articles kept, spaces dropped) equals that of `name`. */
  byCompactKey(name: string): Actor[] {
    return [...(this.byCompactMap.get(this.folder.compactKey(name)) ?? [])].map((id) => this.actors.get(id)!);
  }

  /** Actors whose consonant skeleton equals that of `name` (cross-script comparison). */
  bySkeleton(name: string): Actor[] {
    return [...(this.bySkeletonMap.get(this.folder.skeleton(name)) ?? [])].map((id) => this.actors.get(id)!);
  }

  private nearMissIndex: NearMissIndex | undefined;

  /** The one actor whose (non-generic) name `name` misspells, within the near-miss bounds; built on first use. */
  nearMiss(name: string): NearMiss | null {
    this.nearMissIndex ??= new NearMissIndex(this.folder, [...this.actors.values()].flatMap((a) => [
      ...[a.name, ...a.aliases].map((n) => ({ actorId: a.id, name: n })),
      ...a.generic_aliases.map((n) => ({ actorId: a.id, name: n, generic: true })),
    ]));
    return this.nearMissIndex.find(name);
  }

  /** The state whose capital the location `id` is, if it is one. */
  stateOfCapital(id: string): string | undefined {
    return this.capitals.get(id);
  }

  typeOf(id: string): EntityType | undefined {
    return this.actors.get(id)?.type;
  }

  rolesOf(id: string): readonly ActorRole[] {
    return this.actors.get(id)?.roles ?? [];
  }

  affiliationsOf(id: string): readonly ActorAffiliation[] {
    return this.actors.get(id)?.affiliations ?? [];
  }

  designationsOf(id: string): readonly ActorDesignation[] {
    return this.actors.get(id)?.designations ?? [];
  }

  /** Every registry fact whose subject is `id` (roles, affiliations, designations). */
  factsAbout(id: string): readonly RegistryFact[] {
    return this.factsBySubject.get(id) ?? [];
  }

  /** Every registry fact whose object is `id` (who leads it, who is part of it...). */
  factsAgainst(id: string): readonly RegistryFact[] {
    return this.factsByObject.get(id) ?? [];
  }

  allFacts(): readonly RegistryFact[] {
    return this.facts;
  }

  /** Whether `id` is an entity type that names a place. */
  isPlace(id: string): boolean {
    const t = this.typeOf(id);
    return t === 'location' || t === 'facility';
  }

  private checkReferences(): void {
    const need = (from: Actor, ref: string, what: string): void => {
      if (!this.actors.has(ref)) throw new DataError(`${from.file}: actor '${from.id}' ${what} '${ref}', which is not in the registry`);
    };
    for (const a of this.actors.values()) {
      if (a.country) {
        need(a, a.country, 'has country');
        if (this.actors.get(a.country)?.type !== 'state') throw new DataError(`${a.file}: actor '${a.id}' has country '${a.country}', which is not a state`);
      }
      if (a.capital) {
        need(a, a.capital, 'has capital');
        if (a.type !== 'state' || this.actors.get(a.capital)?.type !== 'location') throw new DataError(`${a.file}: actor '${a.id}' has capital '${a.capital}': a state's capital is a location`);
        this.capitals.set(a.capital, a.id);
      }
      for (const r of a.roles) need(a, r.of, `has role ${r.role} of`);
      for (const r of a.affiliations) need(a, r.with, `is ${r.relation}`);
      for (const d of a.designations) need(a, d.by, 'is designated by');
      if ((a.type === 'location' || a.type === 'facility') && !a.coordinates) {
        throw new DataError(`${a.file}: place '${a.id}' has no coordinates`);
      }
    }
  }

  private indexNames(): void {
    // key -> actor ids that use it plainly / generically, to refuse silent sharing.
    const plainUse = new Map<string, Set<string>>();
    const genericUse = new Map<string, Set<string>>();
    const use = (m: Map<string, Set<string>>, key: string, id: string): void => {
      let s = m.get(key);
      if (!s) m.set(key, (s = new Set()));
      s.add(id);
    };
    const caselessWords = new Set(this.lexicon.caseless_office_words.map((w) => this.folder.key(w)));
    const caselessHeads = new Set(this.lexicon.caseless_office_heads.map((w) => this.folder.key(w)));
    const caselessNameHeads = new Set(this.lexicon.caseless_name_heads.map((w) => this.folder.key(w)));
    for (const a of this.actors.values()) {
      const spellings: Array<[string, boolean]> = [
        [a.name, false], ...a.aliases.map((s): [string, boolean] => [s, false]), ...a.generic_aliases.map((s): [string, boolean] => [s, true]),
      ];
      for (const [alias, generic] of spellings) {
        const units = this.folder.units(alias);
        const keys = units.map((u) => u.key);
        if (keys.length === 0) throw new DataError(`${a.file}: actor '${a.id}' has an alias with no letters: '${alias}'`);
        const shapes = units.map((u) => shapeOf(alias.slice(u.coreStart, u.end)));
        // "the foreign ministry", "Turkey's defence ministry": a ministry's common words need no capitals.
        if (keys.some((k) => caselessHeads.has(k))) keys.forEach((k, i) => { if (caselessWords.has(k)) shapes[i] = 'none'; });
        // "the DEM party", "Firat news agency": the closing head nouns only; the name before them keeps its capitals.
        for (let i = keys.length - 1; i > 0 && caselessNameHeads.has(keys[i]!) && shapes[i - 1] !== 'none'; i--) shapes[i] = 'none';
        const target: AliasTarget = { actorId: a.id, alias, generic, shapes };
        this.aliases.add(keys, target);
        const key = keys.join(' ');
        use(generic ? genericUse : plainUse, key, a.id);
        use(this.byKeyMap, key, a.id);
        use(this.byCompactMap, this.folder.compactKey(alias), a.id);
        const skeleton = this.folder.skeleton(alias);
        if (skeleton.length >= 3) use(this.bySkeletonMap, skeleton, a.id);
      }
    }
    for (const [key, ids] of plainUse) {
      const others = new Set([...ids, ...(genericUse.get(key) ?? [])]);
      if (others.size > 1) {
        throw new DataError(`alias key '${key}' is shared by ${[...others].join(', ')}: list it under generic_aliases of each, or keep it on one`);
      }
    }
  }

  private indexFacts(): void {
    const add = (f: RegistryFact): void => {
      this.facts.push(f);
      for (const [map, key] of [[this.factsBySubject, f.subject], [this.factsByObject, f.object]] as const) {
        let list = map.get(key);
        if (!list) map.set(key, (list = []));
        list.push(f);
      }
    };
    for (const a of this.actors.values()) {
      for (const r of a.roles) add({ subject: a.id, predicate: r.role, object: r.of, from: r.from ?? null, to: r.to ?? null, detail: r.title ?? null });
      for (const r of a.affiliations) add({ subject: a.id, predicate: r.relation, object: r.with, from: r.from ?? null, to: r.to ?? null, detail: null });
      for (const d of a.designations) {
        const predicate: RelationPredicate = /sanction|magnitsky|sdn|ofac/i.test(d.list) ? 'sanctioned_by' : 'designated_by';
        add({ subject: a.id, predicate, object: d.by, from: d.date ?? null, to: d.revoked ?? null, detail: d.list });
      }
    }
  }
}

/** Parses one registry file's text. */
export function parseActorFile(text: string, origin: string): Actor[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new DataError(`${origin}: not valid YAML (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  const result = actorFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const where = typeof path[1] === 'number' ? ` actor #${path[1] + 1}` : '';
    throw new DataError(`${origin}:${where} ${path.slice(2).join('.')} ${issue?.message ?? 'invalid'}`.replace(/\s+/g, ' ').trim());
  }
  return result.data.actors.map((a) => ({ ...a, file: origin }));
}

/** The registry files in `dataDir/actors`, sorted. */
export function actorFiles(dataDir: string): string[] {
  const dir = join(dataDir, ACTORS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new DataError(`cannot read the actor registry folder ${dir}`, { cause: err });
  }
  return names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort().map((n) => join(dir, n));
}

export function loadActorRegistry(dataDir: string = defaultDataDir()): ActorRegistry {
  const actors = actorFiles(dataDir).flatMap((path) => parseActorFile(readFileSync(path, 'utf8'), path));
  return new ActorRegistry(actors, loadLexicon(dataDir));
}
