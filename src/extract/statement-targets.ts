/**
 * Whom a statement aims at, read the way the speaker names it:
 *  - epithets instead of names ("the Zionist entity", "the occupation", "the
 *    enemy"), resolved from the speaker's side (data/lexicons/references.yaml);
 *  - a state named for its forces ("US bases", "the American presence", "the
 *    US in Iraq"): the state's forces when the document names them;
 *  - a nationality named for its armed groups ("the Palestinian resistance
 *    factions", "our Palestinian brothers"): the group of that country the
 *    document names most.
 * Never the speaker's own side (itself, the groups it leads or speaks for,
 * and for hostile kinds its own state), and never the victim whose blood or
 * killing is avenged.
 */
import type { Doc, EntityType } from '../core/types.js';
import type { Discourse, Referent } from './discourse.js';
import { ownSide, type RoleFacts } from './statements-claims.js';
import { DEMONYM } from './demonym.js';

/** The registry facts this module reads; the actor registry provides them. */
export interface ActorFacts extends RoleFacts {
  byId(id: string): { country?: string | undefined; name: string; type: EntityType } | undefined;
  byName(name: string): ReadonlyArray<{ id: string; type: EntityType }>;
}

const HOSTILE = new Set(['threat', 'vow', 'accusation', 'warning', 'claim', 'denial']);
// After a state's name: the noun makes it the state's armed presence ("US bases", "American troops").
const FORCES_NOUN = /^['’"”]?\s*(?:military\s+)?(?:forces|troops|soldiers|bases?|military|presence|occupation|personnel|positions|army|convoys?|garrisons?)\b/i;
// After a nationality: the noun makes it that nation's armed groups ("Palestinian resistance factions").
const GROUP_NOUN = /^\s+(?:(?:armed|resistance|militant|jihadist|islamic|islamist)\s+){0,2}(?:resistance|factions?|groups?|brothers|brethren|fighters|militants|mujahideen|movements?)\b/i;
// Before a name: it is the victim of what is avenged or mourned, not the target.
const VICTIM_BEFORE = /\b(?:blood|death|deaths|killing|martyrdom|assassination|memory|souls?|sacrifices?|martyrs)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
// A nationality the entity stage leaves unmarked (an adjective), before a group noun.
const NATION_GROUP = new RegExp(String.raw`\b(${DEMONYM})\s+(?:(?:armed|resistance|militant|jihadist|islamic|islamist)\s+){0,2}(?:resistance|factions?|groups?|brothers|brethren|fighters|militants|mujahideen|movements?)\b`, 'gu');
// A nationality before what belongs to a state's forces or land ("an Israeli tank", "Israeli positions").
const NATION_ASSET = new RegExp(String.raw`\b(${DEMONYM})\s+(?:(?:military|army|naval|air|border|armored|armoured)\s+)?(?:presence|tanks?|positions?|bases?|sites?|soldiers|troops|ships?|vessels?|warships?|targets?|outposts?|barracks|convoys?|patrols?|posts?|aircraft|jets?|settlements?|cities|towns?|ports?|gatherings?|vehicles?|bulldozers?|forces)\b`, 'gu');
// A state's deeds of arms as nouns, with their means ("air strikes", "bombardments", "drone attacks").
const DEEDS = String.raw`(?:(?:air|drone|missile|artillery)\s+)?(?:strikes|airstrikes|bombardments?|bombings?|shelling|raids|aggression|attacks|assaults?|incursions?|warplanes|jets|drones)\b`;
// A nationality before a deed of arms ("Turkish bombardments", "Israeli airstrikes"): the state that does it.
const NATION_DEED = new RegExp(String.raw`\b(${DEMONYM})\s+${DEEDS}`, 'gu');
// The same deed nouns after a state's name or adjective, anchored at the name's start.
const DEED_NOUN = new RegExp(String.raw`^[\p{L}'’-]+\s+${DEEDS}`, 'u');
const FORCE_NAME = /\b(?:forces|army|military|troops|defen[cs]e\s+forces)\b/i;

export class TargetReader {
  private readonly own: Set<string>;
  private readonly country: string | null;

  constructor(readonly d: Discourse, readonly actor: string, kind: string, private readonly facts: ActorFacts | null) {
    this.own = ownSide(d.doc, actor, facts);
    this.country = countryOf(d.doc, actor, facts, d.typeOf(actor));
    if (this.country && HOSTILE.has(kind)) this.own.add(this.country);
  }

  isOwn(id: string): boolean {
    return this.own.has(id);
  }

  /**
   * The first target after `from` and before `to`: the object the discourse
   * reads there ("Kataib Hezbollah leader X" is X), or an epithet before it.
   */
  after(from: number, to: number): Referent | null {
    const text = this.d.doc.text;
    const epithets = this.unnamed(from, to);
    for (let at = from; at < to;) {
      let named = this.d.objectAfter(at, to);
      // "called on the United States to stop what he described": a person after the object (here the speaker
      // himself) does not stand for it when it is the speaker's side; the object before it does.
      if (named && (this.own.has(named.entityId) || namer(text, named))) {
        const plain = this.d.objectAfter(at, to, false, false);
        if (plain && plain.start < named.start) named = plain;
      }
      const epithet = epithets.find((e) => e.start >= at && (!named || e.end <= named.start));
      const r = epithet ?? (named ? this.refine(named) : null);
      if (!r) return null;
      if (!this.own.has(r.entityId) && !VICTIM_BEFORE.test(text.slice(Math.max(0, r.start - 60), r.start)) && !namer(text, r) && !this.d.isJoinedWith(r, this.actor)) return r;
      at = r.end;
    }
    return null;
  }

  /**
   * The actors named in [from, to), with epithets resolved, states named for
   * their forces or their groups refined, in text order; the speaker's own side
   * and victims left out.
   */
  candidates(from: number, to: number, opts: { places?: boolean } = {}): Referent[] {
    const text = this.d.doc.text;
    const named = this.d.refsFrom(from, to).filter((r) => r.end <= to && (isActorType(r.type) || (opts.places && (r.type === 'location' || r.type === 'facility'))));
    const out: Referent[] = [];
    for (const r of named) out.push(this.refine(r));
    for (const e of this.unnamed(from, to)) if (!named.some((n) => n.start < e.end && e.start < n.end)) out.push(e);
    out.sort((a, b) => a.start - b.start);
    // "A and B issued a joint statement": who speaks with the actor is on its side.
    return out.filter((r) => !this.own.has(r.entityId) && !VICTIM_BEFORE.test(text.slice(Math.max(0, r.start - 60), r.start)) && !namer(text, r)
      && !this.d.isJoinedWith(r, this.actor));
  }

  /** The first epithet in [from, to) that stands for an actor the document names, for this speaker. */
  epithetIn(from: number, to: number): Referent | null {
    return this.epithets(from, to)[0] ?? null;
  }

  /**
   * What a hostile declaration calls its adversary in [from, to): an epithet
   * ("the enemy"), or a state's armed presence ("the American presence", "US
   * troops") when the document names those forces.
   */
  adversaryIn(from: number, to: number): Referent | null {
    const forces = new Set(indexOf(this.d.doc, this.facts).forces.values());
    const text = this.d.doc.text;
    return this.candidates(from, to).find((r) => (r.via === 'reference' && (forces.has(r.entityId) || this.epithets(r.start, r.end).length > 0))
      || (r.type === 'state' && DEED_NOUN.test(text.slice(r.start, r.end + 40)))) ?? null;
  }

  /** Epithets and nationality-named groups in [from, to), in text order. */
  private unnamed(from: number, to: number): Referent[] {
    const out = this.epithets(from, to);
    if (!this.facts) return out;
    // The phrase may run past `to` (a window's end); it must start before it. Read a bounded slice, not the rest of the text.
    const slice = this.d.doc.text.slice(from, Math.min(this.d.doc.text.length, to + 60));
    NATION_GROUP.lastIndex = 0;
    for (let m = NATION_GROUP.exec(slice); m && from + m.index < to; m = NATION_GROUP.exec(slice)) {
      const at = from + m.index;
      const state = this.facts.byName(m[1]!).find((a) => a.type === 'state');
      const group = state ? mainGroupOf(this.d.doc, state.id, this.facts) : null;
      if (group && !this.d.refsFrom(at, at + m[1]!.length).length) {
        out.push({ start: at, end: at + m[0].length, entityId: group, type: this.d.typeOf(group) ?? 'armed_group', via: 'reference' });
      }
    }
    // "an Israeli tank", "Israeli positions": the state (its forces when the document names them), if it names the state.
    NATION_ASSET.lastIndex = 0;
    for (let m = NATION_ASSET.exec(slice); m && from + m.index < to; m = NATION_ASSET.exec(slice)) {
      const at = from + m.index;
      if (this.d.refsFrom(at, at + m[1]!.length).some((r) => r.type !== 'state')) continue;
      const state = this.facts.byName(m[1]!).find((a) => a.type === 'state');
      if (!state || !this.d.typeOf(state.id)) continue;
      const id = forcesOf(this.d.doc, state.id, this.facts) ?? state.id;
      out.push({ start: at, end: at + m[0].length, entityId: id, type: this.d.typeOf(id) ?? 'state', via: 'reference' });
    }
    // "Turkish bombardments": the state whose deed it is (a word of a name, "Iranian Drone Company", is no deed).
    NATION_DEED.lastIndex = 0;
    for (let m = NATION_DEED.exec(slice); m && from + m.index < to; m = NATION_DEED.exec(slice)) {
      const at = from + m.index;
      if (this.d.refsFrom(at, at + m[0].length).some((r) => r.type !== 'state') || out.some((o) => o.start === at)) continue;
      const state = this.facts.byName(m[1]!).find((a) => a.type === 'state');
      if (!state || !this.d.typeOf(state.id)) continue;
      out.push({ start: at, end: at + m[0].length, entityId: state.id, type: 'state', via: 'reference' });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Epithets in [from, to) that stand, for this speaker, for an actor the document names. */
  private epithets(from: number, to: number): Referent[] {
    const out: Referent[] = [];
    for (const h of this.d.cues.epithets.find(this.d.doc.text, from, to)) {
      const id = (this.country && h.value.from[this.country]) || h.value.to;
      const type = this.d.typeOf(id);
      if (!type || this.own.has(id)) continue;
      out.push({ start: h.start, end: h.end, entityId: id, type, via: 'reference' });
    }
    return out;
  }

  private refine(r: Referent): Referent {
    if (r.type !== 'state') return r;
    const text = this.d.doc.text;
    const after = text.slice(r.end, r.end + 60);
    const inPlace = /^\s+in\s+(?:the\s+)?/i.exec(after);
    const placed = inPlace ? this.d.refsFrom(r.end + inPlace[0].length, r.end + inPlace[0].length + 2)[0] : undefined;
    if (FORCES_NOUN.test(after) || (placed && placed.entityId !== r.entityId && (placed.type === 'location' || placed.type === 'state'))) {
      const forces = forcesOf(this.d.doc, r.entityId, this.facts);
      if (forces) return { ...r, entityId: forces, type: this.d.typeOf(forces) ?? 'armed_group', via: 'reference' };
    }
    if (GROUP_NOUN.test(after)) {
      const group = mainGroupOf(this.d.doc, r.entityId, this.facts);
      if (group) return { ...r, entityId: group, type: this.d.typeOf(group) ?? 'armed_group', via: 'reference' };
    }
    return r;
  }
}

/** "revenge for what it called a crime": the one who names the thing (the speaker, mostly) is not aimed at. */
function namer(text: string, r: Referent): boolean {
  return /\bwhat\s+$/i.test(text.slice(Math.max(0, r.start - 6), r.start))
    && /^\s+(?:called|calls|described|describes|termed|terms|considered|considers)\b/i.test(text.slice(r.end, r.end + 14));
}

function isActorType(t: EntityType): boolean {
  return t === 'person' || t === 'armed_group' || t === 'organization' || t === 'state';
}

/** The state an actor belongs to: its own (a state), the registry's, or that of the group a person leads. */
export function countryOf(doc: Doc, actor: string, facts: ActorFacts | null, type: EntityType | undefined): string | null {
  if (type === 'state') return actor;
  const own = facts?.byId(actor)?.country;
  if (own) return own;
  const group = doc.relations.find((r) => r.subject === actor && (r.predicate === 'leads' || r.predicate === 'spokesperson_of' || r.predicate === 'member_of'))?.object;
  return group ? facts?.byId(group)?.country ?? null : null;
}

interface CountryIndex { forces: Map<string, string>; groups: Map<string, string> }
const INDEX = new WeakMap<Doc, { mentions: number; index: CountryIndex }>();

/** Per document: each state's forces and its most-named armed group, among the entities it names. */
function indexOf(doc: Doc, facts: ActorFacts | null): CountryIndex {
  const cached = INDEX.get(doc);
  if (cached && cached.mentions === doc.mentions.length) return cached.index;
  const counts = new Map<string, number>();
  for (const m of doc.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const forces = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== 'armed_group' || !facts) continue;
    const a = facts.byId(e.id);
    if (!a?.country) continue;
    if (FORCE_NAME.test(a.name)) { if (!forces.has(a.country)) forces.set(a.country, e.id); continue; }
    const best = groups.get(a.country);
    if (!best || (counts.get(e.id) ?? 0) > (counts.get(best) ?? 0)) groups.set(a.country, e.id);
  }
  const index = { forces, groups };
  INDEX.set(doc, { mentions: doc.mentions.length, index });
  return index;
}

function forcesOf(doc: Doc, state: string, facts: ActorFacts | null): string | null {
  return indexOf(doc, facts).forces.get(state) ?? null;
}

function mainGroupOf(doc: Doc, state: string, facts: ActorFacts | null): string | null {
  return indexOf(doc, facts).groups.get(state) ?? null;
}
