/**
 * Where an actor or a place lies, where the text sets it out as a fact: "X,
 * in Y", "X and Z, in western Y", "X, Y's second city", "the Y-based X", "X,
 * an Iraq-based group". A bare "X in Y" mostly says where something happened
 * and is not read. Without "-based", a group is placed only in its own
 * country (the registry's); states are never placed.
 */
import type { Doc, Sentence } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Discourse, Referent } from './discourse.js';
import type { AddRelation } from './relations-organs.js';
import { DEMONYM, demonymState } from './demonym.js';

const DIRECTION = String.raw`(?:(?:north|south|east|west|central|(?:north|south)[- ]?(?:east|west))(?:ern)?|upper|lower|southernmost|northernmost|occupied|rural)`;
const COMMA_IN_GAP = new RegExp(String.raw`^\s*,\s*in\s+(?:the\s+)?(?:${DIRECTION}\s+)?$`, 'i');
const CAPITAL_OF = /^\s*,\s*(?:the|its)\s+(?:[\p{Ll}-]+\s+)?(?:capital|city|port|town)\s+of\s+(?:the\s+)?$/iu;
// "X, Syria's second city": a place noun after the country's possessive.
const POSSESSED_PLACE = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:city|capital|town|port|province|governorate|district|region|stronghold|border\s+town|village)\b/iu;
// "the southern Lebanese village of ", "the Israeli community of ": a nationality and a settlement noun before its name.
// Not provinces or districts: "the Iraqi province of X" mostly sets the scene, and the place is named without it elsewhere.
const DEMONYM_PLACE_OF = new RegExp(String.raw`\b[Tt]he\s+(?:${DIRECTION}\s+)?(${DEMONYM})\s+(?:(?:border|frontier|coastal|mountain|desert|northern|southern|eastern|western)\s+)?(?:village|town|city|community|kibbutz|settlement|port|camp)\s+of\s+$`, 'u');
// After a place's name, the noun that says it is a subdivision of the region before it.
const ADMIN_PART = /^\s+(?:province|governorate|district|county|subdistrict|municipality)\b/i;
// The entity stage keeps a registry place's lower-case administrative noun inside its mention ("Duhok province").
const ADMIN_CLOSING = /\s(?:province|governorate|district|county|subdistrict|municipality)$/i;
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
// "the Beirut-based", "another Iraq-based", "an Iran-based".
const BASED = /[-‐–]based\b/g;
// Between "Y-based" and what it qualifies: lower-case words only ("Houthi financial facilitator" keeps one name).
const QUALIFIER_GAP = /^\s+(?:[\p{Lu}\p{Ll}-]+\s+){0,3}$/u;

// After a sea's or river's name, the noun whose place it only qualifies: "coast", "waters".
const SHORE_AFTER = /^\s+(?:coast|coastline|coasts|shore|shores|shoreline|waters|islands|bank|banks|seaboard|littoral)\b/i;

// After a group's name, lower-case words ending in a role noun, then the person's name: "Houthi financial facilitator ".
const ROLE_THEN_NAME = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:financier|facilitator|official|commander|leader|operative|member|envoy|representative|agent|procurement\s+agent|courier|broker|smuggler|spokesman|spokesperson|chief|head)\s+$/u;
// The same role noun after the group without a name: the group still only qualifies it.
const ROLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:financiers?|facilitators?|officials?|commanders?|leaders?|operatives?|members?|envoys?|representatives?|agents?|couriers?|brokers?|smugglers?)\b/u;

const PLACED: ReadonlySet<string> = new Set(['location', 'facility']);
const GROUPS: ReadonlySet<string> = new Set(['armed_group', 'organization']);

export function readPlaces(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry, add: AddRelation): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via === 'name');
  if (refs.length >= 2) {
    for (let i = 1; i < refs.length; i++) {
      const where = refs[i]!;
      if (where.type !== 'state' && where.type !== 'location') continue;
      const x = refs[i - 1]!;
      // "Tal al-Foo, in Rafah": the comma sets the place off as where the named one lies.
      // A bare "X in Y" is left alone: it mostly says where something happened, not a standing fact.
      // "Erbil, the capital of Iraq's Kurdistan region": the capital lies in the region the possessive qualifies.
      if (CAPITAL_OF.test(text.slice(x.end, where.start)) && PLACED.has(x.type)) {
        const region = refs[i + 1];
        const inner = region && region.type === 'location' && /^['’]s?\s+$/.test(text.slice(where.end, region.start)) ? region : where;
        place(x, inner, registry, add, 'place-capital');
        continue;
      }
      if (COMMA_IN_GAP.test(text.slice(x.end, where.start))) {
        // "X and Z, in Y": every place of the list lies in Y.
        for (let j = i - 1; j >= 0; j--) {
          const r = refs[j]!;
          if (j < i - 1 && !(r.type === x.type && COORDINATION.test(text.slice(r.end, refs[j + 1]!.start)))) break;
          place(r, where, registry, add, 'place-in');
          if (!PLACED.has(r.type)) break;
        }
      }
    }
    for (let i = 0; i < refs.length; i++) {
      const owner = refs[i]!;
      if (d.inQuote(owner.start)) continue;
      // "the Kurdistan Region's Duhok province": a region's possessive before a place its administrative noun marks as a part.
      if (owner.type === 'location') {
        const part = refs[i + 1];
        if (part && part.type === 'location' && /^['’]s?\s+$/.test(text.slice(owner.end, part.start)) && (ADMIN_PART.test(text.slice(part.end, part.end + 14)) || ADMIN_CLOSING.test(text.slice(part.start, part.end)))) place(part, owner, registry, add, 'place-possessive');
        continue;
      }
      if (owner.type !== 'state') continue;
      const after = text.slice(owner.end, owner.end + 40);
      // "Iraq's Kurdistan region", "Yemen's Hodeidah port": a place named with its state's possessive.
      const next = refs[i + 1];
      // "Yemen's Red Sea coast": the sea only names the stretch of coast the state holds.
      if (next && PLACED.has(next.type) && /^['’]s?\s+$/.test(text.slice(owner.end, next.start)) && !SHORE_AFTER.test(text.slice(next.end, next.end + 14))) place(next, owner, registry, add, 'place-possessive');
      // "Aleppo, Syria's second city".
      const prev = refs[i - 1];
      if (prev && POSSESSED_PLACE.test(after) && /^\s*,\s*$/.test(text.slice(prev.end, owner.start)) && PLACED.has(prev.type)) place(prev, owner, registry, add, 'place-apposition');
    }
  }
  const slice = text.slice(s.start, s.end);
  if (slice.includes(' of ')) {
    for (const x of refs) {
      if (!PLACED.has(x.type) || d.inQuote(x.start)) continue;
      const m = DEMONYM_PLACE_OF.exec(text.slice(Math.max(s.start, x.start - 70), x.start));
      const state = m ? demonymState(d, m[1]!, registry) : null;
      if (state && registry.typeOf(state) === 'state') place(x, { start: x.start, end: x.start, entityId: state, type: 'state', via: 'reference' }, registry, add, 'place-demonym');
    }
  }
  if (!slice.includes('based')) return;
  BASED.lastIndex = 0;
  for (let m = BASED.exec(slice); m; m = BASED.exec(slice)) {
    const hyphen = s.start + m.index;
    const where = refs.find((r) => r.end === hyphen && (r.type === 'state' || r.type === 'location'));
    if (!where) continue;
    const end = hyphen + m[0].length;
    // "the Beirut-based Hezbollah", "an Iran-based Houthi financial facilitator" (the name qualifies the one placed: a person is named elsewhere).
    const after = refs.find((r) => r.start >= end && r.start <= end + 40 && QUALIFIER_GAP.test(text.slice(end, r.start) + ' '));
    // "Harakat al-Nujaba, another Iraq-based group": the name before the apposition.
    const apposed = /,\s*(?:an?|the|another|one)\s+$/i.exec(text.slice(Math.max(s.start, where.start - 20), where.start));
    const before = apposed ? refs.filter((r) => r.end <= where.start - apposed[0].length).pop() : undefined;
    // "an Iran-based Houthi financier X": the group's name only qualifies the role noun of the person named after it.
    const held = after && GROUPS.has(after.type) ? refs.find((r) => r.type === 'person' && r.start > after.end && ROLE_THEN_NAME.test(text.slice(after.end, r.start))) : undefined;
    const subject = before && /^\s*$/.test(text.slice(before.end, where.start - apposed![0].length)) ? before
      : held && /^\s+$/.test(text.slice(end, after!.start)) ? held
      : after && GROUPS.has(after.type) && /^\s+$/.test(text.slice(end, after.start)) && !ROLE_AFTER.test(text.slice(after.end, after.end + 30)) ? after : undefined;
    if (subject) place(subject, where, registry, add, 'place-based', true);
  }
}

/** x located_in where, if the registry does not contradict it. */
function place(x: Referent, where: Referent, registry: ActorRegistry, add: AddRelation, rule: string, based = false): void {
  if (x.entityId === where.entityId || x.type === 'state') return;
  const known = registry.byId(x.entityId);
  const whereKnown = registry.byId(where.entityId);
  if (GROUPS.has(x.type) || x.type === 'person') {
    // A group or person is placed by "-based", or in its own country; a state's forces are not placed abroad.
    if (x.type === 'person' && !based) return;
    if (known && !based && known.country !== where.entityId) return;
  } else if (!PLACED.has(x.type)) return;
  // A place in another country than the registry's is a misreading ("Tower 22 in Syria" would be).
  if (known && PLACED.has(x.type) && where.type === 'state' && known.country && known.country !== where.entityId) return;
  // A place is not inside a smaller one the registry puts elsewhere.
  if (known && whereKnown && PLACED.has(x.type) && where.type === 'location' && whereKnown.country && known.country && whereKnown.country !== known.country) return;
  add(x.entityId, 'located_in', where.entityId, rule);
}
