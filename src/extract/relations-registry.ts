/**
 * Standing facts the registry knows and the sentence confirms: two actors
 * named side by side with nothing but a title, a possessive, an apposition or
 * a modifier between them ("Hezbollah's Radwan Force", "the port of Hodeidah
 * in western Yemen", "Treasury's Office of Foreign Assets Control", "the
 * Iran-backed X"), or a designation the sentence speaks of between a group and
 * the agent the registry names. The registry says which relation holds (and
 * when: a role that had ended by the document's date is not added); the text
 * only has to tie the two. Each is marked origin 'registry'.
 *
 * Kinds analysts do not log as reported relations are left out: heads of state
 * leading their state, founders of long ago, an organ part of its state unless
 * the state's possessive names it ("Iran's IRGC"), bodies of an
 * intergovernmental organisation, and where an actor is based unless "-based"
 * or "in" says so of a place.
 */
import type { Doc, EntityType, RelationPredicate, Sentence } from '../core/types.js';
import type { ActorRegistry, RegistryFact } from '../resolve/registry.js';
import type { Discourse } from './discourse.js';

/** How the text between two mentions ties them, or null when it does not. */
export type LinkShape =
  | { kind: 'possessive' } // "X's Y", "X's elite Y"
  | { kind: 'parenthesis' } // "X (ABBR) Y"
  | { kind: 'modifier'; word: string } // "X-backed Y"
  | { kind: 'passive'; word: string } // "X, led by Y"
  | { kind: 'relative'; word: string } // "X, who heads Y"
  | { kind: 'title'; apposition: boolean; preposition: string | null } // "X spokesman Y", "X, the head of Y", "X in western Y"
  | { kind: 'near' }; // Arabic: a few words, no punctuation

interface Mention { start: number; end: number; entityId: string; type: EntityType; possessor: boolean; named: boolean }

// Words that open another clause or a list, or that are verbs: a gap holding one does not tie two names.
const STOP: ReadonlySet<string> = new Set((
  'said says say told tells added adding announced announces claimed claims stated states reported according warned warns '
  + 'vowed vows accused accuses denied denies urged urges called calls condemned blamed kill kills struck strike strikes '
  + 'targeted attack attacks hit launched fired met meets meeting visit visited '
  + 'against with to from on at after before while when but because although though whereas if since until that which whom '
  + 'where as than or nor is are was were be been being has have had will would could should may might can do does did not no '
  + 'alongside including like among between besides beside via through into over under within without across around toward towards '
  + 'about behind beyond during amid despite upon onto '
  + 'he she they it we i you his her him them our us'
).split(' '));
// Participles that qualify a name ("the slain leader", "Iran-aligned") rather than carry a clause.
const QUALIFYING_PARTICIPLE = /^(?:armed|based|backed|led|designated|listed|sanctioned|founding|leading|ranking|acting|ruling|governing|united|allied|aligned|affiliated|linked|funded|sponsored|supported|jailed|slain|killed|detained|imprisoned|exiled|assassinated|martyred|elected|appointed|named|self-styled|so-called|embattled|outgoing|incoming|retired)$/i;
const VERB_FORM = /^\p{Ll}+(?:ed|ing)$/u;
const CLAUSE_BREAK = /[;:"“”«»!?\n—]|\s[–-]\s/;
const LIST_GAP = /^\s*(?:,|and|or|&|\/|,\s*(?:and|or))\s*(?:the\s+)?$/i;
const MODIFIER_GAP = /^[-‐–](backed|led|aligned|allied|based|affiliated|linked|funded|sponsored|supported|designated)\s+([^]*)$/iu;
const PASSIVE_GAP = /^\s*,?\s*(?:(?:then|now|currently|also|long|once|later)\s+)?(led|headed|chaired|commanded|run|founded|established|formed|created|backed|funded|armed|supported|sponsored|trained|directed|designated|listed|blacklisted|sanctioned)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$/i;
const RELATIVE_GAP = /^\s*,\s*who\s+(?:also\s+)?(heads|leads|led|headed|founded|co-founded|commands|commanded|chairs|chaired|runs|ran)\s+(?:the\s+)?$/i;
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'near']);
const FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'of', 'for', 'in', 'near']);

function words(s: string): string[] {
  return s.trim().split(/\s+/).filter(Boolean);
}

/** Words a title or a description is made of: no clause word, no verb; "and" only inside a capitalised title. */
function titleWords(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const l = w.toLowerCase();
    // "Under Secretary for Terrorism and Financial Intelligence": "and" between capitalised words names one office.
    if (l === 'and' && i > 0 && i + 1 < ws.length && /^\p{Lu}/u.test(ws[i - 1]!) && /^\p{Lu}/u.test(ws[i + 1]!)) continue;
    if (STOP.has(l) || l === 'and') return false;
    if (VERB_FORM.test(w) && !QUALIFYING_PARTICIPLE.test(w)) return false;
  }
  return true;
}

/**
 * How `gap`, the text between two mentions, ties them. `after` is the text
 * right after the second mention ("A, the B-led group" is an apposition, not
 * a list).
 */
export function linkShape(gap: string, after: string, arabic: boolean): LinkShape | null {
  if (gap.length > 60 || CLAUSE_BREAK.test(gap)) return null;
  if (arabic) {
    // "ساحة الطيران وسط العاصمة بغداد": a few words, no punctuation.
    return /^[\s\p{L}]*$/u.test(gap) && words(gap).length <= 3 ? { kind: 'near' } : null;
  }
  if (LIST_GAP.test(gap) && !/^(?:['’]s?\b|[-‐–]\p{L})/u.test(after)) return null;
  const poss = /^['’]s?\s+([^]*)$/u.exec(gap);
  if (poss) {
    // "Hezbollah's top military body, the Jihad Council": one apposition after the possessed noun at most.
    const rest = poss[1]!.replace(/,\s*(?:the\s+)?$/i, '');
    const ws = words(rest);
    return ws.length <= 4 && !rest.includes(',') && titleWords(ws) ? { kind: 'possessive' } : null;
  }
  if (/^\s*\([^()]{1,15}\)\s*$/.test(gap)) return { kind: 'parenthesis' };
  const mod = MODIFIER_GAP.exec(gap);
  if (mod) {
    const ws = words(mod[2]!);
    return ws.length <= 3 && titleWords(ws) ? { kind: 'modifier', word: mod[1]!.toLowerCase() } : null;
  }
  const passive = PASSIVE_GAP.exec(gap);
  if (passive) return { kind: 'passive', word: passive[1]!.toLowerCase() };
  const relative = RELATIVE_GAP.exec(gap);
  if (relative) return { kind: 'relative', word: relative[1]!.toLowerCase() };
  // "X, the commander of Y", "Y spokesman X", "the head of Y, X": a title, with one comma at either end.
  // "Hezbollah, the ally of the Iran-backed Houthis": a name before a hyphened participle only qualifies what
  // follows, unless an article alone stands between ("the SDF, the YPG-led alliance" is an apposition).
  if (/^[-‐–]\p{L}/u.test(after) && /\p{L}/u.test(gap.replace(/\b(?:the|an?)\b/giu, ''))) return null;
  const apposition = /^\s*,/.test(gap);
  const core = gap.replace(/^\s*,\s*/, ' ').replace(/\s*,\s*$/, ' ');
  if (core.includes(',')) return null;
  const ws = words(core.replace(/['’]s\b/g, ''));
  if (ws.length > 6) return null;
  // "Iran designated the Houthis": a participle right after a name is a verb, not a title ("the slain leader" has its article).
  if (ws.length > 0 && VERB_FORM.test(ws[0]!)) return null;
  const preps = ws.filter((w) => PREPOSITIONS.has(w.toLowerCase()));
  if (preps.length > 1 || !titleWords(ws.filter((w) => !FILLERS.has(w.toLowerCase())))) return null;
  return { kind: 'title', apposition, preposition: preps[0]?.toLowerCase() ?? null };
}

const BACKING_WORDS = /^(?:backed|funded|sponsored|supported|armed|trained|directed)$/;
const LEADING_WORDS = /^(?:led|headed|chaired|commanded|run|heads|leads|commands|chairs|runs|ran)$/;
const FOUNDING_WORDS = /^(?:founded|co-founded|established|formed|created)$/;
const DESIGNATING_WORDS = /^(?:designated|listed|blacklisted|sanctioned)$/;
// Titles of a head of state or government: "leads" of a state or a government is not a reported relation.
const HEAD_TITLE = /\b(?:president|prime minister|premier|emir|king|supreme leader|sultan|crown prince|chancellor|head of state)\b/i;
// Past words the text uses of a tie that has ended: "then led by", "the late leader".
const PAST_MARK = /\b(?:then|former|late|slain|ex|once|onetime|founding|led|headed|commanded|ran|chaired)\b/i;

/**
 * Whether the shape confirms this fact. `first` is the mention the text names
 * first; `subjectFirst` says whether that is the fact's subject.
 */
function confirms(f: RegistryFact, shape: LinkShape, subjectFirst: boolean, subjectType: EntityType, objectType: EntityType, gap: string): boolean {
  const place = subjectType === 'location' || subjectType === 'facility';
  switch (shape.kind) {
    case 'modifier':
      // "Iran-backed X", "Iraq-based X", "the YPG-led SDF", "US-designated X": the word says which tie.
      if (subjectFirst && shape.word === 'led') return f.predicate === 'part_of' || f.predicate === 'leads';
      if (subjectFirst) return false;
      if (BACKING_WORDS.test(shape.word) || /^(?:aligned|allied|affiliated|linked)$/.test(shape.word)) return f.predicate === 'backed_by' || f.predicate === 'allied_with';
      if (shape.word === 'based') return f.predicate === 'located_in';
      if (shape.word === 'designated') return f.predicate === 'designated_by';
      return false;
    case 'passive':
      // "the group, led by X" names the leader after "by"; "X, backed by Y" the backer.
      if (LEADING_WORDS.test(shape.word)) return !subjectFirst && f.predicate === 'leads';
      if (FOUNDING_WORDS.test(shape.word)) return !subjectFirst && f.predicate === 'founded';
      if (BACKING_WORDS.test(shape.word)) return subjectFirst && f.predicate === 'backed_by';
      if (DESIGNATING_WORDS.test(shape.word)) return subjectFirst && (f.predicate === 'designated_by' || f.predicate === 'sanctioned_by');
      return false;
    case 'relative':
      if (LEADING_WORDS.test(shape.word)) return subjectFirst && f.predicate === 'leads';
      return subjectFirst && FOUNDING_WORDS.test(shape.word) && f.predicate === 'founded';
    case 'near':
      // Arabic: a place inside another ("في ساحة الطيران وسط العاصمة بغداد"), a title between a body and its holder
      // ("وزير الداخلية اللواء X"), a unit beside its group.
      if (f.predicate === 'located_in') return place && subjectFirst;
      if (f.predicate === 'part_of') return objectType !== 'state';
      return f.predicate === 'leads' || f.predicate === 'spokesperson_of' || f.predicate === 'member_of';
    default:
      break;
  }
  if (f.predicate === 'founded') return /\bfound/i.test(gap);
  if (f.predicate === 'located_in') {
    // "Hodeidah in western Yemen", "Tower 22, a base in northeastern Jordan", "Anbar's Akashat": a place, in words that place it.
    if (!place) return false;
    return shape.kind === 'possessive' ? !subjectFirst : shape.kind === 'title' && (shape.preposition === 'in' || shape.preposition === 'near') && subjectFirst;
  }
  if (f.predicate === 'part_of' && objectType === 'state') return shape.kind === 'possessive' && !subjectFirst;
  if (f.predicate === 'designated_by' || f.predicate === 'sanctioned_by') return false;
  return true;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the first and the last day it covers. */
function dayRange(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

// An article written shortly after a leader's death still names him leader ("its slain leader X"):
// a role that ended this many days before the document's date still counts, if no other took its place.
const GRACE_DAYS = 40;

/** Whether the fact held at the document's date (`published`, or unknown). */
export function heldAt(f: RegistryFact, published: string | null, others: readonly RegistryFact[], subjectUntil: string | null, past: boolean): boolean {
  const to = [f.to, subjectUntil].filter((x): x is string => !!x).sort()[0] ?? null;
  if (!published) return !to;
  const pub = dayRange(published)[0];
  if (f.from && dayRange(f.from)[0] > pub) return false;
  if (!to || dayRange(to)[1] >= pub) return true;
  // "the Quds Force, then led by X": the text itself says the tie is past.
  if (past) return true;
  const days = (Date.parse(pub) - Date.parse(dayRange(to)[1])) / 86_400_000;
  if (!(days <= GRACE_DAYS)) return false;
  return !others.some((g) => g !== f && g.object === f.object && g.from && dayRange(g.from)[0] >= dayRange(to)[0]);
}

/** Whether the registry fact is of a kind analysts log as a relation of the text. */
function loggable(f: RegistryFact, registry: ActorRegistry, objectType: EntityType): boolean {
  if (f.predicate === 'leads' || f.predicate === 'member_of') {
    // "US President X", "Iran's Supreme Leader X": a head of state's title is no reported relation.
    if (objectType === 'state') return false;
    if (HEAD_TITLE.test(f.detail ?? '') && /government|cabinet|council of ministers/i.test(registry.byId(f.object)?.name ?? '')) return false;
  }
  // The bodies of the UN, the AU, the EU: an intergovernmental organisation has no country.
  if (f.predicate === 'part_of' && objectType === 'organization' && !registry.byId(f.object)?.country) return false;
  return true;
}

/** The place's country as a fact, for "X in western Y". */
function countryFact(registry: ActorRegistry, id: string, type: EntityType): RegistryFact | null {
  if (type !== 'location' && type !== 'facility') return null;
  const country = registry.byId(id)?.country;
  return country ? { subject: id, predicate: 'located_in', object: country, from: null, to: null, detail: null } : null;
}

// A possessive pronoun or group word that refers back: "its elite Radwan Force", "the group's radio".
const POSSESSOR_REFERENCE = /^(?:its|their)$|['’]s?$/i;

/** The named mentions of the sentence, with the referring possessives, nested ones dropped. */
function mentionsOf(doc: Doc, d: Discourse, s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const r of d.refsFrom(s.start, s.end)) {
    if (r.end > s.end || r.via === 'role') continue;
    const text = doc.text.slice(r.start, r.end);
    const after = doc.text.slice(r.end, r.end + 2);
    const possessor = /^['’]s?(?:\s|$)/u.test(after) || POSSESSOR_REFERENCE.test(text);
    if (r.via === 'reference' && !possessor) continue;
    out.push({ start: r.start, end: r.end, entityId: r.entityId, type: r.type, possessor, named: r.via === 'name' });
  }
  // Role phrases ("the leader of X") hide the names inside them from the discourse: read those names too.
  for (const m of doc.mentions) {
    if (m.start < s.start || m.end > s.end || out.some((o) => o.start === m.start && o.end === m.end)) continue;
    const type = d.typeOf(m.entityId);
    if (type) out.push({ start: m.start, end: m.end, entityId: m.entityId, type, possessor: /^['’]s?(?:\s|$)/u.test(doc.text.slice(m.end, m.end + 2)), named: true });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // "the UN General Assembly" holds "UN": a name inside another says nothing about the two.
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

// A sentence that speaks of designating or sanctioning.
const DESIGNATION_CUE = /\b(?:designat\w*|list(?:s|ed|ing)?\s+(?:\w+\s+){0,3}as\b|blacklist\w*|terrorist\s+(?:organi[sz]ation|group|entity)|sanction\w*|FTO|SDGT)\b/i;

/** Adds a relation; `origin` is 'registry' unless the text alone states it. */
export type AddRegistryRelation = (subject: string, predicate: RelationPredicate, object: string, rule: string, origin?: 'document' | 'registry') => void;

function isPlace(type: EntityType): boolean {
  return type === 'location' || type === 'facility';
}

/** The places listed right before mention `i` ("A, B and i"). */
function listedPlacesBefore(text: string, ms: readonly Mention[], i: number): Mention[] {
  const out: Mention[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (!isPlace(m.type) || !m.named || !/^\s*(?:,|and|,\s*and)\s+$/.test(text.slice(m.end, ms[k + 1]!.start))) break;
    out.push(m);
  }
  return out;
}

/** Whether the registry puts place `id` in `where` (its country, or a place it records). */
function liesIn(registry: ActorRegistry, id: string, where: string): boolean {
  return registry.byId(id)?.country === where || registry.factsAbout(id).some((f) => f.predicate === 'located_in' && f.object === where);
}

/** Whether the registry holds a fact of x about y, or places x in y (countryFact). */
function related(registry: ActorRegistry, x: Mention, y: Mention): boolean {
  return registry.factsAbout(x.entityId).some((f) => f.object === y.entityId) || (isPlace(x.type) && registry.byId(x.entityId)?.country === y.entityId);
}

/** Registry facts the sentence confirms (see the file comment). */
export function readRegistryFacts(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry, put: AddRegistryRelation): void {
  const text = doc.text;
  const published = doc.meta.published;
  const arabic = doc.meta.language === 'ar';
  const ms = mentionsOf(doc, d, s);
  if (ms.length < 2) return;
  const held = (f: RegistryFact, past: boolean): boolean => heldAt(f, published, registry.factsAbout(f.subject), registry.byId(f.subject)?.until ?? null, past);
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.start < a.end || a.entityId === b.entityId || (a.type === 'state' && b.type === 'state')) continue;
    // A word that refers back stands only as the possessor of what follows it ("its Radwan Force", "the group's radio").
    if (!b.named) continue;
    // Most neighbouring names share no registry fact and are no place in a place: nothing to read between them.
    const placeIn = isPlace(a.type) && a.named && (b.type === 'location' || b.type === 'state');
    if (!placeIn && !related(registry, a, b) && !related(registry, b, a)) continue;
    const gap = text.slice(a.end, b.start);
    const shape = linkShape(gap, text.slice(b.end, b.end + 3), arabic);
    if (!shape) continue;
    // "In a statement on its Telegram channel, Hezbollah ...": a pronoun possesses only what follows it without a comma.
    if (!a.named && gap.includes(',')) continue;
    // The text's own reading of the two comes first ("Hezbollah leader X" read as leads: no registry role beside it).
    // A membership the text read from a demoted title ("commander of the IRGC ground forces") still lets the registry's leadership
    // through when the sentence confirms it ("..., as the new chief of the Guards"); the membership then gives way (see below).
    const readHere = doc.relations.filter((r) => (r.subject === a.entityId && r.object === b.entityId) || (r.subject === b.entityId && r.object === a.entityId));
    if (readHere.some((r) => r.predicate !== 'member_of')) continue;
    // Only after a definite title ("X, the long-serving commander of the Y"): "X, a senior Y ideologue" says membership itself.
    if (readHere.length > 0 && !/\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:commander|chief|head|leader)\s+of\b/iu.test(gap)) continue;
    const onlyLeads = readHere.length > 0;
    if (d.inQuote(a.start) !== d.inQuote(b.start)) continue;
    const past = PAST_MARK.test(text.slice(Math.max(s.start, a.start - 12), b.start));
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const facts: RegistryFact[] = registry.factsAbout(x.entityId).filter((f) => f.object === y.entityId);
      const own = countryFact(registry, x.entityId, x.type);
      if (own && own.object === y.entityId && !facts.some((f) => f.predicate === 'located_in')) facts.push(own);
      for (const f of facts) {
        if (onlyLeads && f.predicate !== 'leads') continue;
        if (!loggable(f, registry, y.type) || !confirms(f, shape, x === a, x.type, y.type, gap) || !held(f, past)) continue;
        put(f.subject, f.predicate, f.object, `registry-${shape.kind}`);
        if (onlyLeads) dropMembership(doc, f.subject, f.object);
        // "near al-Qaim and Akashat in western Iraq": each place of the list lies there.
        if (f.predicate === 'located_in' && x === a) for (const p of listedPlacesBefore(text, ms, i)) if (liesIn(registry, p.entityId, y.entityId)) put(p.entityId, 'located_in', y.entityId, 'registry-list');
      }
    }
    // "the Shati camp in Gaza": a place "in" a region of its own country (or one the registry does not place) is read from the text.
    const country = registry.byId(a.entityId)?.country;
    // Not in a quotation: a speaker saying where something happened states no standing fact.
    if (shape.kind === 'title' && !shape.apposition && shape.preposition === 'in' && !gap.includes(',') && isPlace(a.type) && a.named && b.named && !d.inQuote(a.start)
      && (b.type === 'location' || b.type === 'state') && (!country || (b.type === 'location' && registry.byId(b.entityId)?.country === country))) {
      put(a.entityId, 'located_in', b.entityId, 'place-in', 'document');
    }
  }
  if (!arabic) readDesignations(doc, s, ms, registry, published, put);
}

/**
 * "Kataib Hezbollah was designated by the Department of State ... and Asaib
 * Ahl al-Haq was designated in January 2020": a group the sentence designates
 * (right before "was designated", right after "designated") with the agent the
 * registry records named in the same sentence confirms the designation, however
 * far apart the two stand. The verb the sentence uses decides between
 * designated and sanctioned, as analysts log it.
 */
function readDesignations(doc: Doc, s: Sentence, ms: readonly Mention[], registry: ActorRegistry, published: string | null, put: AddRegistryRelation): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  if (!DESIGNATION_CUE.test(slice)) return;
  // "has not designated", "lifted the designation": no standing fact to confirm.
  if (/\b(?:not|never|lift\w*|revok\w*|delist\w*|remov\w*|rescind\w*)\b/i.test(slice)) return;
  // The agent as the sentence names it: not the possessor of an office that acts for it ("Treasury's OFAC").
  const agents = new Set(ms.filter((m) => m.named && !m.possessor).map((m) => m.entityId));
  let previous: Mention | null = null;
  for (const m of ms) {
    const before = text.slice(Math.max(s.start, (previous?.end ?? s.start)), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 40));
    const verbBefore = DESIGNATED_BEFORE.exec(before);
    const verbAfter = DESIGNATED_AFTER.exec(after);
    // "designated the Fatemiyoun Division and the Zainabiyoun Brigade": the list goes on.
    const listed: boolean = previous !== null && LIST_GAP.test(text.slice(previous.end, m.start));
    const verb = verbAfter?.[1] ?? verbBefore?.[1] ?? null;
    previous = verb || listed ? m : null;
    if (!verb && !listed) continue;
    const word = verb ?? '';
    for (const f of registry.factsAbout(m.entityId)) {
      if (f.predicate !== 'designated_by' && f.predicate !== 'sanctioned_by') continue;
      // "The United States lists X as ...": the state the sentence names for its department the registry records.
      const state = registry.byId(f.object)?.country;
      // Not when one of its offices is named too ("the U.S. Department of the Treasury's OFAC designated"): that office acts.
      const agent = agents.has(f.object) ? f.object
        : state && agents.has(state) && registry.typeOf(state) === 'state' && !ms.some((o) => o.type !== 'state' && o.type !== 'person' && registry.byId(o.entityId)?.country === state) ? state : null;
      if (!agent) continue;
      if (published && f.from && dayRange(f.from)[0] > dayRange(published)[1]) continue;
      if (published && f.to && dayRange(f.to)[1] < dayRange(published)[0]) continue;
      const predicate: RelationPredicate = /^sanction/i.test(word) ? 'sanctioned_by' : /^(?:designat|list|blacklist)/i.test(word) ? 'designated_by' : f.predicate;
      put(f.subject, predicate, agent, 'registry-designation');
    }
  }
}

// "designated the X", "the designation of X", "sanctioned X": the verb right before the group.
const DESIGNATED_BEFORE = /\b(designat\w*|blacklist\w*|sanction\w*|lists|listed)(?:\s+(?:of|on))?\s+(?:the\s+)?$/i;
// "X was designated", "X, which was listed", "X has been sanctioned": the verb right after it.
const DESIGNATED_AFTER = /^\s*(?:\([^)]{1,15}\)\s*)?(?:,\s*which\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|formally\s+|officially\s+|first\s+)?(designated|listed|blacklisted|sanctioned)\b/i;

/** A person who leads a group is not also logged as a mere member of it. */
function dropMembership(doc: Doc, subject: string, object: string): void {
  const i = doc.relations.findIndex((r) => r.subject === subject && r.object === object && r.predicate === 'member_of');
  if (i >= 0) doc.relations.splice(i, 1);
}
