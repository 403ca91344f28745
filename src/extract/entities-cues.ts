/**
 * The names lexicon folded into key sets once per registry, for the entity
 * stage: titles, cue words, heads and generic words as word keys.
 */
import type { ActorRegistry } from '../resolve/registry.js';

export interface EntityCues {
  /** Honorific titles as key sequences, longest first. */
  honorifics: string[][];
  /** The honorifics that stay inside a person's mention ("Sheikh"), as key sequences, longest first. */
  mentionHonorifics: string[][];
  personCues: ReadonlySet<string>;
  /** Offices closing a title before a name ("Defence Secretary"), by their last word's key. */
  officeHeads: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  placeNameHeads: ReadonlySet<string>;
  /** Lower-case heads a registry place's mention takes in ("Idlib province"). */
  administrativeHeads: ReadonlySet<string>;
  /** Lower-case heads of buildings named after a place or a person ("Medina hospital", "Sea Crest hotel"). */
  buildingHeads: ReadonlySet<string>;
  /** Words before a place's name, as key sequences, longest first ("north of", "near"). */
  placeBefore: string[][];
  /** Ship prefixes as written ("USS"): compared on the text, since "USS" folds like "US". */
  vesselPrefixes: ReadonlySet<string>;
  vesselNouns: ReadonlySet<string>;
  outletHeads: ReadonlySet<string>;
  outletVerbs: ReadonlySet<string>;
  groupOpeners: ReadonlySet<string>;
  groupClosers: ReadonlySet<string>;
  organizationClosers: ReadonlySet<string>;
  forceClosers: ReadonlySet<string>;
  unitHeads: ReadonlySet<string>;
  ordinalWords: ReadonlySet<string>;
  forceGeneric: ReadonlySet<string>;
  groupHeads: ReadonlySet<string>;
  groupHeadModifiers: ReadonlySet<string>;
  /** Facility heads as key sequences, longest first. */
  facilityHeads: string[][];
  notNames: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  /** Keys of the few function words the cues read: "of", "the", "a", "abu". */
  of: string;
  for: string;
  the: string;
  a: string;
  abu: string;
  /** Participles that tie forces to where they are: "stationed in". */
  stationed: ReadonlySet<string>;
  in: string;
  stateAgentNouns: ReadonlySet<string>;
  /** Keys of the Arabic verbs and complementisers a capital acting follows, and of the prepositions a place follows. */
  arabicStateVerbs: ReadonlySet<string>;
  arabicPlaceBefore: ReadonlySet<string>;
  and: string;
  by: string;
  /** "its", "their": a possessive pronoun, whose owner a lower-case office name does not say. */
  possessivePronouns: ReadonlySet<string>;
  /** Participles whose agent after "by" is a person when no group word names it: "founded by", "led by". */
  agentVerbs: ReadonlySet<string>;
}

const cache = new WeakMap<ActorRegistry, EntityCues>();

export function cuesOf(registry: ActorRegistry): EntityCues {
  const hit = cache.get(registry);
  if (hit) return hit;
  const f = registry.folder;
  const lx = registry.lexicon;
  const seqs = (words: readonly string[]): string[][] =>
    words.map((w) => f.units(w).map((u) => u.key)).filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  // Single-word cues are compared by key; multi-word ones ("news agency") by their last word.
  const set = (words: readonly string[]): Set<string> => new Set(seqs(words).map((k) => k[k.length - 1]!));
  const cues: EntityCues = {
    honorifics: seqs(lx.honorifics),
    mentionHonorifics: seqs(lx.mention_honorifics),
    personCues: set(lx.person_cues),
    officeHeads: set(lx.office_heads),
    speechVerbs: set(lx.speech_verbs),
    placeCues: set(lx.place_cues),
    placeHeads: set(lx.place_heads),
    placeNameHeads: set(lx.place_name_heads),
    buildingHeads: set(lx.building_heads),
    administrativeHeads: set(lx.administrative_heads),
    placeBefore: seqs(lx.place_before),
    vesselPrefixes: new Set(lx.vessel_prefixes),
    vesselNouns: set(lx.vessel_nouns),
    outletHeads: set(lx.outlet_heads),
    outletVerbs: set(lx.outlet_verbs),
    groupOpeners: set(lx.group_openers),
    groupClosers: set(lx.group_closers),
    organizationClosers: set(lx.organization_closers),
    forceClosers: set(lx.force_closers),
    unitHeads: set(lx.unit_heads),
    ordinalWords: set(lx.ordinal_words),
    forceGeneric: set(lx.force_generic),
    groupHeads: set(lx.group_heads),
    groupHeadModifiers: set(lx.group_head_modifiers),
    facilityHeads: seqs(lx.facility_heads),
    notNames: set(lx.not_names),
    generic: set(lx.generic_words),
    of: f.wordKey('of'),
    for: f.wordKey('for'),
    the: f.wordKey('the'),
    a: f.wordKey('a'),
    abu: f.wordKey('abu'),
    stationed: new Set(['stationed', 'deployed', 'based'].map((w) => f.wordKey(w))),
    in: f.wordKey('in'),
    stateAgentNouns: set(lx.state_agent_nouns),
    arabicStateVerbs: set(lx.arabic_state_verbs),
    arabicPlaceBefore: set(lx.arabic_place_before),
    and: f.wordKey('and'),
    by: f.wordKey('by'),
    possessivePronouns: new Set(['its', 'their', 'his', 'her', 'our'].map((w) => f.wordKey(w))),
    agentVerbs: new Set(['founded', 'led', 'headed', 'commanded', 'co-founded', 'established'].map((w) => f.wordKey(w))),
  };
  cache.set(registry, cues);
  return cues;
}
