/**
 * The entity stage: fills doc.entities and doc.mentions. One pass over the
 * document's words with the registry's alias automaton, then names outside
 * the registry found by cues, then surnames linked to full names given
 * earlier, then appositions ("Popular Mobilization Forces PMF").
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Entity, EntityType, Mention } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { NameUnit } from '../resolve/name-key.js';
import { withoutArabicMarks } from '../text/fold.js';
import { cuesOf, type EntityCues } from './entities-cues.js';
import { linkAliases, linkArabicGivenNames, linkKunyas, linkSurnames } from './entities-coref.js';
import { CAPITAL_RULE, capitalsAsStates } from './entities-metonymy.js';
import { linkPartialNames } from './entities-partial.js';
import { occupierMentions } from './entities-occupier.js';
import { matchRegistry, type OfficeEntity } from './entities-registry.js';
import { joined, type Candidate } from './entities-span.js';
import { arabicNameCandidates, arabicNameCues, findArabicNames, findArabicPlaces } from './entities-arabic-names.js';
import { findUnknownNames, idFromKey } from './entities-unknown.js';
import { dropArabicPlacesReadAsNames } from './entities-arabic-bare.js';
import { arabicUnitCues, findArabicUnits } from './entities-arabic-units.js';
import { DEMONYM_ENDING } from './demonym.js';

export interface EntityKnowledge {
  actors: ActorRegistry;
}

function markCovered(coveredBy: Int32Array, candidates: readonly Candidate[]): void {
  coveredBy.fill(-1);
  candidates.forEach((c, index) => {
    for (let i = c.first; i <= c.last; i++) coveredBy[i] = index;
  });
}

/**
 * Whether a one-word state mention is a nationality adjective qualifying
 * something else ("Iranian weapons", "Yemeni and Iraqi fronts", "Israeli-
 * linked ships") rather than the state acting ("Israeli troops").
 */
function attributive(text: string, units: readonly NameUnit[], c: Candidate, nameKey: string, cues: EntityCues): boolean {
  // "Tripoli accused": a capital standing for its state is no adjective, whatever its ending.
  if (c.first !== c.last || c.rule === CAPITAL_RULE) return false;
  const u = units[c.first]!;
  if (u.key === nameKey || !DEMONYM_ENDING.test(text.slice(u.coreStart, u.end))) return false;
  let j = c.first + 1;
  // "Yemeni and Iraqi fronts": read past a coordinated adjective.
  if (units[j]?.key === cues.and && joined(units, j) && joined(units, j + 1) && units[j + 1]!.shape !== 'lower') j += 2;
  const next = units[j];
  if (!next || !joined(units, j) || next.shape === 'none') return false;
  return !cues.stateAgentNouns.has(next.key);
}

/**
 * "Palestinians", "Yemenis", "Americans": a demonym in the plural names the people, not the state and its
 * government; alone it does not make the state an actor of the document.
 */
function peopleNoun(text: string, units: readonly NameUnit[], c: Candidate, nameKey: string): boolean {
  if (c.first !== c.last || c.rule === CAPITAL_RULE) return false;
  const u = units[c.first]!;
  const word = text.slice(u.coreStart, u.end);
  return u.key !== nameKey && word.length > 4 && word.endsWith('s') && DEMONYM_ENDING.test(word.slice(0, -1));
}

// "المبعوث الأمريكي", "الجانب الإسرائيلي": a definite nisba adjective (ال...ي / ال...ية) after its noun, clitics allowed.
const ARABIC_NISBA = /^[وفبلك]{0,2}ال\S{2,}(?:ي|ية)$/u;
// Nouns after which the adjective makes the state an actor or a target, as state_agent_nouns do in English
// ("القوات الأمريكية" forces, "القواعد الأمريكية" bases, "السفن الإسرائيلية" ships); not "the American envoy/proposal".
const ARABIC_STATE_AGENTS = /^[وفبلك]{0,2}(?:ال)?(?:قوات|جيش|حكومة|إدارة|ادارة|سلطات|طائرات|غارات|ضربات|قواعد|قاعدة|سفن|سفينة|بوارج|مدمرات|مصالح|سفارة|مواقع|منشآت|جنود|مسؤولين|مسؤولي)$/u;

/** Whether a one-word Arabic state mention is its nationality adjective, which qualifies the noun before it. */
function arabicNisba(text: string, units: readonly NameUnit[], c: Candidate): boolean {
  if (c.first !== c.last || c.rule === CAPITAL_RULE || !units[c.first]!.arabic) return false;
  if (!ARABIC_NISBA.test(text.slice(c.start, c.end))) return false;
  // "القوات الأمريكية", "الحكومة العراقية": after the state's forces or government the adjective names the state acting.
  const prev = units[c.first - 1];
  return !prev || !joined(units, c.first) || !ARABIC_STATE_AGENTS.test(text.slice(prev.start, prev.end));
}

/**
 * A state named only by nationality adjectives, or by its people in the
 * plural, is not an entity of the document (GOLD-SCHEMA: named actors; an
 * adjective describes something else).
 */
function dropAdjectiveOnlyStates(text: string, units: readonly NameUnit[], candidates: Candidate[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  const byState = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (registry.typeOf(c.entityId) !== 'state') continue;
    let list = byState.get(c.entityId);
    if (!list) byState.set(c.entityId, (list = []));
    list.push(c);
  }
  const drop = new Set<string>();
  for (const [id, list] of byState) {
    const nameKey = registry.folder.key(registry.byId(id)!.name);
    if (list.every((c) => attributive(text, units, c, nameKey, cues) || peopleNoun(text, units, c, nameKey) || arabicNisba(text, units, c))) drop.add(id);
  }
  return drop.size === 0 ? candidates : candidates.filter((c) => !drop.has(c.entityId));
}

// "(SAD)", "(PRC)": an acronym in brackets, capitals first and last.
const BRACKET_ACRONYM = /^\s?\(([A-Z][A-Za-z&-]{0,8}[A-Z])\)/;

/**
 * "Saraya Awliya al-Dam (SAD)": an acronym in brackets right after the name
 * of a group, organisation or place names it there and everywhere after,
 * even when the registry gives those letters to another actor ("PRC").
 */
function bracketAcronyms(
  text: string, units: readonly NameUnit[], candidates: readonly Candidate[], coveredBy: Int32Array, typeOf: (id: string) => EntityType | undefined,
): { added: Candidate[]; replaced: Set<number> } {
  const added: Candidate[] = [];
  const replaced = new Set<number>();
  // A word nothing matched, or matched alone as another actor's acronym.
  const free = (k: number, entityId: string): boolean => {
    const h = coveredBy[k]!;
    if (h < 0) return true;
    const c = candidates[h]!;
    return c.first === k && c.last === k && c.entityId !== entityId;
  };
  const owner = new Map<string, { entityId: string; from: number }>();
  for (const c of candidates) {
    const type = typeOf(c.entityId);
    if (!type || type === 'person') continue;
    const m = BRACKET_ACRONYM.exec(text.slice(c.end, c.end + 14));
    const k = c.last + 1;
    const u = units[k];
    if (!m || !u || !free(k, c.entityId) || text.slice(u.start, u.end) !== m[1]) continue;
    // "BAGHDAD (AP)": after a place, letters that do not start as its name does abbreviate something else (a wire
    // service); a party or group may keep its own language's initials ("Nationalist Movement Party (MHP)").
    const head = units[c.first]!;
    if (type === 'location' && text[head.coreStart]?.toUpperCase() !== m[1]![0] && text[head.start]?.toUpperCase() !== m[1]![0]) continue;
    if (!owner.has(u.key)) owner.set(u.key, { entityId: c.entityId, from: k });
  }
  if (owner.size === 0) return { added, replaced };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const o = owner.get(u.key);
    if (!o || i < o.from || u.shape !== 'upper' || !free(i, o.entityId)) continue;
    if (coveredBy[i]! >= 0) replaced.add(coveredBy[i]!);
    added.push({ first: i, last: i, start: u.start, end: u.end, entityId: o.entityId, rule: 'acronym', confidence: 0.8 });
  }
  return { added, replaced };
}

/**
 * "Mahmoud Kazemi" is not Mustafa al-Kadhimi: a registry person matched by
 * one word (a surname) right after a capitalised given name that none of the
 * person's names holds is someone else, left to the unknown-name cues.
 */
function dropForeignSurnames(candidates: Candidate[], units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  const covered = new Set<number>();
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  const titleEnds = new Set(cues.honorifics.map((seq) => seq[seq.length - 1]!));
  return candidates.filter((c) => {
    if (c.first !== c.last || registry.typeOf(c.entityId) !== 'person' || !joined(units, c.first)) return true;
    const prev = units[c.first - 1]!;
    if (covered.has(c.first - 1) || prev.shape !== 'title' || prev.arabic || cues.notNames.has(prev.key) || titleEnds.has(prev.key) || cues.personCues.has(prev.key)) return true;
    const actor = registry.byId(c.entityId);
    if (!actor) return true;
    const words = new Set([actor.name, ...actor.aliases].flatMap((n) => registry.folder.key(n).split(' ')));
    return words.has(prev.key);
  });
}

const MAX_ORG_MODIFIERS = 3;

/**
 * "the Kurdistan Region Security Council", "the Basra Chamber Bank": a place
 * from the registry followed by capitalised words that end in an
 * organisation's head noun is the first word of that organisation's name, not
 * a mention of the place. Those place candidates are dropped so that the
 * unknown-name cues read the whole name.
 */
function releasePlaceModifiers(candidates: Candidate[], units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  const starts = new Set(candidates.map((c) => c.first));
  return candidates.filter((c) => {
    const type = registry.typeOf(c.entityId);
    if (type !== 'location' && type !== 'state') return true;
    for (let k = c.last + 1; k <= c.last + MAX_ORG_MODIFIERS + 1 && k < units.length; k++) {
      const u = units[k]!;
      if (!joined(units, k) || starts.has(k) || (u.shape !== 'title' && u.shape !== 'upper') || cues.notNames.has(u.key)) return true;
      if (cues.organizationClosers.has(u.key)) return false;
    }
    return true;
  });
}

/**
 * "Idlib province", "Sinjar district": a registry place followed by a lower-case administrative head names the same
 * place, and the head belongs to the mention (as the registry's own names hold it: "Kurdistan region").
 */
function withAdministrativeHead(candidates: Candidate[], units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  return candidates.map((c) => {
    const k = c.last + 1;
    const u = units[k];
    if (!u || u.shape !== 'lower' || !joined(units, k) || !cues.administrativeHeads.has(u.key)) return c;
    if (registry.typeOf(c.entityId) !== 'location' || units[c.last]!.shape === 'lower') return c;
    return { ...c, last: k, end: u.end };
  });
}

/**
 * "treated at Medina hospital", "stayed at Tigris hotel": a registry place right before a lower-case building head,
 * with no determiner, is the first word of the building's name, not a mention of the place; the unknown-name cues
 * read the whole name. After "a"/"an"/"the" the place says where the building is ("a Gaza hospital") and is kept.
 */
function releaseBuildingNames(text: string, candidates: Candidate[], units: readonly NameUnit[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  return candidates.filter((c) => {
    const next = units[c.last + 1];
    if (!next || next.shape !== 'lower' || !joined(units, c.last + 1) || !cues.buildingHeads.has(next.key)) return true;
    const type = registry.typeOf(c.entityId);
    if (type !== 'location' || units[c.first]!.arabic) return true;
    // "a Gaza hospital", "the Damascus church": after a determiner the place says where the building is.
    const before = units[c.first - 1];
    return !!before && joined(units, c.first) && (before.key === cues.a || before.key === cues.the || /^an$/i.test(text.slice(before.start, before.end)));
  });
}

// Arabic heads of armed groups' names that the group's own statements shorten to, with the article ("السرايا" for
// سرايا القدس, "الكتائب" for كتائب حزب الله); generic words such as الحركة are left alone.
const ARABIC_GROUP_HEADS = ['كتائب', 'سرايا', 'ألوية', 'عصائب'];
const ARABIC_DEFINITE = /^[وف]?[بلك]?ال(\S{3,})$|^[وف]?لل(\S{3,})$/u;
// The heads' letters, marks and hamza seats aside: a word without one of them cannot be a head.
const bareAlef = (word: string): string => withoutArabicMarks(word).replace(/[أإآ]/gu, 'ا');
const HEAD_LETTERS = new RegExp(ARABIC_GROUP_HEADS.map(bareAlef).join('|'), 'u');
const mayHoldHead = (word: string): boolean => HEAD_LETTERS.test(bareAlef(word));

/**
 * "سرايا القدس ... وأكدت السرايا": the definite head of an armed group's name, after that group was named, is a
 * mention of it when no other group named before opens with the same head.
 */
function arabicGroupHeads(text: string, units: readonly NameUnit[], candidates: readonly Candidate[], registry: ActorRegistry, typeOf: (id: string) => EntityType | undefined): Candidate[] {
  const arabicKey = (w: string): string => registry.folder.units(w)[0]?.key ?? w;
  const heads = new Set(ARABIC_GROUP_HEADS.map(arabicKey));
  const covered = new Uint8Array(units.length);
  for (const c of candidates) covered.fill(1, c.first, c.last + 1);
  // head key -> the groups named so far that open with it, in text order.
  const openers = new Map<string, Set<string>>();
  const added: Candidate[] = [];
  let next = 0;
  for (let i = 0; i < units.length; i++) {
    while (next < candidates.length && candidates[next]!.first <= i) {
      const c = candidates[next++]!;
      const head = units[c.first]!;
      const type = typeOf(c.entityId);
      // "وكتائب سيد الشهداء": a conjunction or preposition may cling to the head.
      const raw = head.arabic ? text.slice(head.start, head.end) : '';
      // Folding is costly: only a word that holds one of the heads' letters is folded.
      const headKey = heads.has(head.key) ? head.key : !mayHoldHead(raw) ? ''
        : [raw.replace(/^[وف]/u, ''), raw.replace(/^[وف]?[بل]/u, '')].map(arabicKey).find((k) => heads.has(k)) ?? '';
      if (c.last > c.first && heads.has(headKey) && (type === 'armed_group' || type === 'organization')) {
        let set = openers.get(headKey);
        if (!set) openers.set(headKey, (set = new Set()));
        set.add(c.entityId);
      }
    }
    const u = units[i]!;
    if (covered[i] || !u.arabic) continue;
    if (openers.size === 0) continue;
    const word = text.slice(u.start, u.end);
    if (!mayHoldHead(word)) continue;
    const m = ARABIC_DEFINITE.exec(word);
    if (!m) continue;
    const owners = openers.get(arabicKey(m[1] ?? m[2]!));
    if (!owners || owners.size !== 1) continue;
    added.push({ first: i, last: i, start: u.start, end: u.end, entityId: [...owners][0]!, rule: 'coref:arabic-group-head', confidence: 0.6 });
  }
  return added;
}

/** Entities and mentions of `doc`, computed with `registry`. */
export function extractEntities(doc: Doc, registry: ActorRegistry): { entities: Entity[]; mentions: Mention[] } {
  const cues = cuesOf(registry);
  const units = registry.folder.units(doc.text, doc.tokens.length > 0 ? doc.tokens : undefined);
  const blocked: Array<[number, number]> = [];
  const offices: OfficeEntity[] = [];
  let candidates = dropForeignSurnames(matchRegistry(doc.text, units, registry, cues, blocked, offices), units, registry, cues);
  candidates = releasePlaceModifiers(candidates, units, registry, cues);
  candidates = withAdministrativeHead(candidates, units, registry, cues);
  candidates = releaseBuildingNames(doc.text, candidates, units, registry, cues);
  if (units.some((u) => u.arabic)) candidates = dropArabicPlacesReadAsNames(doc.text, units, candidates, registry, arabicNameCues(registry));

  const coveredBy = new Int32Array(units.length);
  markCovered(coveredBy, candidates);
  const covered = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) covered[i] = coveredBy[i]! >= 0 ? 1 : 0;
  for (const [a, b] of blocked) covered.fill(1, a, b + 1);
  const unknown = findUnknownNames(doc.text, units, covered, registry, cues);
  unknown.entities.push(...offices.filter((o) => !unknown.entities.some((e) => e.id === o.id)));
  if (units.some((u) => u.arabic)) {
    // Arabic script has no capitals: its names outside the registry come from titles (entities-arabic-names.ts).
    for (const c of unknown.candidates) covered.fill(1, c.first, c.last + 1);
    for (const unit of findArabicUnits(doc.text, units, covered, arabicUnitCues(registry))) {
      const id = idFromKey(registry.folder.key(unit.name));
      if (!unknown.entities.some((e) => e.id === id)) unknown.entities.push({ id, type: 'armed_group', name: unit.name });
      unknown.candidates.push({ first: unit.first, last: unit.last, start: unit.start, end: unit.end, entityId: id, rule: 'pattern:arabic-unit', confidence: 0.6 });
      covered.fill(1, unit.first, unit.last + 1);
    }
    const starts = new Set([...candidates, ...unknown.candidates].map((c) => c.first));
    const arabic = arabicNameCandidates(findArabicNames(doc.text, units, covered, arabicNameCues(registry), starts), units, registry, idFromKey);
    unknown.candidates.push(...arabic.candidates);
    for (const p of arabic.persons) if (!unknown.entities.some((e) => e.id === p.id)) unknown.entities.push({ id: p.id, type: 'person', name: p.name });
    for (const c of arabic.candidates) covered.fill(1, c.first, c.last + 1);
    for (const place of findArabicPlaces(doc.text, units, covered, arabicNameCues(registry))) {
      const key = registry.folder.key(place.name);
      const known = [...new Set(registry.byKey(key).map((a) => a.id))];
      const id = known.length === 1 ? known[0]! : idFromKey(key);
      if (known.length > 1) continue;
      if (known.length === 0 && !unknown.entities.some((e) => e.id === id)) unknown.entities.push({ id, type: 'location', name: place.name });
      unknown.candidates.push({ first: place.first, last: place.last, start: place.start, end: place.end, entityId: id, rule: place.rule, confidence: 0.6 });
    }
  }
  candidates = [...candidates, ...unknown.candidates].sort((a, b) => a.start - b.start);

  const unknownType = new Map<string, EntityType>(unknown.entities.map((e) => [e.id, e.type]));
  const typeOf = (id: string): EntityType | undefined => registry.typeOf(id) ?? unknownType.get(id);
  markCovered(coveredBy, candidates);
  const isTitle = (a: number, b: number): boolean => cues.honorifics.some((seq) => seq.length === b - a + 1 && seq.every((k, j) => units[a + j]!.key === k));
  const { added, replaced } = linkSurnames(units, candidates, coveredBy, (id) => typeOf(id) === 'person', registry, isTitle);
  candidates = [...candidates.filter((_, i) => !replaced.has(i)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  if (units.some((u) => u.arabic)) {
    markCovered(coveredBy, candidates);
    const given = linkArabicGivenNames(doc.text, units, candidates, coveredBy, (id) => typeOf(id) === 'person', arabicNameCues(registry).notNames);
    if (given.length > 0) candidates = [...candidates, ...given].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const kunyas = linkKunyas(doc.text, units, candidates, (id) => typeOf(id) === 'person', (id) => registry.byId(id) !== undefined);
  if (kunyas.added.length > 0) {
    candidates = [...candidates.filter((_, i) => !kunyas.replaced.has(i)), ...kunyas.added]
      .map((c) => (kunyas.renamed.has(c.entityId) ? { ...c, entityId: kunyas.renamed.get(c.entityId)! } : c))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const aliases = linkAliases(doc.text, units, candidates, (id) => typeOf(id) === 'person', (id) => registry.byId(id) !== undefined);
  if (aliases.added.length > 0 || aliases.renamed.size > 0) {
    candidates = [...candidates, ...aliases.added]
      .map((c) => (aliases.renamed.has(c.entityId) ? { ...c, entityId: aliases.renamed.get(c.entityId)! } : c))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  markCovered(coveredBy, candidates);
  const acronyms = bracketAcronyms(doc.text, units, candidates, coveredBy, typeOf);
  if (acronyms.added.length > 0) {
    candidates = [...candidates.filter((_, i) => !acronyms.replaced.has(i)), ...acronyms.added].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  markCovered(coveredBy, candidates);
  const partial = linkPartialNames(doc.text, units, candidates, typeOf, registry, cues);
  if (partial.added.length > 0) {
    candidates = [...candidates.filter((_, i) => !partial.replaced.has(i)), ...partial.added].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  if (units.some((u) => u.arabic)) {
    const heads = arabicGroupHeads(doc.text, units, candidates, registry, typeOf);
    if (heads.length > 0) candidates = [...candidates, ...heads].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  // "Popular Mobilization Forces PMF": two names of one actor side by side are also one mention.
  const appositions: Candidate[] = [];
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!;
    const b = candidates[i]!;
    if (a.entityId === b.entityId && b.start > a.end && /^[ \t]+$/.test(doc.text.slice(a.end, b.start))) {
      appositions.push({ ...a, last: b.last, end: b.end, rule: 'apposition', confidence: Math.min(a.confidence, b.confidence) });
    }
  }
  candidates = [...candidates, ...appositions].sort((a, b) => a.start - b.start || b.end - a.end);

  candidates = capitalsAsStates(doc.text, units, candidates, registry, cues);
  candidates = occupierMentions(doc.text, units, candidates, registry);
  candidates = dropAdjectiveOnlyStates(doc.text, units, candidates, registry, cues);

  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const unknownById = new Map(unknown.entities.map((e) => [e.id, e]));
  for (const c of candidates) {
    if (!entities.has(c.entityId)) {
      const actor = registry.byId(c.entityId);
      const u = unknownById.get(c.entityId);
      if (actor) entities.set(actor.id, { id: actor.id, type: actor.type, name: actor.name, inRegistry: true });
      else if (u) entities.set(u.id, { id: u.id, type: u.type, name: u.name, inRegistry: false });
      else continue;
    }
    mentions.push({
      start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), entityId: c.entityId,
      provenance: { rule: c.rule, confidence: c.confidence },
    });
  }
  return { entities: [...entities.values()], mentions };
}

export const entityStage: Stage<EntityKnowledge> = {
  name: 'entities',
  run(doc: Doc, knowledge: EntityKnowledge): void {
    const { entities, mentions } = extractEntities(doc, knowledge.actors);
    doc.entities = entities;
    doc.mentions = mentions;
  },
};
