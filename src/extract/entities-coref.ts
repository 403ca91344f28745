/**
 * In-document coreference of surnames: "Al-Kaabi" or "Kaabi" after "Akram
 * al-Kaabi". A surname alone links only to a person whose full name the
 * document gives; when two such persons share it, to the one named last
 * before it. It also takes a word back from a place that shares it ("al-
 * Baghdadi" after "Abu Bakr al-Baghdadi"), from a name the title cue
 * read as someone new ("Sheikh Qassem" after "Sheikh Naim Qassem"), and
 * from the registry's bearer of a surname when another bearer was named last
 * ("Sinwar" after "Mohammed Sinwar" is not Yahya Sinwar).
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Candidate } from './entities-span.js';

interface Named {
  entityId: string;
  start: number;
}

const surnames = new WeakMap<ActorRegistry, Map<string, string | undefined>>();

/** The last word key of a registry person's canonical name, computed once per actor. */
function surnameKey(registry: ActorRegistry, id: string): string | undefined {
  let cache = surnames.get(registry);
  if (!cache) surnames.set(registry, (cache = new Map()));
  if (cache.has(id)) return cache.get(id);
  const actor = registry.byId(id);
  const key = actor ? registry.folder.keyWords(actor.name).at(-1) : undefined;
  cache.set(id, key);
  return key;
}

function capitalised(u: NameUnit): boolean {
  return u.shape === 'title' || u.shape === 'upper';
}

/**
 * Surname mentions. `candidates` are the mentions found so far (by start);
 * `isPerson` says which entity ids are persons. Returns new candidates and
 * the indexes of candidates they replace.
 */
export function linkSurnames(
  units: readonly NameUnit[], candidates: readonly Candidate[], coveredBy: Int32Array,
  isPerson: (id: string) => boolean, registry: ActorRegistry,
  isTitle: (first: number, last: number) => boolean = () => false,
): { added: Candidate[]; replaced: Set<number> } {
  // A name outside the registry that is one word after its title: a surname the cue took for a new person.
  const titledSurname = (c: Candidate): boolean =>
    isPerson(c.entityId) && !registry.byId(c.entityId) && (c.first === c.last || isTitle(c.first, c.last - 1));
  const bySurname = new Map<string, Named[]>();
  const note = (key: string | undefined, n: Named): void => {
    if (!key || key.length < 3) return;
    let list = bySurname.get(key);
    if (!list) bySurname.set(key, (list = []));
    list.push(n);
  };
  for (const c of candidates) {
    if (!isPerson(c.entityId) || c.last <= c.first || titledSurname(c)) continue;
    note(units[c.last]?.key, { entityId: c.entityId, start: c.start });
    const surname = surnameKey(registry, c.entityId);
    if (surname !== undefined) note(surname, { entityId: c.entityId, start: c.start });
  }
  const added: Candidate[] = [];
  const replaced = new Set<number>();
  if (bySurname.size === 0) return { added, replaced };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // Arabic script has no capitals: any Arabic word may be a surname; the owners list keeps it to persons named here.
    if (!capitalised(u) && !u.arabic) continue;
    const owners = bySurname.get(u.key);
    if (!owners) continue;
    const holder = coveredBy[i]!;
    let from = i;
    // The bearer named in full last before this word.
    let last: Named | undefined;
    for (const o of owners) if (o.start < u.start && (!last || o.start > last.start)) last = o;
    if (holder >= 0) {
      // Only a one-word place match, a surname read as a new person, or a registry surname
      // of someone else than the person last named in full with it, gives the word back.
      const c = candidates[holder]!;
      if (c.first !== c.last && c.last !== i) continue;
      const t = registry.typeOf(c.entityId);
      const place = c.first === c.last && !isPerson(c.entityId) && (t === 'location' || t === 'facility');
      const titled = c.last === i && titledSurname(c);
      const otherPerson = c.first === c.last && last !== undefined && last.entityId !== c.entityId && isPerson(c.entityId);
      if (!place && !titled && !otherPerson) continue;
      replaced.add(holder);
      if (titled) from = c.first;
    }
    // Part of a longer capitalised name that nothing matched: not a surname alone.
    const next = units[i + 1];
    if (next && !next.breakBefore && capitalised(next) && coveredBy[i + 1]! < 0) continue;
    const owner = last ?? owners[0]!;
    added.push({ first: from, last: i, start: units[from]!.start, end: u.end, entityId: owner.entityId, rule: 'coref:surname', confidence: 0.8 });
  }
  return { added, replaced };
}
