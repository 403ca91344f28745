/**
 * Names that are not in the registry, found by cues around capitalised words:
 * a title before a person ("spokesman X", "Sheikh X"), "Abu X", a speech verb
 * after a full name, "the village of X", "X province", an outlet ("X
 * reported", "X TV"), a group's generic opener or closer ("Kataib X", "X
 * Brigades"). Each gets an id derived from its name key, so the same name has
 * the same id in every document. A name that reaches the registry through its
 * compact key ("Nasral Shammari") links to the registry actor instead.
 */
import type { EntityType } from '../core/types.js';
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { EntityCues } from './entities-cues.js';
import { joined, type Candidate } from './entities-span.js';
import { DEMONYM_ENDING } from './demonym.js';

export interface UnknownEntity {
  id: string;
  type: EntityType;
  name: string;
}

const MAX_NAME_WORDS = 5;
/** Words that may stand between "X, a" and the role noun ("a former senior Hamas official"). */
const APPOSITION_MODIFIERS = 3;
// Lower-case words that may sit inside a personal name: "Saad bin Saad".
const NAME_JOINERS = new Set(['bin', 'ibn', 'bint', 'abu', 'abi']);

// "Yevgeny Ferder, 50, ...": news style gives a person's age in apposition after the full name.
const AGE_AFTER = /^,\s?(?:[1-9]\d?|1[01]\d)(?:[,.;)]|\s?(?:years?\b|-year))/;
// "the 17-year-old Karim Foo", "a 45-year-old Foo": the age written as an adjective before the name.
const AGE_BEFORE = /\b(?:[1-9]\d?|1[01]\d)[-\s]years?[-\s]old\s+$/i;
// A byline on a line of its own: "By Firstname Lastname".
const BYLINE_BEFORE = /(?:^|\n)[ \t]*By[ \t]+$/;
const LINE_END_AFTER = /^[ \t]*(?:\n|$|,|\band\b)/;
// "Firstname Lastname is a senior fellow at", "... was the director of": a role said of the name by a copula.
const COPULA_ROLE_AFTER = /^\s+(?:is|was|has been|had been|became|becomes)\s+(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+)/u;
// "according to Firstname Lastname": the source named after "according to".
const ACCORDING_BEFORE = /\baccording to\s+$/i;

function capitalised(u: NameUnit): boolean {
  return u.shape === 'title' || u.shape === 'upper';
}

/** A stable id from a name key: kebab-case, letters of any script kept. */
export function idFromKey(key: string): string {
  return key.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** "X, spokesman of", "X, the leader of": a role noun in apposition after the name. */
function appositiveRole(text: string, units: readonly NameUnit[], e: number, cues: EntityCues): boolean {
  let j = e + 1;
  const after = units[j];
  if (!after || !/^\s*,\s*$/.test(text.slice(units[e]!.end, after.start))) return false;
  if (/^(?:the|a|an)$/i.test(text.slice(after.start, after.end)) && joined(units, j + 1)) j++;
  // "X, a senior Hamas official": a few modifiers may stand before the role noun.
  for (let k = 0; k <= APPOSITION_MODIFIERS; k++) {
    const u = units[j + k];
    // Words run on, or after a possessive ("the group's spokesman").
    if (!u || (k > 0 && !joined(units, j + k) && !/^['’]s\s+$/.test(text.slice(units[j + k - 1]!.end, u.start)))) return false;
    if (cues.personCues.has(u.key)) return true;
  }
  return false;
}

interface Cue {
  type: EntityType;
  /** Name units (inclusive). */
  first: number;
  last: number;
  /** Mention units (inclusive), with a head word such as "province". */
  mentionFirst: number;
  mentionLast: number;
  rule: string;
}

function cueFor(text: string, units: readonly NameUnit[], s: number, e: number, cues: EntityCues, registry: ActorRegistry): Cue | null {
  let first = s;
  if (numberedUnit(units, s, e, cues)) return { type: 'armed_group', first: s, last: e, mentionFirst: s, mentionLast: e, rule: 'pattern:numbered-unit' };
  // A capitalised honorific opening the span: "Sheikh Ahmad al-Foo". An office ("President") stays outside the mention.
  // "the General Security Service", "the General Intelligence Directorate": a body's head noun closing the span
  // says its first word is part of the name, not a rank.
  const bodyName = cues.organizationClosers.has(units[e]!.key) || cues.groupClosers.has(units[e]!.key);
  for (const seq of bodyName ? [] : cues.honorifics) {
    if (seq.length < e - s + 1 && seq.every((k, i) => units[s + i]!.key === k)) {
      first = s + seq.length;
      const spoken = cues.mentionHonorifics.some((h) => h.length === seq.length && h.every((k, i) => k === seq[i]));
      return { type: 'person', first, last: e, mentionFirst: spoken ? s : first, mentionLast: e, rule: 'pattern:title' };
    }
  }
  // "Chief of General Staff Gen. Ali Foo", "Army Lt. Col. Jane Foo": an abbreviated rank inside the span closes the
  // title before it (its full stop says it is a rank); the mention starts at the rank.
  const rank = abbreviatedRankInside(text, units, s, e, cues);
  if (rank) return { type: 'person', first: rank[1] + 1, last: e, mentionFirst: rank[0], mentionLast: e, rule: 'pattern:title' };
  // "Defence Secretary John Foo", "Quds Force Commander Ali Foo": the name starts after the office that closes the title.
  const office = officeInside(units, s, e, cues);
  if (office >= 0) return { type: 'person', first: office + 1, last: e, mentionFirst: office + 1, mentionLast: e, rule: 'pattern:office-before' };
  // A capitalised role word opening the span: "Spokesman Abu Hashim ...".
  if (e > s && !bodyName && cues.personCues.has(units[s]!.key)) {
    return { type: 'person', first: s + 1, last: e, mentionFirst: s + 1, mentionLast: e, rule: 'pattern:role-before' };
  }
  const prev = joined(units, s) ? units[s - 1] : undefined;
  const prev2 = prev && joined(units, s - 1) ? units[s - 2] : undefined;
  const next = joined(units, e + 1) ? units[e + 1] : undefined;
  const many = e > s;
  const at = (rule: string, type: EntityType, mentionLast = e): Cue => ({ type, first, last: e, mentionFirst: s, mentionLast, rule });
  // "Chief of General Staff Gen. X": words ending in a rank are the rest of a title, not a name.
  const rankLast = cues.honorifics.some((seq) => seq.length === 1 && seq[0] === units[e]!.key);
  if (prev && cues.personCues.has(prev.key) && !rankLast) return at('pattern:role-before', 'person');
  if (many && units[s]!.key === cues.abu) return at('pattern:kunya', 'person');
  // "USS Carney" (the prefix is part of the name), "the tanker Sounion".
  if (many && cues.vesselPrefixes.has(text.slice(units[s]!.start, units[s]!.end))) return at('pattern:vessel', 'facility');
  if (prev && !capitalised(prev) && cues.vesselNouns.has(prev.key)) return at('pattern:vessel', 'facility');
  // A group's generic opener or closer outweighs the verb after it ("Liwa al-Foo said").
  if (many && cues.groupOpeners.has(units[s]!.key)) return at('pattern:group-opener', 'armed_group');
  if (many && organizationOf(units, s, e, cues)) return at('pattern:organization-of', 'organization');
  if (many && cues.groupClosers.has(units[e]!.key)) return at('pattern:group-closer', 'armed_group');
  if (many && forceName(units, s, e, cues)) return at('pattern:force-closer', 'armed_group');
  if (many && cues.organizationClosers.has(units[e]!.key) && capitalised(units[e]!)) return at('pattern:organization-closer', 'organization');
  if (many && next && cues.speechVerbs.has(next.key) && !next.arabic) return at('pattern:speech-verb', 'person');
  // '"...," said Karim Foo': a short name right after an inverted speech verb.
  if (many && e - s <= 2 && prev && prev.shape === 'lower' && cues.speechVerbs.has(prev.key) && !prev.arabic && !holdsTitle(units, s, e, cues)) {
    return at('pattern:speech-verb-before', 'person');
  }
  // "Karim Foo of the Bar Institute said": a short name, its "of" complement of capitalised words, then a speech verb.
  if (many && e - s <= 2 && speechAfterOf(units, e, cues) && !holdsTitle(units, s, e, cues)) return at('pattern:speech-verb', 'person');
  if (many && appositiveRole(text, units, e, cues)) return at('pattern:role-after', 'person');
  // "the group's spokesman, Adel Foo," : a lower-case title, a comma, then the full name.
  // "the First Deputy Prime Minister, Karim Foo,": a capitalised office too.
  if (many && !prev && s > 0 && units[s - 1]!.shape !== 'none' && cues.personCues.has(units[s - 1]!.key) && /^\s*,\s*$/.test(text.slice(units[s - 1]!.end, units[s]!.start))) return at('pattern:role-comma', 'person');
  // "the group's spokesman in the south, Karim Foo, said": a role earlier in the phrase the comma closes, the name in
  // apposition to it, and a clause going on after the name's comma.
  if (many && e - s <= 2 && !prev && titledApposition(text, units, s, e, cues)) return at('pattern:role-apposition', 'person');
  // "Karim Foo, who heads ...", "Karim Foo, a senior AQAP ideologue, who says": a relative clause on "who" speaks of a person.
  if (many && (RELATIVE_WHO.test(text.slice(units[e]!.end, units[e]!.end + 8)) || APPOSITION_WHO.test(text.slice(units[e]!.end, units[e]!.end + 90)))) return at('pattern:who', 'person');
  // "Saad bin Atef al-Awlaki": a patronymic joiner between capitalised words is an Arabic personal name.
  if (patronymic(units, s, e)) return at('pattern:patronymic', 'person');
  // "founded by Ahmad Foo", "led by Karim Foo": the agent of founding or leading, when no group word says otherwise.
  if (many && agentBefore(units, s, cues)) return at('pattern:agent', 'person');
  if (many && AGE_AFTER.test(text.slice(units[e]!.end, units[e]!.end + 8))) return at('pattern:age', 'person');
  if (many && AGE_BEFORE.test(text.slice(Math.max(0, units[s]!.start - 16), units[s]!.start))) return at('pattern:age', 'person');
  if (many && e - s <= 2 && BYLINE_BEFORE.test(text.slice(Math.max(0, units[s]!.start - 8), units[s]!.start)) && LINE_END_AFTER.test(text.slice(units[e]!.end, units[e]!.end + 6))) return at('pattern:byline', 'person');
  if (many && copulaRole(text, units[e]!.end, registry, cues)) return at('pattern:copula-role', 'person');
  // "the Israeli-American Dana Foo", "British-Iranian Karim Foo": a dual nationality written before a short name.
  if (many && e - s <= 2 && dualNationalityBefore(text, units, s)) return at('pattern:dual-nationality', 'person');
  if (many && e - s <= 2 && ACCORDING_BEFORE.test(text.slice(Math.max(0, units[s]!.start - 16), units[s]!.start)) && !cues.organizationClosers.has(units[e]!.key)) return at('pattern:according-to', 'person');
  if (prev?.key === cues.of && prev2 && cues.placeCues.has(prev2.key)) return at('pattern:place-of', 'location');
  if (next && cues.placeHeads.has(next.key)) return at('pattern:place-head', 'location', capitalised(next) || cues.placeNameHeads.has(next.key) ? e + 1 : e);
  const head = facilityHeadAfter(units, e, cues);
  // The head belongs to the mention in lower case too ("the Sea Breeze hotel", "Banadir hospital"), as it does in
  // the registry's own names ("Sednaya prison").
  // So does it to the name: "Medina hospital" is not the city of Medina.
  if (head > e) return { type: 'facility', first, last: head, mentionFirst: s, mentionLast: head, rule: 'pattern:facility-head' };
  // "Zarqa Hospital", "Tishreen Dam": a capitalised facility head closing the name.
  if (many && cues.facilityHeads.some((seq) => seq.length === 1 && seq[0] === units[e]!.key)) return at('pattern:facility-head', 'facility');
  if (placeCueBefore(units, s, cues)) return at('pattern:place-before', 'location');
  if (next && (cues.outletHeads.has(next.key) || cues.outletVerbs.has(next.key))) return at('pattern:outlet', 'organization');
  if (prev && cues.outletHeads.has(prev.key) && !capitalised(prev)) return at('pattern:outlet', 'organization');
  return null;
}

// "22nd", "128th", "3rd": an ordinal in digits; "44": a unit's number after its head.
const ORDINAL_DIGITS = /^[1-9]\d{0,2}(?:st|nd|rd|th)$/;
const UNIT_NUMBER = /^[1-9]\d{0,2}$/;

/**
 * "the 22nd Infantry Division", "Brigade 44", "the Third Army": a run of capitalised words ending in a unit's head,
 * with an ordinal before it or a number after the head, as the span [first, last] that takes the number in; or null.
 */
function numberedUnitSpan(units: readonly NameUnit[], s: number, e: number, covered: Uint8Array, cues: EntityCues): [number, number] | null {
  if (!cues.unitHeads.has(units[e]!.key)) return null;
  const before = units[s - 1];
  if (before && !covered[s - 1] && joined(units, s) && ORDINAL_DIGITS.test(before.key)) return [s - 1, e];
  if (e > s && cues.ordinalWords.has(units[s]!.key)) return [s, e];
  const after = units[e + 1];
  if (after && !covered[e + 1] && joined(units, e + 1) && UNIT_NUMBER.test(after.key)) return [s, e + 1];
  return null;
}

/** Whether [s, e] is a span numberedUnitSpan gave: a number or an ordinal at one end, a unit's head at the other. */
function numberedUnit(units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  if (e <= s) return false;
  if (UNIT_NUMBER.test(units[e]!.key)) return cues.unitHeads.has(units[e - 1]!.key);
  const opens = ORDINAL_DIGITS.test(units[s]!.key) || cues.ordinalWords.has(units[s]!.key);
  return opens && cues.unitHeads.has(units[e]!.key);
}

/** "the Hadrami Elite Forces": a capitalised "Forces"/"Force" closing a run that holds a word not in force_generic. */
function forceName(units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  if (!capitalised(units[e]!) || !cues.forceClosers.has(units[e]!.key)) return false;
  for (let k = s; k < e; k++) if (!cues.forceGeneric.has(units[k]!.key)) return true;
  return false;
}

/**
 * A form of address written abbreviated ("Gen.", "Brig. Gen.", "Lt. Col.") after the span's first unit and before at
 * least one name unit, as [first, last] unit indexes, or null. The rightmost one (the name follows it), with the
 * ranks written right before it ("Lt. Col.").
 */
function abbreviatedRankInside(text: string, units: readonly NameUnit[], s: number, e: number, cues: EntityCues): [number, number] | null {
  for (let k = e - 1; k > s; k--) {
    if (text[units[k]!.end] !== '.') continue;
    for (const seq of cues.mentionHonorifics) {
      const from = k - seq.length + 1;
      if (from <= s) continue;
      if (seq.every((key, j) => units[from + j]!.key === key)) return [ranksBefore(units, from, s, cues), k];
    }
  }
  return null;
}

/** Where a run of forms of address ending right before units[at] starts ("Lt." before "Col."), down to `s`. */
function ranksBefore(units: readonly NameUnit[], at: number, s: number, cues: EntityCues): number {
  for (;;) {
    const seq = cues.mentionHonorifics.find((h) => at - h.length >= s && h.every((key, j) => units[at - h.length + j]!.key === key));
    if (!seq) return at;
    at -= seq.length;
  }
}

/**
 * The last capitalised office word inside the span, after its first word and
 * followed by at least two name words ("Defence Secretary John Foo"), or -1.
 * Two words at least: "Secretary Blinken" is left to the honorific rules.
 */
function officeInside(units: readonly NameUnit[], s: number, e: number, cues: EntityCues): number {
  for (let k = e - 2; k > s; k--) {
    const u = units[k]!;
    if (u.shape === 'title' && cues.officeHeads.has(u.key)) return k;
  }
  return -1;
}

/** Whether the capitalised unit right after the span is an office it only qualifies ("Foreign" before "Minister"). */
function qualifiesOffice(units: readonly NameUnit[], e: number, cues: EntityCues): boolean {
  const next = units[e + 1];
  return !!next && joined(units, e + 1) && next.shape === 'title' && cues.officeHeads.has(next.key);
}

/** Whether a word of the span is an office or a role ("Under Secretary", "Deputy Spokesman"): a title, not a name. */
function holdsTitle(units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  for (let k = s; k <= e; k++) if (cues.officeHeads.has(units[k]!.key) || cues.personCues.has(units[k]!.key)) return true;
  return false;
}

/** Whether "of [the] Capitalised Words" after units[e] is followed by a speech verb ("X of the Bar Institute said"). */
function speechAfterOf(units: readonly NameUnit[], e: number, cues: EntityCues): boolean {
  let k = e + 1;
  if (units[k]?.key !== cues.of || units[k]!.shape !== 'lower' || !joined(units, k)) return false;
  k++;
  if (units[k]?.key === cues.the && units[k]!.shape === 'lower' && joined(units, k)) k++;
  const from = k;
  while (k < units.length && k - from < MAX_NAME_WORDS && joined(units, k) && capitalised(units[k]!)) k++;
  const verb = units[k];
  return k > from && !!verb && joined(units, k) && verb.shape === 'lower' && cues.speechVerbs.has(verb.key);
}

/** Whether two nationality adjectives joined by a hyphen stand right before units[s] ("Israeli-American X"). */
function dualNationalityBefore(text: string, units: readonly NameUnit[], s: number): boolean {
  const b = units[s - 1];
  const a = units[s - 2];
  if (!a || !b || !joined(units, s) || text[b.start - 1] !== '-' || a.end !== b.start - 1) return false;
  return capitalised(a) && capitalised(b) && DEMONYM_ENDING.test(text.slice(a.coreStart, a.end)) && DEMONYM_ENDING.test(text.slice(b.coreStart, b.end));
}

/**
 * "Samer Kamal al-Assad", "Wassim Badi al-Foo": three or four capitalised words closing on a surname with the
 * article, none of them a word places open with, are an Arabic full name (given name, father's name, family name),
 * even with no cue around them. A known family name does not make the bearer the family's known member.
 */
function arabicFullName(text: string, units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  if (e - s < 2 || e - s > 3 || !units[e]!.article) return false;
  for (let k = s; k <= e; k++) {
    const u = units[k]!;
    if (u.shape !== 'title' || u.arabic || cues.notNames.has(u.key) || (k < e && u.article)) return false;
  }
  return !PLACE_OPENERS.test(text.slice(units[s]!.coreStart, units[s]!.end)) && !cues.groupOpeners.has(units[s]!.key);
}
// Words Levantine and Iraqi place names open with ("Tal", "Deir", "Kafr", "Ain"): such a run names a place.
const PLACE_OPENERS = /^(?:tal|tel|tell|deir|dayr|kafr|kfar|ain|ayn|ras|bab|jabal|jebel|wadi|khan|beit|bayt|bir|umm|um|abu|sheikh|sayyida|qasr|jisr|marj|nahr|souq|suq|bani|beni|hay|harat)$/i;

/** Whether a copula after the name gives it a person's role ("X is a senior fellow"). */
function copulaRole(text: string, end: number, registry: ActorRegistry, cues: EntityCues): boolean {
  const m = COPULA_ROLE_AFTER.exec(text.slice(end, end + 80));
  if (!m) return false;
  // One of the next few words is a role noun ("a senior fellow", "the group's deputy leader").
  const words = m[1]!.split(/\s+/);
  return words.some((w) => cues.personCues.has(registry.folder.wordKey(w.toLowerCase())));
}

/** The last unit of a facility head written right after units[e] ("X air base"), or e. */
function facilityHeadAfter(units: readonly NameUnit[], e: number, cues: EntityCues): number {
  for (const seq of cues.facilityHeads) {
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = joined(units, e + 1 + k) && units[e + 1 + k]!.key === seq[k];
    if (ok) return e + seq.length;
  }
  return e;
}

// Before the name: a phrase with no other punctuation, then the comma ("The head of the X Council, ").
const PHRASE_THEN_COMMA = /(?:^|[.;:,\n"“”(])([^.;:,\n"“”()]{3,60}),\s*$/u;
// After the name: its comma and a lower-case word going on with the clause ("..., said", "..., has urged").
const COMMA_THEN_CLAUSE = /^\s*,\s*\p{Ll}/u;

/** Whether units[s..e] stand in commas after a phrase holding a role word, a clause going on after them. */
function titledApposition(text: string, units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  if (!COMMA_THEN_CLAUSE.test(text.slice(units[e]!.end, units[e]!.end + 6))) return false;
  const from = Math.max(0, units[s]!.start - 70);
  const m = PHRASE_THEN_COMMA.exec(text.slice(from, units[s]!.start));
  if (!m) return false;
  for (let k = s - 1; k >= 0 && units[k]!.start >= from + m.index; k--) if (cues.personCues.has(units[k]!.key)) return true;
  return false;
}

const RELATIVE_WHO = /^\s*,\s*who\b/;
// One apposition opened by an article, then "who": ", a senior AQAP ideologue, who".
const APPOSITION_WHO = /^\s*,\s*(?:an?|the)\s[^,;()"“”]{1,70},\s*who\b/;
// "bin", "ibn", "bint": son or daughter of; not "abu", which opens a kunya that may name a place.
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** Whether a lower-case patronymic joiner stands between capitalised words of the span. */
function patronymic(units: readonly NameUnit[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (PATRONYMIC.has(units[k]!.key) && units[k]!.shape === 'lower') return true;
  return false;
}

// Weekdays and months are capitalised mid-sentence but open no name ("on Monday Council members").
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * "the Jihad Council", "the Sunni Endowment Office": a capitalised word that
 * opens no name by itself does open one mid-sentence when the capitalised run
 * it starts ends in an organisation's head noun.
 */
function opensOrganization(text: string, units: readonly NameUnit[], i: number, covered: Uint8Array, cues: EntityCues): boolean {
  const u = units[i]!;
  if (!joined(units, i) || units[i - 1]!.shape !== 'lower' || CALENDAR_WORD.test(text.slice(u.start, u.end))) return false;
  for (let k = i + 1; k < units.length && k <= i + MAX_NAME_WORDS - 1; k++) {
    const w = units[k]!;
    if (covered[k] || !joined(units, k) || !capitalised(w)) return false;
    if (cues.organizationClosers.has(w.key)) return true;
    if (cues.notNames.has(w.key)) return false;
  }
  return false;
}

/**
 * "Ministry of Education", "Union of Agricultural Work Committees", "Bisan
 * Center for Research and Development": an organisation's head noun closing
 * the capitalised run takes an "of"/"for" complement of capitalised words
 * ("and" may join them). Returns the new last unit, or `e`.
 */
function ofComplementEnd(units: readonly NameUnit[], e: number, covered: Uint8Array, cues: EntityCues): number {
  if (!cues.organizationClosers.has(units[e]!.key)) return e;
  let k = e + 1;
  const prep = units[k];
  if (!prep || !joined(units, k) || prep.shape !== 'lower' || (prep.key !== cues.of && prep.key !== cues.for)) return e;
  k++;
  if (units[k]?.key === cues.the && units[k]!.shape === 'lower' && joined(units, k)) k++;
  let last = e;
  for (let n = 0; k < units.length && n < MAX_NAME_WORDS; k++, n++) {
    const w = units[k]!;
    if (covered[k] || !joined(units, k)) break;
    if (capitalised(w) && !cues.notNames.has(w.key)) { last = k; continue; }
    // "Research and Development": "and" joins two capitalised words.
    if (w.key === cues.and && w.shape === 'lower' && last === k - 1 && units[k + 1] && capitalised(units[k + 1]!) && joined(units, k + 1)) continue;
    break;
  }
  return last;
}

/** Whether the span holds an organisation head's "of"/"for" complement ("Ministry of Education"). */
function organizationOf(units: readonly NameUnit[], s: number, e: number, cues: EntityCues): boolean {
  for (let k = s; k < e; k++) {
    const next = units[k + 1]!;
    if (cues.organizationClosers.has(units[k]!.key) && next.shape === 'lower' && (next.key === cues.of || next.key === cues.for)) return true;
  }
  return false;
}

/** "founded by", "led by", "headed by", "commanded by" right before units[s]. */
function agentBefore(units: readonly NameUnit[], s: number, cues: EntityCues): boolean {
  const by = units[s - 1];
  const verb = units[s - 2];
  return !!by && !!verb && joined(units, s) && joined(units, s - 1) && by.key === cues.by && by.shape === 'lower' && cues.agentVerbs.has(verb.key);
}

/** A lower-case place cue ending right before units[s]: "near X", "west of X". */
function placeCueBefore(units: readonly NameUnit[], s: number, cues: EntityCues): boolean {
  for (const seq of cues.placeBefore) {
    const from = s - seq.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) {
      const u = units[from + k]!;
      ok = u.key === seq[k] && u.shape === 'lower' && joined(units, from + k + 1);
    }
    if (ok) return true;
  }
  return false;
}

export interface UnknownResult {
  candidates: Candidate[];
  entities: UnknownEntity[];
}

/** Whether units[i] follows a capitalised word through a possessive only ("People's", "Workers'"). */
function possessiveInside(units: readonly NameUnit[], i: number): boolean {
  const prev = units[i - 1];
  return !!prev && capitalised(prev) && i < units.length && !!units[i]!.possessiveBefore;
}

/** Whether a unit is the head noun of a group's or a body's name ("Front", "Party", "Forces"). */
function closesBody(u: NameUnit, cues: EntityCues): boolean {
  return capitalised(u) && (cues.groupClosers.has(u.key) || cues.organizationClosers.has(u.key) || cues.forceClosers.has(u.key));
}

// Function words end a name even after a word for a ship ("the tanker Sounion In ...": a new sentence).
const FUNCTION_WORD = /^(?:the|a|an|in|on|at|of|for|and|but|or|if|as|by|from|to|with|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|after|before|when|while|since|although|however|meanwhile|according)$/;

/** Whether a ship's name starts at units[i]: a prefix ("MSC Aries") or a word for a vessel right before it. */
function vesselAhead(text: string, units: readonly NameUnit[], i: number, cues: EntityCues): boolean {
  if (cues.vesselPrefixes.has(text.slice(units[i]!.start, units[i]!.end))) return true;
  const prev = i > 0 && joined(units, i) ? units[i - 1]! : undefined;
  return !!prev && !capitalised(prev) && cues.vesselNouns.has(prev.key);
}

/** Unknown names among the units not covered by `covered`. */
export function findUnknownNames(text: string, units: readonly NameUnit[], covered: Uint8Array, registry: ActorRegistry, cues: EntityCues): UnknownResult {
  const candidates: Candidate[] = [];
  const entities = new Map<string, UnknownEntity>();
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (covered[i] || !capitalised(u) || (cues.notNames.has(u.key) && !opensOrganization(text, units, i, covered, cues))) continue;
    let e = i;
    // "the vehicle carrier Galaxy Leader", "MV Next Horizon": a ship's name may hold words that name nothing alone.
    const vessel = vesselAhead(text, units, i, cues);
    // Joiners do not count: "Khalid bin Ahmed bin Mohammed Al Khalifa" is one name of five capitalised words.
    let joiners = 0;
    // A possessive crossed inside the run ("Tigray People's Liberation Front"), kept only if a closer ends the run.
    let possessive = -1;
    while (
      e + 1 < units.length && e - i + 1 - joiners < MAX_NAME_WORDS && !covered[e + 1]
      && (joined(units, e + 1) || (possessive < 0 && possessiveInside(units, e + 1) && (possessive = e) >= 0))
      && (capitalised(units[e + 1]!) || NAME_JOINERS.has(units[e + 1]!.key))
      // "Ansar al-Islam": a word that makes no name alone may end one after an article.
      && (!cues.notNames.has(units[e + 1]!.key) || (units[e + 1]!.article && e + 1 > i) || (vessel && !FUNCTION_WORD.test(units[e + 1]!.key)))
    ) {
      e++;
      if (!capitalised(units[e]!)) joiners++;
    }
    while (e > i && !capitalised(units[e]!)) e--;
    if (possessive >= 0 && (e <= possessive || !closesBody(units[e]!, cues))) e = possessive;
    e = ofComplementEnd(units, e, covered, cues);
    const unit = numberedUnitSpan(units, i, e, covered, cues);
    spans.push(unit ?? [i, e]);
    if (unit) e = unit[1];
    i = e;
  }
  const byKey = new Map<string, string>();
  const later: Array<[number, number]> = [];
  // A span that is only a title ("Rear Adm." before a name cut off by the dot) names no one.
  // So is the first part of one ("Maj" of "Maj. Gen.").
  const onlyTitle = (s: number, e: number): boolean => cues.honorifics.some((seq) => {
    if (seq.length < e - s + 1) return false;
    for (let i = s; i <= e; i++) if (units[i]!.key !== seq[i - s]) return false;
    return true;
  });
  // So is the last part of one whose first words the span did not take ("Staff" of "Chief of General Staff Gen. X").
  const titleTail = (s: number, e: number): boolean => cues.honorifics.some((seq) => {
    const from = s - (seq.length - (e - s + 1));
    if (from >= s || from < 0) return false;
    for (let i = from; i <= e; i++) if (units[i]!.key !== seq[i - from]) return false;
    return true;
  });
  for (const [s, e] of spans) {
    if (onlyTitle(s, e) || titleTail(s, e) || qualifiesOffice(units, e, cues)) continue;
    const cue = cueFor(text, units, s, e, cues, registry);
    if (!cue) { later.push([s, e]); continue; }
    const name = text.slice(units[cue.first]!.start, units[cue.last]!.end);
    const key = registry.folder.key(name);
    if (!key) continue;
    const start = units[cue.mentionFirst]!.start;
    const end = units[cue.mentionLast]!.end;
    const inRegistry = [...new Set([...registry.byKey(key), ...registry.byCompactKey(name)].map((a) => a.id))];
    if (inRegistry.length === 1) {
      const id = inRegistry[0]!;
      candidates.push({ first: cue.mentionFirst, last: cue.mentionLast, start, end, entityId: id, rule: `registry-compact:${id}`, confidence: 0.8 });
      continue;
    }
    const near = inRegistry.length === 0 ? registry.nearMiss(name) : null;
    if (near) {
      candidates.push({ first: cue.mentionFirst, last: cue.mentionLast, start, end, entityId: near.actorId, rule: `registry-near:${near.actorId}`, confidence: 0.5 });
      continue;
    }
    const id = idFromKey(key);
    if (!entities.has(id)) entities.set(id, { id, type: cue.type, name });
    byKey.set(key, id);
    candidates.push({ first: cue.mentionFirst, last: cue.mentionLast, start, end, entityId: id, rule: cue.rule, confidence: 0.6 });
  }
  // The same unknown name again, without its cue.
  // Failing that, a misspelling of a registry name ("Hawaija" for Hawija).
  for (const [s, e] of later) {
    const name = text.slice(units[s]!.start, units[e]!.end);
    const id = byKey.get(registry.folder.key(name));
    const start = units[s]!.start;
    const end = units[e]!.end;
    if (id) { candidates.push({ first: s, last: e, start, end, entityId: id, rule: 'pattern:repeat', confidence: 0.6 }); continue; }
    const near = registry.nearMiss(name);
    if (near) { candidates.push({ first: s, last: e, start, end, entityId: near.actorId, rule: `registry-near:${near.actorId}`, confidence: 0.5 }); continue; }
    if (arabicFullName(text, units, s, e, cues)) {
      const newId = idFromKey(registry.folder.key(name));
      if (!entities.has(newId)) entities.set(newId, { id: newId, type: 'person', name });
      candidates.push({ first: s, last: e, start, end, entityId: newId, rule: 'pattern:arabic-full-name', confidence: 0.5 });
    }
  }
  return { candidates, entities: [...entities.values()] };
}
