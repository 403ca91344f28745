/**
 * Registry matching: one pass over the document's name units with the alias
 * automaton, longest alias first. Generic aliases ("Defense Ministry", "the
 * Strip") wait until the pass is over and link only with context.
 */
import type { AliasMatch, AliasTarget } from '../resolve/alias-index.js';
import { shapeOf } from '../resolve/name-key.js';
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { EntityCues } from './entities-cues.js';
import { joined, NESTED_STATE_RULE, widen, type Candidate } from './entities-span.js';
import { withoutArabicMarks } from '../text/fold.js';
import { DEMONYM_ENDING } from './demonym.js';

interface Pending {
  first: number;
  last: number;
  targets: AliasTarget[];
}

// "pro-Iranian", "anti-American": an attitude, not the actor taking part.
const ATTITUDE_PREFIX = /(?:^|[^\p{L}])(?:pro|anti)[-\u2010\u2011]$/iu;
// A credit line: "(AFP)", "photo credit: Reuters".
const CREDIT_BEFORE = /(?:credit|photo|image|source)\s*:\s*$/i;

function isCredit(text: string, start: number, end: number): boolean {
  if (CREDIT_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const before = text.slice(0, start - 1).trimEnd();
  return before === '' || /[.!?\n]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, start - 40), start - 1));
}

/** Registry mentions of the document, generic aliases resolved by context. */
export interface OfficeEntity {
  id: string;
  type: 'organization';
  name: string;
}

export function matchRegistry(
  text: string, units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues, blocked?: Array<[number, number]>, offices: OfficeEntity[] = [],
): Candidate[] {
  const found: Candidate[] = [];
  const pending: Pending[] = [];
  for (let i = 0; i < units.length;) {
    let m = registry.aliases.longestAt(units, i);
    const inner = middleNameMatch(units, i, registry);
    if (inner && (!m || inner.last > m.last)) m = inner;
    if (!m) { i++; continue; }
    // A name that is no actor ("Quds Day", "Foreign Terrorist Organization"): its words name no one else either.
    if (m.blocked) { blocked?.push([m.first, m.last]); i = m.last + 1; continue; }
    // "the Gulf of Aden": an alias opening with "the" gives way to a longer name starting after it.
    if (m.last > m.first && units[m.first]!.key === cues.the) {
      const after = registry.aliases.longestAt(units, m.first + 1);
      if (after && after.last > m.last) { i = m.first + 1; continue; }
    }
    const first = units[m.first]!;
    const lastUnit = units[m.last]!;
    // "USS Carney": a ship prefix, not the state ("USS" folds like "US").
    if (m.first === m.last && cues.vesselPrefixes.has(text.slice(first.start, first.end)) && joined(units, m.first + 1)) { i = m.last + 1; continue; }
    if (m.first === m.last && ATTITUDE_PREFIX.test(text.slice(Math.max(0, first.start - 6), first.start))) { i = m.last + 1; continue; }
    const plain = m.targets.filter((t) => !t.generic);
    const target = plain[0];
    if (!target) {
      pending.push({ first: m.first, last: m.last, targets: m.targets });
      i = m.last + 1;
      continue;
    }
    const actor = registry.byId(target.actorId)!;
    if (actor.type === 'organization' && isCredit(text, first.start, lastUnit.end)) { i = m.last + 1; continue; }
    let [a, b] = widen(units, m.first, m.last, actor.type, cues);
    const place = actor.type === 'armed_group' ? stationedPlace(units, b, registry, cues) : null;
    if (place) {
      found.push(place);
      b = place.last;
    }
    const parent = nestedParent(text, units, m.first, m.last, actor.id, registry);
    if (parent) found.push(parent);
    const state = parent ? null : nestedState(text, units, m.first, m.last, actor.type, registry);
    if (state) found.push(state);
    const pair = b === m.last ? slashedPartner(text, units, m.last, actor.type, registry) : -1;
    found.push({
      first: a, last: pair >= 0 ? pair : b, start: units[a]!.start, end: units[pair >= 0 ? pair : b]!.end, entityId: actor.id,
      rule: `registry:${actor.id}`, confidence: m.first === m.last && units[m.first]!.key.length <= 3 ? 0.9 : 1,
    });
    // The partner after the slash is still read as itself.
    i = pair >= 0 ? m.last + 1 : Math.max(b, m.last) + 1;
  }
  return [...found, ...resolveGeneric(text, pending, found, units, registry, cues, offices)].sort((x, y) => x.start - y.start);
}

interface PersonTail {
  /** Keys of the alias after its given name. */
  rest: string[];
  target: AliasTarget;
}

// A given name of two words: "Abdul Malik", "Abu Bakr", "عبد الملك".
const COMPOUND_GIVEN = ['abd', 'abdul', 'abdel', 'abu', 'عبد', 'أبو', 'ابو'];
// "bin", "ibn", "بن": a patronymic particle inside a full name, before the father's name.
const PATRONYMIC = ['bin', 'ibn', 'ben', 'bint', 'بن', 'ابن', 'بنت'];
const MAX_MIDDLE = 3;
const COMPOUND_ENDS = ['allah', 'din', 'الله', 'الدين'];

interface PersonIndex {
  byGiven: Map<string, PersonTail[]>;
  compound: Set<string>;
  patronymic: Set<string>;
  /** Titles and function words (both scripts) that are neither a given name nor a middle name. */
  notNames: Set<string>;
  /** Second words of compound names ("Nasr Allah", "Badr al-Din"): an alias ending so is one name, not given + family. */
  compoundEnds: Set<string>;
}

const personIndexCache = new WeakMap<ActorRegistry, PersonIndex>();

/** Registry persons' names split into the given name and the rest, by the given name's keys. */
function personIndex(registry: ActorRegistry): PersonIndex {
  const hit = personIndexCache.get(registry);
  if (hit) return hit;
  const firstKey = (w: string): string => registry.folder.units(w)[0]?.key ?? w;
  const compound = new Set(COMPOUND_GIVEN.map(firstKey));
  const patronymic = new Set(PATRONYMIC.map(firstKey));
  const lx = registry.lexicon;
  const notNames = new Set([...lx.honorifics, ...lx.person_cues, ...lx.office_heads, ...lx.not_names, ...lx.arabic_honorifics, ...lx.arabic_not_names]
    .flatMap((w) => registry.folder.units(w).map((u) => u.key)));
  const compoundEnds = new Set(COMPOUND_ENDS.map(firstKey));
  const byGiven = new Map<string, PersonTail[]>();
  for (const a of registry.all()) {
    if (a.type !== 'person') continue;
    for (const alias of [a.name, ...a.aliases]) {
      const us = registry.folder.units(alias);
      const given = us.length > 1 && compound.has(us[0]!.key) ? 2 : 1;
      // A given name and a family name at least: "Abdulmalik al-Houthi", "عبد الملك الحوثي".
      if (us.length < given + 1 || notNames.has(us[0]!.key) || compoundEnds.has(us[us.length - 1]!.key)) continue;
      const key = us.slice(0, given).map((u) => u.key).join(' ');
      let list = byGiven.get(key);
      if (!list) byGiven.set(key, (list = []));
      list.push({
        rest: us.slice(given).map((u) => u.key),
        target: { actorId: a.id, alias, generic: false, shapes: us.map((u) => shapeOf(alias.slice(u.coreStart, u.end))) },
      });
    }
  }
  const index = { byGiven, compound, patronymic, notNames, compoundEnds };
  personIndexCache.set(registry, index);
  return index;
}

/**
 * "Abdulmalik Badruddin al-Houthi", "عبد الملك بدر الدين الحوثي", "Tamim bin Hamad Al Thani": a registry person's
 * given name, one to three middle names (a father's, a patronymic), then the rest of a name the registry gives.
 * Middle names are capitalised words (or a patronymic particle) in Latin script, free Arabic words in Arabic.
 */
function middleNameMatch(units: readonly NameUnit[], i: number, registry: ActorRegistry): AliasMatch | null {
  const u = units[i];
  if (!u || (!u.arabic && u.shape !== 'title') || u.article) return null;
  const index = personIndex(registry);
  if (index.notNames.has(u.key)) return null;
  const given = index.compound.has(u.key) && units[i + 1] && !units[i + 1]!.breakBefore ? 2 : 1;
  // Runs at every capitalised word: the key is built without an array.
  const tails = index.byGiven.get(given === 1 ? u.key : `${u.key} ${units[i + 1]!.key}`);
  if (!tails) return null;
  let best: AliasMatch | null = null;
  for (let skip = 1; skip <= MAX_MIDDLE; skip++) {
    const mid = units[i + given + skip - 1];
    if (!mid || mid.breakBefore || mid.arabic !== u.arabic) break;
    if (!u.arabic && mid.shape !== 'title' && !index.patronymic.has(mid.key)) break;
    if (index.notNames.has(mid.key) || (u.arabic && /^[وف]/.test(mid.key) && index.notNames.has(mid.key.slice(1)))) break;
    const from = i + given + skip;
    for (const t of tails) {
      const last = from + t.rest.length - 1;
      if (best && last <= best.last) continue;
      let ok = true;
      for (let k = 0; k < t.rest.length && ok; k++) {
        const x = units[from + k];
        ok = !!x && !x.breakBefore && x.key === t.rest[k] && (x.arabic || x.shape !== 'lower');
      }
      if (ok) best = { first: i, last, targets: [t.target], blocked: false };
    }
  }
  return best;
}

const GROUP_TYPES = new Set(['armed_group', 'organization']);

/**
 * "PKK/YPG", "PYD/YPG": a group written with a slash before another group is named by the whole pair (the writer
 * folds the second into the first). Returns the partner's last unit, or -1.
 */
function slashedPartner(text: string, units: readonly NameUnit[], last: number, type: string, registry: ActorRegistry): number {
  const next = units[last + 1];
  if (!GROUP_TYPES.has(type) || !next || text.slice(units[last]!.end, next.start) !== '/') return -1;
  const m = registry.aliases.longestAt(units, last + 1);
  const target = m?.targets.find((t) => !t.generic);
  return m && target && GROUP_TYPES.has(registry.typeOf(target.actorId) ?? '') ? m.last : -1;
}

/** "IRGC Quds Force" also names the IRGC: a leading alias of an actor the match is part of. */
function nestedParent(text: string, units: readonly NameUnit[], first: number, last: number, actorId: string, registry: ActorRegistry): Candidate | null {
  if (last <= first) return null;
  const parents = new Set(registry.affiliationsOf(actorId).filter((r) => r.relation === 'part_of').map((r) => r.with));
  if (parents.size === 0) return null;
  const inner = registry.aliases.longestAt(units, first, last - 1);
  const target = inner?.targets.find((t) => !t.generic && parents.has(t.actorId));
  if (!inner || !target) return null;
  // "IRGC-QF", "Guard Corps–Qods Force": a compound written as one word names the branch only.
  if (!/\s/.test(text.slice(units[inner.last]!.end, units[inner.last + 1]!.start))) return null;
  return {
    first, last: inner.last, start: units[first]!.start, end: units[inner.last]!.end, entityId: target.actorId,
    rule: `registry-nested:${target.actorId}`, confidence: 0.9,
  };
}

/**
 * "US forces", "U.S. Treasury", "Israel Defense Forces", "US-led coalition": a body's name that opens with a
 * state's name also names the state there (an analyst reading "US" in it reads the United States). The state's
 * nested mention is added beside the body's; adjectives ("Iraqi government") are left to the body alone.
 */
function nestedState(text: string, units: readonly NameUnit[], first: number, last: number, type: string, registry: ActorRegistry): Candidate | null {
  if (last <= first || type === 'state' || type === 'person' || type === 'location') return null;
  const inner = registry.aliases.longestAt(units, first, last - 1);
  const target = inner?.targets.find((t) => !t.generic && registry.typeOf(t.actorId) === 'state');
  if (!inner || !target) return null;
  const start = units[first]!.start;
  const end = units[inner.last]!.end;
  if (DEMONYM_ENDING.test(text.slice(units[inner.last]!.coreStart, end))) return null;
  return { first, last: inner.last, start, end, entityId: target.actorId, rule: `${NESTED_STATE_RULE}:${target.actorId}`, confidence: 0.9 };
}

/** "US forces stationed in Iraq": forces and the place they are tied to make one mention; the place is also named. */
function stationedPlace(units: readonly NameUnit[], last: number, registry: ActorRegistry, cues: EntityCues): Candidate | null {
  const verb = units[last + 1];
  const prep = units[last + 2];
  if (!verb || verb.breakBefore || !cues.stationed.has(verb.key) || !prep || prep.breakBefore || prep.key !== cues.in) return null;
  const m = units[last + 3]?.breakBefore ? null : registry.aliases.longestAt(units, last + 3);
  const target = m?.targets.find((t) => !t.generic);
  const type = target ? registry.typeOf(target.actorId) : undefined;
  if (!m || !target || !(type === 'state' || type === 'location')) return null;
  return {
    first: m.first, last: m.last, start: units[m.first]!.start, end: units[m.last]!.end, entityId: target.actorId,
    rule: `registry:${target.actorId}`, confidence: 1,
  };
}

/** The state named with a possessive ("Iran's") right before units[first], if any. */
function possessiveStateBefore(text: string, units: readonly NameUnit[], first: number, found: readonly Candidate[], registry: ActorRegistry): string | null {
  const c = possessorBefore(text, units, first, found);
  return c && registry.typeOf(c.entityId) === 'state' ? c.entityId : null;
}

/** The mention right before units[first] that owns it by a possessive ("X's Interior Ministry"), or null. */
function possessorBefore(text: string, units: readonly NameUnit[], first: number, found: readonly Candidate[]): Candidate | null {
  if (first === 0) return null;
  const c = found.find((x) => x.last === first - 1);
  return c && /^['’]s?\s+$/.test(text.slice(units[c.last]!.end, units[first]!.start)) ? c : null;
}

/** The place or body, not a state, that owns the generic name by a possessive when none of its readings belongs to it; else null. */
function nonStateOwner(text: string, units: readonly NameUnit[], first: number, found: readonly Candidate[], registry: ActorRegistry, ids: readonly string[]): string | null {
  const c = possessorBefore(text, units, first, found);
  const type = c ? registry.typeOf(c.entityId) : undefined;
  if (!c || !type || type === 'state' || type === 'person') return null;
  return ids.some((id) => registry.affiliationsOf(id).some((r) => r.with === c.entityId)) ? null : c.entityId;
}

/**
 * A lower-case office name that is not itself an actor of the story: "foreign ministry spokesman X" (the title of
 * the person named), "its foreign ministry" (whose, the pronoun does not say).
 */
function lowerOfficeAside(units: readonly NameUnit[], p: Pending, cues: EntityCues): boolean {
  if (units[p.last]!.shape !== 'lower') return false;
  const next = units[p.last + 1];
  if (next && !next.breakBefore && cues.officeHeads.has(next.key)) return true;
  const prev = units[p.first - 1];
  return !!prev && !units[p.first]!.breakBefore && cues.possessivePronouns.has(prev.key);
}

const nisbaCache = new WeakMap<ActorRegistry, Map<string, string>>();

/**
 * Arabic adjectives of states, derived from their one-word Arabic names ("سوريا" -> "السوري", "السورية"; "لبنان" ->
 * "اللبناني"; "السعودية" -> "السعودي"): only to say whose office a generic name is, never a mention of the state.
 */
function arabicNisbas(registry: ActorRegistry): Map<string, string> {
  const hit = nisbaCache.get(registry);
  if (hit) return hit;
  const out = new Map<string, string>();
  for (const a of registry.all()) {
    if (a.type !== 'state') continue;
    for (const name of [a.name, ...a.aliases]) {
      if (!/^[\u0600-\u06FF]+$/.test(name)) continue;
      const stem = name.replace(/^ال/, '');
      const base = stem.endsWith('ية') ? stem.slice(0, -2) : stem.replace(/[اة]$/, '');
      if (base.length < 2) continue;
      for (const form of [`ال${base}ي`, `ال${base}ية`]) if (!out.has(form)) out.set(form, a.id);
    }
  }
  nisbaCache.set(registry, out);
  return out;
}

/**
 * A state's adjective right beside a generic name: before it in English ("the Syrian foreign ministry"), after it
 * in Arabic ("وزارة الخارجية السورية"). Only an adjective: "Syria foreign ministry" is not written.
 */
function stateAdjectiveBeside(
  text: string, units: readonly NameUnit[], p: Pending, found: readonly Candidate[], registry: ActorRegistry,
): { state: string; first: number; last: number } | null {
  const isState = (c: Candidate | undefined): c is Candidate => !!c && c.first === c.last && registry.typeOf(c.entityId) === 'state';
  if (units[p.first]!.arabic) {
    const k = p.last + 1;
    const after = units[k];
    if (!after || !after.arabic || after.breakBefore) return null;
    const state = arabicNisbas(registry).get(withoutArabicMarks(text.slice(after.start, after.end)));
    return state ? { state, first: k, last: k } : null;
  }
  const before = found.find((x) => x.last === p.first - 1);
  if (!isState(before) || units[p.first]!.breakBefore) return null;
  const u = units[before.first]!;
  if (!DEMONYM_ENDING.test(text.slice(u.coreStart, u.end)) || !/^\s+$/.test(text.slice(u.end, units[p.first]!.start))) return null;
  return { state: before.entityId, first: before.first, last: before.last };
}

/**
 * The office a generic name stands for, of a state whose own the registry lacks: its id and name follow the first
 * registry office of that name whose name opens with a nationality ("Turkish Ministry of Foreign Affairs" ->
 * "<state> Ministry of Foreign Affairs").
 */
function officeOf(state: string, ids: readonly string[], registry: ActorRegistry): OfficeEntity | null {
  const stateActor = registry.byId(state);
  if (!stateActor) return null;
  for (const id of ids) {
    const actor = registry.byId(id);
    const m = actor && actor.type === 'organization' ? /^(\S+)\s+(.+)$/.exec(actor.name) : null;
    if (!m || !DEMONYM_ENDING.test(m[1]!) || !/\bMinistry\b/.test(m[2]!)) continue;
    const slug = m[2]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { id: `${state}-${slug}`, type: 'organization', name: `${stateActor.name} ${m[2]!}` };
  }
  return null;
}

// More than any document's count of one country's mentions.
const NAMED_PLACE_WEIGHT = 1000;

/**
 * A generic alias links to the candidate actor already named in the document;
 * failing that, to the one whose country the document names most, and among
 * actors of one country ("the U.S. Embassy") to the one whose place
 * (located_in) the document names.
 */
function resolveGeneric(
  text: string, pending: readonly Pending[], found: readonly Candidate[], units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues,
  offices: OfficeEntity[],
): Candidate[] {
  if (pending.length === 0) return [];
  const named = new Set(found.map((c) => c.entityId));
  // "RSF commander Mohamed Hamdan Dagalo": the bodies a named person holds a role in.
  const held = new Set<string>();
  for (const id of named) for (const r of registry.rolesOf(id)) held.add(r.of);
  const countryWeight = new Map<string, number>();
  for (const c of found) {
    const actor = registry.byId(c.entityId);
    const country = actor?.type === 'state' ? actor.id : actor?.country;
    if (country) countryWeight.set(country, (countryWeight.get(country) ?? 0) + (actor?.type === 'state' ? 1 : 0.5));
  }
  const out: Candidate[] = [];
  const forcesKey = registry.folder.key('forces');
  for (const p of pending) {
    if (lowerOfficeAside(units, p, cues)) continue;
    const ids = [...new Set(p.targets.map((t) => t.actorId))];
    // "Iran's Foreign Ministry": a state's possessive right before a generic name says whose it is; so does its
    // adjective ("the Syrian foreign ministry", "وزارة الخارجية السورية"), which the mention then takes in.
    const possessor = possessiveStateBefore(text, units, p.first, found, registry);
    const adjective = possessor ? null : stateAdjectiveBeside(text, units, p, found, registry);
    const owner = possessor ?? adjective?.state ?? null;
    // "the armed forces" in lower case is any country's: only a state's adjective or possessive says whose.
    if (!owner && units[p.last]!.shape === 'lower' && units[p.last]!.key === forcesKey) continue;
    // "the Kurdistan Region's Interior Ministry": owned by a region or a body, not a state; its own office, no state's.
    const region = owner ? null : nonStateOwner(text, units, p.first, found, registry, ids);
    if (region) {
      const office = officeOf(region, ids, registry);
      if (office) {
        if (!offices.some((o) => o.id === office.id)) offices.push(office);
        out.push({ first: p.first, last: p.last, start: units[p.first]!.start, end: units[p.last]!.end, entityId: office.id, rule: 'registry-office', confidence: 0.7 });
      }
      continue;
    }
    const owned = owner ? ids.filter((id) => registry.byId(id)?.country === owner) : [];
    if (owner && owned.length === 0) {
      // A state's office the registry does not hold: an entity of its own, never another state's office.
      const office = officeOf(owner, ids, registry);
      if (office) {
        if (!offices.some((o) => o.id === office.id)) offices.push(office);
        const a = adjective ? Math.min(adjective.first, p.first) : p.first;
        const b = adjective ? Math.max(adjective.last, p.last) : p.last;
        out.push({ first: a, last: b, start: units[a]!.start, end: units[b]!.end, entityId: office.id, rule: 'registry-office', confidence: 0.7 });
      }
      continue;
    }
    let chosen = owned.length === 1 ? owned : ids.filter((id) => named.has(id));
    // None named itself: the one body a named person holds a role in.
    if (chosen.length === 0) chosen = ids.filter((id) => held.has(id));
    if (chosen.length !== 1) {
      const weight = (id: string): number => {
        let w = countryWeight.get(registry.byId(id)?.country ?? '') ?? 0;
        for (const r of registry.affiliationsOf(id)) {
          if (r.relation !== 'located_in') continue;
          // The place itself named outranks any count of its country's mentions: "the U.S. Embassy" in a story
          // that names Beirut is the one in Beirut, however often the story names Israel.
          if (named.has(r.with)) w += NAMED_PLACE_WEIGHT;
          w += countryWeight.get(registry.byId(r.with)?.country ?? '') ?? 0;
        }
        return w;
      };
      const scored = ids
        .map((id) => ({ id, w: weight(id) }))
        .filter((s) => s.w > 0)
        .sort((x, y) => y.w - x.w);
      chosen = scored.length > 0 && (scored.length === 1 || scored[0]!.w > scored[1]!.w) ? [scored[0]!.id] : [];
    }
    const id = chosen[0];
    if (!id) continue;
    // "Pakistan's foreign ministry said ... foreign ministry spokeswoman": once a generic name has been read as
    // one actor, its later bare uses in the document are that actor, whatever the country counts say.
    named.add(id);
    const actor = registry.byId(id)!;
    let [a, b] = widen(units, p.first, p.last, actor.type, cues);
    if (adjective && owned.length === 1) [a, b] = [Math.min(a, adjective.first), Math.max(b, adjective.last)];
    out.push({ first: a, last: b, start: units[a]!.start, end: units[b]!.end, entityId: id, rule: `registry-context:${id}`, confidence: 0.7 });
  }
  return out;
}
