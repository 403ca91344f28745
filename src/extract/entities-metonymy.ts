/**
 * A capital standing for its state: "Ankara said", "Tehran was the main
 * sponsor", "called on Ankara to". The registry says which city is a state's
 * seat of government; a mention of it that acts (the subject of a verb, the
 * one called on) becomes a mention of the state. A document that also names
 * the city as a place ("in Tehran") keeps the name for the place: one name,
 * one referent within a document.
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { EntityCues } from './entities-cues.js';
import { joined, type Candidate } from './entities-span.js';

// A verb right after the city: it acts or speaks.
const VERB_AFTER = /^\s+(?:has|have|had|was|is|will|would|must|should|could|can|may|might|did|does|said|says|accused|accuses|denied|denies|warned|warns|wants|wanted|considers|considered|insists|insisted|rejected|rejects|condemned|condemns|announced|announces|blamed|blames|sees|views|believes|demanded|demands|responded|welcomed|welcomes|urged|urges|threatened|threatens|refused|refuses|agreed|backs|backed|supports|supported|sent|sends|hopes|vowed|vows|regards|sought|seeks)\b/i;
// Verbs of conduct a state is the subject of, also after ", which" ("Tehran, which arms and funds them").
const CONDUCT_AFTER = /^\s*(?:,\s*(?:which|who)\s+)?(?:has\s+|have\s+|had\s+)?(?:arms|armed|funds|funded|builds|built|spends|spent|uses|used|keeps|kept|plans|planned|provides|provided|designated|designates|imposed|imposes|recalled|recalls|summoned|summons|offered|offers|pledged|pledges|expects|expected|claims|claimed|argued|argues|dismissed|dismisses|backs|backed|supports|supported|sponsors|sponsored)\b/i;
// Whom one expects or asks to act: "expect Tehran to keep", "asked Washington to press".
const AGENT_OF_INFINITIVE = /\b(?:expect|expects|expected|expecting|want|wants|wanted|ask|asks|asked|asking|allow|allows|allowed|forced|pushed|pushing|pushes|pressed|persuade|persuaded|convince|convinced|encourage|encouraged|told|tells)\s+$/i;
const INFINITIVE_AFTER = /^\s+to\s+\p{Ll}/u;
// The city is the object of a preposition ("strikes on Damascus continued", "groups aligned with Tehran claimed"):
// the verb after it has another subject.
const OBJECT_BEFORE = /\b(?:on|with|against|by|for|over|about|between|and)\s+$/i;
// What a state has and does, after its capital's possessive: "Tehran's proxies", "Washington's response".
const CONDUCT_NOUNS = new Set(['proxies', 'proxy', 'allies', 'ally', 'partners', 'response', 'reaction', 'policy', 'policies', 'support', 'backing', 'influence',
  'decision', 'position', 'stance', 'demands', 'sanctions', 'strategy', 'approach', 'role', 'campaign', 'pressure', 'envoy', 'ambassador', 'diplomats']);

// Appeals and charges addressed to it: "called on Ankara", "urged Damascus".
const ADDRESSED_BEFORE = /\b(?:called\s+on|calls\s+on|calling\s+on|urged|urging|pressed|pressing|accused|accusing|warned|warning)\s+$/i;
// A place: "in Tehran", "to Ankara", "in eastern Baghdad".
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|outside|around|across|via|toward|towards|inside|of|visit(?:ed|ing|s)?)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
// A dateline: the city opens a paragraph, then a comma, a bracket, a dash or a slash ("BAGHDAD (AP) -", "BAGHDAD/WASHINGTON").
const DATELINE_AFTER = /^\s*(?:,|\(|—|–|-|\/)/;
const POSSESSIVE_AFTER = /^['’]s?\s+([\p{L}-]+)/u;

// The conjunctions written joined to an Arabic verb ("واتهمت", "فقالت").
const ARABIC_CONJUNCTION = /^[وف]/;

/** What the Arabic word before a capital makes of it: its state acting ("واتهمت أنقرة"), the place ("في أنقرة"), or neither. */
function arabicRole(units: readonly NameUnit[], at: number, cues: EntityCues): 'acting' | 'place' | null {
  const prev = units[at - 1];
  if (!prev || !prev.arabic || !joined(units, at)) return null;
  if (cues.arabicPlaceBefore.has(prev.key)) return 'place';
  if (cues.arabicStateVerbs.has(prev.key) || cues.arabicStateVerbs.has(prev.key.replace(ARABIC_CONJUNCTION, ''))) return 'acting';
  return null;
}

/** The rule a capital relabelled as its state carries. */
export const CAPITAL_RULE = 'metonymy:capital';

/** Candidates for capitals that stand for their state, relabelled; the others unchanged. */
export function capitalsAsStates(text: string, units: readonly NameUnit[], candidates: Candidate[], registry: ActorRegistry, cues: EntityCues): Candidate[] {
  let any = false;
  for (const c of candidates) if (registry.stateOfCapital(c.entityId)) { any = true; break; }
  if (!any) return candidates;
  const asPlace = new Set<string>();
  const acting: number[] = [];
  candidates.forEach((c, i) => {
    if (!registry.stateOfCapital(c.entityId)) return;
    if (units[c.first]?.arabic) {
      const role = arabicRole(units, c.first, cues);
      if (role === 'place') asPlace.add(c.entityId);
      else if (role === 'acting') acting.push(i);
      return;
    }
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const after = text.slice(c.end, c.end + 40);
    const dateline = (c.start === 0 || text[c.start - 1] === '\n') && DATELINE_AFTER.test(after);
    if (PLACE_BEFORE.test(before) || dateline) { asPlace.add(c.entityId); return; }
    const owned = POSSESSIVE_AFTER.exec(after);
    const agentNoun = owned ? cues.stateAgentNouns.has(registry.folder.wordKey(owned[1]!.toLowerCase())) || CONDUCT_NOUNS.has(owned[1]!.toLowerCase()) : false;
    const infinitive = AGENT_OF_INFINITIVE.test(before) && INFINITIVE_AFTER.test(after);
    if (VERB_AFTER.test(after) || (CONDUCT_AFTER.test(after) && !OBJECT_BEFORE.test(before)) || ADDRESSED_BEFORE.test(before) || agentNoun || infinitive) acting.push(i);
  });
  if (acting.length === 0) return candidates;
  const out = candidates.slice();
  for (const i of acting) {
    const c = out[i]!;
    if (asPlace.has(c.entityId)) continue;
    out[i] = { ...c, entityId: registry.stateOfCapital(c.entityId)!, rule: CAPITAL_RULE };
  }
  return out;
}
