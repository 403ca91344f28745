/**
 * Who a stretch of text is about: the named mentions the entity stage left,
 * plus the words that refer back to them ("he", "the group", "the militia
 * commander", "the leader of X"), each resolved to an entity through the
 * document. The extract stages ask it for the subject before a verb and the
 * object after it.
 */
import type { Doc, EntityType, RelationPredicate, Span } from '../core/types.js';
import type { LanguageCues, RefKind } from './lexicons.js';
import { findQuotations, type Quotation } from './quotations.js';
import type { PhraseHit } from './phrase-matcher.js';
import { isNestedStateName } from './entities-span.js';
import { DEMONYM_SUFFIX } from './demonym.js';

export interface Referent extends Span {
  entityId: string;
  type: EntityType;
  /** How the text names it: by name, by a word that refers back, or by a role ("the leader of X"). */
  via: 'name' | 'reference' | 'role';
}

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'armed_group', 'organization', 'state']);
const GROUP_TYPES: ReadonlySet<EntityType> = new Set(['armed_group', 'organization']);
// A mention right after one of these is the object of a preposition, not a subject.
const PREPOSITION_BEFORE = /\b(?:with|to|against|by|at|in|on|from|into|for|toward|towards|about|over|between|among|including|like|near|inside|via|than|alongside)\s+(?:the\s+|a\s+|an\s+)?$/i;
// Sentence-opening adverbials whose mentions are not the subject ("Following the US strike, ...").
const ADVERBIAL_OPENER = /^(?:in|on|following|after|amid|as|since|during|earlier|later|last|despite|before|although|while|when|at|according|with|under|over|by|for|through|because)\b/i;
const POSSESSIVE_AFTER = /^['’]s?\b/;
// "Israel's air force", "Iran's Revolutionary Guards": a possessor acting through its forces.
const FORCES_AFTER = /^['’]s?\s+(?:air\s+force|army|military|navy|armed\s+forces|forces|troops|warplanes|fighter\s+jets|jets|drones|gunboats|artillery|fighters|militiamen)\b/i;
const PERSON_OFFICE_AFTER = /^['’]s?\s+(?:office|spokesman|spokeswoman|spokesperson|press\s+office)\b/i;
// "Iran-backed", "US-led": the name only qualifies what follows.
const MODIFIER_AFTER = /^[-‐–](?:backed|aligned|allied|sponsored|funded|linked|led|based|affiliated)\b/i;
const PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'they', 'it']);
// A speech verb earlier in the sentence: what follows is the speaker's own clause.
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|added|announced|announces|claimed|claims|stated|states|confirmed|confirms|declared|declares|reported|insisted|insists|warned|warns|vowed|vows|threatened|threatens|denied|denies)\b/i;
// Longer than any name the entity stage marks.
const MAX_NAME = 200;
const DATELINE_BEFORE = /\(\s?$/;
const DATELINE_AFTER = /^\s?\)\s*[-–—]/;
const CACHE = new WeakMap<Doc, { key: string; d: Discourse }>();

/**
 * What a discourse reads from the text alone: the same for every rebuild of
 * one document's discourse (the relation stage's second pass rebuilds it once
 * it knows who leads what), so it is read once per text and language cues.
 */
interface TextReading {
  text: string;
  cues: LanguageCues;
  language: string | null;
  quotes: Quotation[];
  refHits: ReadonlyArray<PhraseHit<RefKind>>;
  described: ReadonlyArray<{ start: number; end: number; value: RefKind }>;
  roleHits: ReadonlyArray<PhraseHit<RelationPredicate>>;
}
const READINGS = new WeakMap<Doc, TextReading>();
// Between a group and the person it qualifies: a title of up to three words, no comma ("Hamas official", "'s deputy leader").
const QUALIFIED_PERSON_GAP = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){1,3}$/u;
// After a name: a relative clause about it opens.
const RELATIVE_AFTER = /^\s*,\s*(?:who|which)\b/i;
// After a name: one apposition opened by an article or possessive, then the verb's auxiliaries.
const APPOSITION_THEN_VERB = /^\s*,\s*(?:an?|the|its|his|her|their)\s[^,;()"“”]{1,80},\s*(?:[\p{Ll}]+\s+){0,3}$/u;
// A title phrase ends in one of these (the role lexicon names the longer titles).
// "US forces", "American troops", "the Syrian army", "Iraqi Armed Forces": a state's regular forces named
// by their nationality and a plain force noun, never what "the group" or "the militia" stands for.
const STATE_FORCE = new RegExp(String.raw`^(?:the\s+)?(?:U\.?S\.?|UK|[\p{Lu}][\p{Ll}]+${DEMONYM_SUFFIX})\s+(?:forces|troops|soldiers|military|army|navy|personnel|service\s+members|servicemen|marines|Armed\s+Forces|armed\s+forces|military\s+forces)$`, 'u');
// "the ministry said", "the agency reported": a body's head noun in lower case, not "the ministry of X" (a name of its own).
const HEAD_NOUN_REF = /\b[Tt]he\s+(ministry|agency|council|department|committee|court|bank|office|command)\b(?!\s+(?:of|for)\b)/gu;
// "the representative of ", "the envoy to the ": a title and the preposition joining it to its body.
const TITLE_OF = /\s+(?:of|for|to)\s+(?:the\s+)?$/iu;
const TITLE_NOUN = /\b(?:representative|delegate|official|spokesman|spokeswoman|spokesperson|leader|commander|head|chief|minister|secretary-general|envoy|negotiator|adviser|advisor|aide|deputy|president|director|ambassador|general|colonel|officer|cleric|member)s?\s*$/i;

// How far back "the spokesman" / "the official" looks for the title that introduced its person.
// A sentence's opening phrase, before its first comma: "In a statement carried by ", "Through ", "According to ".
const OPENING_PHRASE = /^\s*(?:In|Through|Via|According\s+to|On|Speaking\s+(?:on|to)|Writing\s+(?:in|on))\b[^,;"“”]{0,80}$/;
const TITLE_WINDOW = 1500;
const SPOKESPERSON_TITLE = /\bspokes(?:man|woman|person)\b/giu;
/** Titles of someone the text may leave unnamed ("a senior official ... the official said"). */
export const OFFICIAL_TITLES = 'official|officer|diplomat|source|aide';
// After a group's name, its leader's title ("the Houthi leader", "the Hezbollah chief"), not a commander among many.
const GROUP_LEADER_TITLE = /^['’]?s?\s+(?:leader|chief|secretary[- ]general)\b(?!\s+(?:of|for)\b)/i;
// Between a title and the name it introduces: nothing, or honorifics and ranks ("Foreign Minister Prince Faisal").
const HONORIFICS_GAP = /^(?:[\s\S]{0,3}|\s+(?:(?:Prince|Sheikh|Sheik|Sayyed|Sayyid|Dr\.?|Gen\.?|General|Maj\.?|Brig\.?|Lt\.?|Col\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)+)$/u;
const OFFICIAL_TITLE = new RegExp(`\\b(?:${OFFICIAL_TITLES})\\b`, 'giu');

// What joins two actors of one subject: "A and B", "A, B and the C", "A & B".
const JOINED_BY_AND = /^(?:\s*,)?\s+(?:and|&)\s+(?:the\s+)?$/i;
const LISTED = /^\s*,\s+(?:the\s+)?$/i;

export class Discourse {
  readonly refs: Referent[];
  readonly focalGroup: string | null;
  /** Groups this document names only as a state's regular forces ("US troops"): never "the group". */
  private readonly stateForces: ReadonlySet<string>;
  readonly quotes: Quotation[];
  private readonly quoteStarts: number[];
  private readonly refStarts: number[];
  private readonly types = new Map<string, EntityType>();

  /**
   * The discourse of a document, built once and shared by the extract stages.
   * It depends on the mentions and on who leads or speaks for which group (role
   * phrases resolve through them), so a stage that adds such relations gets a
   * fresh one.
   */
  static of(doc: Doc, cues: LanguageCues): Discourse {
    const key = `${doc.mentions.length}|${doc.relations.filter((r) => r.predicate === 'leads' || r.predicate === 'spokesperson_of').length}`;
    const cached = CACHE.get(doc);
    if (cached && cached.key === key && cached.d.cues === cues) return cached.d;
    const d = new Discourse(doc, cues);
    CACHE.set(doc, { key, d });
    return d;
  }

  constructor(readonly doc: Doc, readonly cues: LanguageCues) {
    for (const e of doc.entities) this.types.set(e.id, e.type);
    const reading = this.textReading();
    this.quotes = reading.quotes;
    this.quoteStarts = this.quotes.map((q) => q.start);
    const named: Referent[] = [];
    for (const m of doc.mentions) {
      if (isNestedStateName(m)) continue;
      const type = this.types.get(m.entityId);
      // "BAGHDAD, March 14 (Reuters) -": the wire service in a dateline is nobody's antecedent, actor or target.
      if (type && !(DATELINE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 2), m.start)) && DATELINE_AFTER.test(doc.text.slice(m.end, m.end + 4)))) {
        named.push({ start: m.start, end: m.end, entityId: m.entityId, type, via: 'name' });
      }
    }
    named.sort((a, b) => a.start - b.start || b.end - a.end);
    // "Turkish" inside "the Turkish defense ministry": a state's adjective opening a longer name is part of that name.
    for (let k = named.length - 1; k > 0; k--) {
      const inner = named[k]!;
      const outer = named[k - 1]!;
      if (inner.type === 'state' && outer.type !== 'state' && outer.start === inner.start && outer.end > inner.end) named.splice(k, 1);
    }
    this.stateForces = stateForcesOf(doc, named);
    this.focalGroup = focalGroupOf(named, this.stateForces);
    const namedStarts = named.map((n) => n.start);
    const refs: Referent[] = [...named];
    // A described group ("the Iran-backed movement") may hold a name that only qualifies it.
    const qualifiesOnly = (h: Span): boolean => named.filter((n) => n.start < h.end && n.end > h.start).every((n) => MODIFIER_AFTER.test(doc.text.slice(n.end, n.end + 12)));
    const hits = [...reading.refHits, ...reading.described].sort((a, b) => a.start - b.start)
      .filter((h) => !overlapsAny(named, namedStarts, h) || (h.end - h.start > 12 && qualifiesOnly(h)));
    // "The commander of X" whose holder the registry knows: that person, so a later "he" is not read through the bare title.
    const roleRefs = this.roleReferents(named, reading.roleHits);
    const personRoles = roleRefs.filter((r) => r.type === 'person');
    // "he" is the person the last sentences were about (their first person), not merely the last name read.
    let subjectPerson: string | null = null;
    let hi = 0;
    let ni = 0;
    for (const sent of doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }]) {
      while (ni < named.length && named[ni]!.start < sent.start) ni++;
      const local: Referent[] = [];
      for (let k = ni; k < named.length && named[k]!.start < sent.end; k++) if (named[k]!.end <= sent.end) local.push(named[k]!);
      for (; hi < hits.length && hits[hi]!.start < sent.end; hi++) {
        const h = hits[hi]!;
        if (h.start < sent.start) continue;
        // "The commander" opening "The commander of US Central Command, Gen. X,": the role phrase names him, not the last person read.
        if (personRoles.some((r) => r.start <= h.start && h.end <= r.end)) continue;
        let resolved: string | null;
        if (h.value === 'person') {
          const earlier = local.filter((n) => n.end <= h.start && n.type === 'person' && !this.inQuote(n.start)).pop();
          resolved = earlier?.entityId ?? subjectPerson ?? this.resolveReference('person', h.start, named);
        } else resolved = this.cataphoricSubject(h, sent, named) ?? this.clauseSubject(h, sent.start, local) ?? this.continuedSubject(h, sent.start, named) ?? this.resolveReference(h.value, h.start, named, this.doc.text.slice(h.start, h.end));
        if (!resolved) continue;
        const r: Referent = { start: h.start, end: h.end, entityId: resolved, type: this.types.get(resolved) ?? 'armed_group', via: 'reference' };
        refs.push(r);
        local.push(r);
      }
      for (const r of personRoles) if (r.start >= sent.start && r.end <= sent.end) local.push(r);
      local.sort((a, b) => a.start - b.start);
      const first = local.find((r) => r.type === 'person' && !this.inQuote(r.start));
      if (first) subjectPerson = first.entityId;
    }
    refs.push(...roleRefs);
    refs.push(...this.groupLeaderReferents(named));
    refs.push(...this.headNounReferents(named));
    refs.sort((a, b) => a.start - b.start || b.end - a.end);
    // A role phrase ("the leader of X") covers the mention of X inside it.
    const roles = refs.filter((r) => r.via === 'role');
    this.refs = roles.length === 0 ? refs : refs.filter((r) => !roles.some((o) => o !== r && o.start <= r.start && r.end <= o.end && (o.start < r.start || o.end > r.end)));
    this.refStarts = this.refs.map((r) => r.start);
  }

  /** This document's TextReading, read now unless an earlier discourse of the same text and cues read it. */
  private textReading(): TextReading {
    const { doc, cues } = this;
    const kept = READINGS.get(doc);
    if (kept && kept.text === doc.text && kept.cues === cues && kept.language === doc.meta.language) return kept;
    const reading: TextReading = {
      text: doc.text, cues, language: doc.meta.language,
      quotes: findQuotations(doc.text),
      refHits: cues.refs.find(doc.text),
      described: this.describedGroups(),
      roleHits: cues.roles.find(doc.text),
    };
    READINGS.set(doc, reading);
    return reading;
  }

  /**
   * "The Israeli army said its troops ...", "PIJ, an ally of Hamas, said their
   * fighters ...": a possessive or subject pronoun after a speech verb stands for
   * the clause's own subject (the first group, state or organisation of the
   * sentence outside quotations and prepositional phrases), not for the
   * document's focal group.
   */
  /**
   * "In a statement carried by its Al-Manar television, Hezbollah said ...",
   * "Through its Amaq agency, the Islamic State claimed ...": a possessive in an
   * opening phrase looks ahead to the subject named right after the phrase's comma.
   */
  private cataphoricSubject(h: { start: number; end: number; value: RefKind }, sent: Span, named: Referent[]): string | null {
    if (h.value !== 'group' && h.value !== 'agency') return null;
    const text = this.doc.text;
    if (!/^(?:its|their)$/i.test(text.slice(h.start, h.end)) || !OPENING_PHRASE.test(text.slice(sent.start, h.start))) return null;
    const comma = text.indexOf(',', h.end);
    if (comma < 0 || comma >= sent.end) return null;
    const subject = named.find((n) => n.start > comma && n.start < sent.end);
    if (!subject || subject.type === 'person' || !ACTOR_TYPES.has(subject.type) || !/^\s*(?:the\s+)?$/i.test(text.slice(comma + 1, subject.start))) return null;
    // "published by its armed wing, the People's Defence Forces (HPG), the group said": a name set off by commas is an
    // apposition inside the phrase, not the subject after it.
    if (/^\s*(?:\([^()]{1,30}\)\s*)?,/.test(text.slice(subject.end, subject.end + 40))) return null;
    return subject.entityId;
  }

  private clauseSubject(h: { start: number; end: number; value: RefKind }, sentStart: number, local: Referent[]): string | null {
    if (h.value !== 'group' && h.value !== 'agency') return null;
    const word = this.doc.text.slice(h.start, h.end).toLowerCase();
    if (!PRONOUNS.has(word)) return null;
    const head = this.doc.text.slice(sentStart, h.start);
    if (!SPEECH_BEFORE.test(head)) return null;
    const first = local.find((n) => n.end <= h.start && n.type !== 'person' && ACTOR_TYPES.has(n.type) && n.via === 'name'
      && !this.inQuote(n.start) && !PREPOSITION_BEFORE.test(this.doc.text.slice(Math.max(sentStart, n.start - 20), n.start))
      && !MODIFIER_AFTER.test(this.doc.text.slice(n.end, n.end + 12)) && !POSSESSIVE_AFTER.test(this.doc.text.slice(n.end, n.end + 3)));
    return first?.entityId ?? null;
  }

  /**
   * "Kataib Sayyid al-Shuhada, an armed faction, accused Washington ... The
   * faction's secretary-general ...": a sentence that opens with "the group"
   * (or "the faction", "the movement"...) continues the group the sentence
   * before was about, its subject, even when the document is mostly about
   * another group.
   */
  private continuedSubject(h: { start: number; end: number; value: RefKind }, sentStart: number, named: Referent[]): string | null {
    if (h.value !== 'group' || (h.start - sentStart > 2 && !this.afterOpeningQuote(sentStart, h.start))) return null;
    const word = this.doc.text.slice(h.start, h.end).toLowerCase();
    if (!word.startsWith('the ') && word !== 'its' && word !== 'their') return null;
    const i = sentenceAt(this.doc, sentStart) - 1;
    const prev = this.doc.sentences[i];
    if (!prev) return null;
    const subject = named.find((n) => n.start >= prev.start && n.end <= prev.end && !this.inQuote(n.start));
    if (!subject || !GROUP_TYPES.has(subject.type) || this.stateForces.has(subject.entityId)) return null;
    // Only the sentence's opening actor is its subject: "X, an armed faction, ..." or "Meanwhile, X said ...".
    const opening = this.doc.text.slice(prev.start, subject.start);
    return /^\s*(?:["“]?\s*)?(?:[\p{L}]+(?:\s+[\p{L}]+){0,3},\s*)?(?:the\s+)?$/iu.test(opening) ? subject.entityId : null;
  }

  /** '"...," its spokesman said': `pos` comes right after a quotation that opens the sentence. */
  private afterOpeningQuote(sentStart: number, pos: number): boolean {
    const i = upperBound(this.quoteStarts, pos) - 1;
    const q = i >= 0 ? this.quotes[i] : undefined;
    if (!q || q.open - sentStart > 2 || q.open < sentStart - 1 || q.end > pos) return false;
    return /^[\s,.!?"”'’—–-]*$/.test(this.doc.text.slice(q.end, pos));
  }

  /**
   * "the ministry", "the agency", "the council": a definite head noun refers
   * back to the last body named before it whose name has that noun ("the
   * National Defense Ministry ... the ministry said"); with no such name it
   * refers to nothing.
   */
  private headNounReferents(named: readonly Referent[]): Referent[] {
    const out: Referent[] = [];
    const text = this.doc.text;
    for (const m of text.matchAll(HEAD_NOUN_REF)) {
      const start = m.index;
      const end = start + m[0].length;
      const head = m[1]!.toLowerCase();
      if (this.inQuote(start) || named.some((n) => n.start < end && n.end > start)) continue;
      const headWord = new RegExp(`\\b${head}\\b`, 'i');
      let antecedent: Referent | undefined;
      for (let k = named.length - 1; k >= 0; k--) {
        const n = named[k]!;
        if (n.end > start || n.type === 'person' || !ACTOR_TYPES.has(n.type) || this.inQuote(n.start)) continue;
        if (headWord.test(text.slice(n.start, n.end))) { antecedent = n; break; }
      }
      if (antecedent) out.push({ start, end, entityId: antecedent.entityId, type: antecedent.type, via: 'reference' });
    }
    return out;
  }

  /** "the Iran-backed movement", "the Yemeni group", "the Lebanese armed group": a group word after modifiers. */
  private describedGroups(): Array<{ start: number; end: number; value: RefKind }> {
    const out: Array<{ start: number; end: number; value: RefKind }> = [];
    if (this.doc.meta.language && this.doc.meta.language !== 'en') return out;
    // The group word in lower case: "the Amal Movement" is a name, not a description.
    const re = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[\p{L}]+[-‐–](?:backed|aligned|allied|sponsored|funded|linked|based)|[\p{Lu}][\p{L}]+|armed|militant|paramilitary|radical|extremist|hardline|powerful|rebel|jihadist|terror|terrorist|[Ii]slamist|Shiite|Shia|Sunni)\s+){1,3}(group|movement|militia|faction|organization|organisation)\b(?!\s+(?:of|in)\b)/gu;
    for (let m = re.exec(this.doc.text); m; m = re.exec(this.doc.text)) out.push({ start: m.index, end: m.index + m[0].length, value: 'group' });
    return out;
  }

  typeOf(id: string): EntityType | undefined {
    return this.types.get(id);
  }

  inQuote(pos: number): boolean {
    // Quotations do not nest and are sorted: the last one starting at or before pos.
    const i = upperBound(this.quoteStarts, pos) - 1;
    const q = i >= 0 ? this.quotes[i] : undefined;
    return !!q && pos < q.end;
  }

  /** The person who holds a role for an organisation, as this document's relations state it. */
  holderOf(predicate: 'leads' | 'spokesperson_of', org: string, before = Infinity): string | null {
    return this.doc.relations.find((r) => r.predicate === predicate && r.object === org && (r.span?.start ?? 0) < before)?.subject ?? null;
  }

  /**
   * "the spokesman", "the official": the person last introduced with that title
   * before `at` ("Pentagon spokesman X", "X, a senior official"); null when the
   * last such title introduced no name ("a senior Iraqi official said"), and
   * undefined when the text gave the title to nobody.
   */
  private titledBefore(title: RegExp, at: number, named: Referent[]): string | null | undefined {
    const from = Math.max(0, at - TITLE_WINDOW);
    let last: RegExpExecArray | null = null;
    title.lastIndex = 0;
    const window = this.doc.text.slice(from, at);
    for (let m = title.exec(window); m; m = title.exec(window)) if (!this.inQuote(from + m.index)) last = m;
    if (!last) return undefined;
    const start = from + last.index;
    return this.nameOfTitle(start, start + last[0].length, named);
  }

  /** The person a title at [start, end) introduces: named right after it ("spokesman Pat Ryder") or before it in apposition ("X, a senior official"). */
  private nameOfTitle(start: number, end: number, named: Referent[]): string | null {
    const after = named.find((n) => n.start >= end && n.start - end <= 40 && n.type === 'person' && HONORIFICS_GAP.test(this.doc.text.slice(end, n.start)));
    if (after) return after.entityId;
    for (let i = named.length - 1; i >= 0 && named[i]!.end > start - 80; i--) {
      const n = named[i]!;
      if (n.end > start || n.type !== 'person') continue;
      if (/^\s*,\s*(?:an?|the|its|his|their)\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(this.doc.text.slice(n.end, start))) return n.entityId;
      break;
    }
    return null;
  }

  /**
   * "the minister", "the governor": the person the text last introduced with
   * that title ("Defense Minister Yoav Gallant", "X, the foreign minister"),
   * looking past mentions of the title that name no one; else nobody.
   */
  private titledHolder(title: string, at: number, named: Referent[]): string | null {
    const from = Math.max(0, at - TITLE_WINDOW);
    const re = new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'giu');
    const hits = [...this.doc.text.slice(from, at).matchAll(re)].filter((m) => !this.inQuote(from + m.index));
    for (let k = hits.length - 1; k >= 0; k--) {
      const start = from + hits[k]!.index;
      const who = this.nameOfTitle(start, start + hits[k]![0].length, named);
      if (who) return who;
    }
    return null;
  }

  private resolveReference(kind: string, at: number, named: Referent[], title = ''): string | null {
    const lastBefore = (ok: (r: Referent) => boolean): string | null => {
      for (let i = named.length - 1; i >= 0; i--) {
        const r = named[i]!;
        if (r.end <= at && ok(r) && !this.inQuote(r.start)) return r.entityId;
      }
      return null;
    };
    switch (kind) {
      case 'person': return lastBefore((r) => r.type === 'person');
      case 'group': return this.focalGroup ?? lastBefore((r) => GROUP_TYPES.has(r.type) && !this.stateForces.has(r.entityId));
      case 'groups': return lastBefore((r) => GROUP_TYPES.has(r.type) && !this.stateForces.has(r.entityId)) ?? this.focalGroup;
      case 'agency': return lastBefore((r) => r.type !== 'person' && ACTOR_TYPES.has(r.type));
      case 'leader': return (this.focalGroup && this.holderOf('leads', this.focalGroup, at)) ?? lastBefore((r) => r.type === 'person');
      case 'spokesperson': {
        const titled = this.titledBefore(SPOKESPERSON_TITLE, at, named);
        return (this.focalGroup && this.holderOf('spokesperson_of', this.focalGroup, at)) ?? (titled === undefined ? lastBefore((r) => r.type === 'person') : titled);
      }
      case 'official': return this.titledBefore(OFFICIAL_TITLE, at, named) ?? null;
      case 'titled': return this.titledHolder(title.replace(/^the\s+/i, ''), at, named);
      default: return null;
    }
  }

  /**
   * "the Houthi leader", "the Hezbollah chief": a group's name qualifying its
   * leader's title stands for the person who leads it (as this document's
   * relations state, else the last person named before), not for the group.
   * With a name right after ("the Hamas leader Yahya Sinwar") the name speaks.
   */
  private groupLeaderReferents(named: Referent[]): Referent[] {
    const out: Referent[] = [];
    const text = this.doc.text;
    for (const g of named) {
      if (!GROUP_TYPES.has(g.type) || this.inQuote(g.start)) continue;
      const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(0, g.start - 5), g.start));
      const title = GROUP_LEADER_TITLE.exec(text.slice(g.end, g.end + 30));
      if (!the || !title) continue;
      const end = g.end + title[0].length;
      if (named.some((n) => n.type === 'person' && n.start >= end && n.start - end <= 3)) continue;
      // "Naim Qassem, the Hezbollah chief": an apposition to the name before, which the relations read as such.
      const at = g.start - the[0].length;
      if (named.some((n) => n.type === 'person' && n.end <= at && /^\s*,\s*$/.test(text.slice(n.end, at)))) continue;
      const holder = this.holderOf('leads', g.entityId, g.start) ?? this.lastPersonNamed(g.start, named);
      if (holder) out.push({ start: at, end, entityId: holder, type: 'person', via: 'role' });
    }
    return out;
  }

  private lastPersonNamed(at: number, named: Referent[]): string | null {
    for (let i = named.length - 1; i >= 0; i--) {
      const r = named[i]!;
      if (r.end <= at && r.type === 'person' && !this.inQuote(r.start)) return r.entityId;
    }
    return null;
  }

  /** "the leader of X", "the Secretary-General of the X movement", "leaders of the group". */
  private roleReferents(named: Referent[], roleHits: ReadonlyArray<PhraseHit<RelationPredicate>>): Referent[] {
    const out: Referent[] = [];
    const text = this.doc.text;
    for (const h of roleHits) {
      if (h.value !== 'leads' && h.value !== 'spokesperson_of') continue;
      const after = text.slice(h.end, h.end + 60);
      const of = /^s?\s+(?:of|for)\s+(?:the\s+)?/i.exec(after);
      if (!of) continue;
      const objStart = h.end + of[0].length;
      const org = named.find((n) => n.start >= objStart && n.start <= objStart + 25 && GROUP_TYPES.has(n.type) && !/[,.;]/.test(text.slice(objStart, n.start)))
        ?? this.groupWordAt(objStart);
      if (!org) continue;
      const before = text.slice(Math.max(0, h.start - 6), h.start);
      // "a senior commander of X" is one of its commanders, not the one who leads it.
      if (/\b(?:a|an|one\s+of\s+the|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
      const plural = /s$/i.test(text.slice(h.start, h.end + 1).trim()) && /^s\b/i.test(after);
      const holder = plural ? null : this.holderOf(h.value, org.entityId);
      const start = /the\s+$/i.test(before) ? h.start - (before.length - before.search(/the\s+$/i)) : h.start;
      if (holder) out.push({ start, end: org.end, entityId: holder, type: this.types.get(holder) ?? 'person', via: 'role' });
      else if (plural) out.push({ start, end: org.end, entityId: org.entityId, type: org.type, via: 'role' });
    }
    return out;
  }

  private groupWordAt(pos: number): Referent | null {
    const m = /^(group|movement|militia|organization|organisation|faction)\b/i.exec(this.doc.text.slice(pos, pos + 20));
    if (!m || !this.focalGroup) return null;
    return { start: pos, end: pos + m[0].length, entityId: this.focalGroup, type: this.types.get(this.focalGroup) ?? 'armed_group', via: 'reference' };
  }

  /** Actor referents inside [from, to). */
  actorsIn(from: number, to: number): Referent[] {
    return this.refsFrom(from, to).filter((r) => r.end <= to && ACTOR_TYPES.has(r.type));
  }

  /** Referents starting in [from, to), by binary search on the sorted list. */
  refsFrom(from: number, to: number): Referent[] {
    const out: Referent[] = [];
    for (let i = lowerBound(this.refStarts, from); i < this.refs.length && this.refs[i]!.start < to; i++) out.push(this.refs[i]!);
    return out;
  }

  private isPrepositionObject(r: Referent, lo: number): boolean {
    const before = this.doc.text.slice(Math.max(lo, r.start - 40), r.start);
    // "in Iraq and Syria": the second conjunct is governed by the same preposition.
    return PREPOSITION_BEFORE.test(before.slice(-20)) || /\b(?:in|at|to|from|with|against|on)\s+(?:the\s+)?[\p{L}'’ -]{1,25}\s+and\s+(?:the\s+)?$/iu.test(before);
  }

  private isPossessor(r: Referent): boolean {
    const after = this.doc.text.slice(r.end, r.end + 30);
    // "Israel's air force struck": the state acts through its forces, which no registry name covers.
    if (POSSESSIVE_AFTER.test(after) && FORCES_AFTER.test(after)) return false;
    // "Netanyahu's office said": a person speaks through his office or spokesman.
    if (r.type === 'person' && PERSON_OFFICE_AFTER.test(after)) return false;
    return (POSSESSIVE_AFTER.test(after) && r.via === 'name') || MODIFIER_AFTER.test(after);
  }

  /**
   * The subject of a verb at `pos` in a clause starting at `lo`: the nearest
   * actor before it, unless a comma or "and" stands between (an apposition,
   * a relative clause, a second verb), then the clause's first actor after
   * any opening adverbial.
   */
  subjectBefore(lo: number, pos: number, accept: (r: Referent) => boolean = () => true): Referent | null {
    const all = this.actorsIn(lo, pos);
    const cands = all.filter((r) => accept(r) && !this.isPrepositionObject(r, lo) && !this.isPossessor(r) && !this.inQuoteUnless(r, lo, pos));
    // "... with the United States, which together with Britain has struck ...": a relative pronoun's
    // antecedent is the subject of its verb, even as the object of a preposition.
    const antecedent = all.filter((r) => accept(r) && RELATIVE_AFTER.test(this.doc.text.slice(r.end, r.end + 12))).pop();
    if (antecedent && !cands.some((r) => r.start > antecedent.end && !this.isPrepositionObject(r, lo)) && !/[.;]/.test(this.doc.text.slice(antecedent.end, pos))) {
      return this.appositionOwner(cands, antecedent, pos) ?? antecedent;
    }
    const nearest = cands[cands.length - 1];
    if (!nearest) return null;
    const gap = this.doc.text.slice(nearest.end, pos);
    if (/^,?\s*(?:who|which|that)\b/i.test(gap)) {
      // "X, a veteran of the group, who says": the relative clause is about the person the apposition describes.
      return this.appositionOwner(cands, nearest, pos) ?? nearest;
    }
    if (!/[,;]|\band\b|\bbut\b/.test(gap)) return this.firstConjunct(cands, cands.length - 1);
    // "A senior Houthi official, Mohammed Ali al-Houthi, said": the name in apposition to a title is the subject.
    if (nearest.type === 'person' && /^\s*,\s*(?:[\p{Ll}]+\s+){0,3}$/u.test(gap) && this.isAppositionToTitle(nearest, lo)) return nearest;
    // "X, a deputy commander of Y, had been killed": the name before an apposition is the subject.
    const appositioned = cands.filter((r) => r.type === 'person' && APPOSITION_THEN_VERB.test(this.doc.text.slice(r.end, pos))).pop();
    if (appositioned) return appositioned;
    let start = lo;
    const opening = this.doc.text.slice(lo, pos);
    if (ADVERBIAL_OPENER.test(opening)) {
      const comma = opening.indexOf(',');
      if (comma >= 0) start = lo + comma + 1;
    }
    const i = cands.findIndex((r) => r.start >= start);
    const first = cands[i];
    // "Amid the clashes between X and Y, the militias in Iraq issued ...": the subject after the opening
    // phrase names no actor; the actors inside the phrase are not its subject.
    if (!first) return start > lo && /\p{L}{2,}/u.test(this.doc.text.slice(start, pos)) ? null : nearest;
    // "Senior Hamas official Khalil al-Hayya, speaking on Friday, said": the group only qualifies the person.
    const next = cands[i + 1];
    // Not "the group said Nasrallah ...": the words between end in a title.
    const between = next ? this.doc.text.slice(first.end, next.start) : '';
    if (first.type !== 'person' && next?.type === 'person' && QUALIFIED_PERSON_GAP.test(between) && (TITLE_NOUN.test(between) || this.cues.roles.find(between).length > 0)) return next;
    // "The representative of Syria, Ibrahim Olabi, welcomed": the name in apposition to a title that the body only qualifies.
    if (first.type !== 'person' && next?.type === 'person' && /^\s*,\s*$/.test(between) && /^\s*,/.test(this.doc.text.slice(next.end, next.end + 2))
      && TITLE_NOUN.test(this.doc.text.slice(Math.max(lo, first.start - 60), first.start).replace(TITLE_OF, ''))) return next;
    return first;
  }

  /**
   * "The United States and the United Kingdom conducted strikes", "US and British forces struck": of actors
   * joined by "and" as one subject, the first is the one logged (a record holds one actor).
   */
  private firstConjunct(cands: readonly Referent[], k: number): Referent {
    let i = k;
    // A list's last link is "and"; commas join the items before it ("A, B and C"), never alone ("In Jordan, X").
    if (i > 0 && JOINED_BY_AND.test(this.doc.text.slice(cands[i - 1]!.end, cands[i]!.start))) i--;
    else return cands[k]!;
    while (i > 0 && LISTED.test(this.doc.text.slice(cands[i - 1]!.end, cands[i]!.start))) i--;
    return cands[i]!;
  }

  /** Whether `r` is joined by "and" to a mention of `id`: "A and B issued a joint statement". */
  isJoinedWith(r: Referent, id: string): boolean {
    const text = this.doc.text;
    return this.actorsIn(Math.max(0, r.start - 60), Math.min(text.length, r.end + 60)).some((o) => o.entityId === id
      && (o.end <= r.start ? JOINED_BY_AND.test(text.slice(o.end, r.start)) : o.start >= r.end && JOINED_BY_AND.test(text.slice(r.end, o.start))));
  }

  /** "X, a veteran of the group, who ...": the person whose apposition holds `inner`, when `inner` is not a person. */
  private appositionOwner(cands: readonly Referent[], inner: Referent, pos: number): Referent | undefined {
    if (inner.type === 'person') return undefined;
    return cands.filter((r) => r.type === 'person' && r.end <= inner.start && APPOSITION_THEN_VERB.test(this.doc.text.slice(r.end, pos))).pop();
  }

  /** Whether a person's name follows a title phrase and a comma ("The group's leader, X"). */
  private isAppositionToTitle(r: Referent, lo: number): boolean {
    const before = this.doc.text.slice(Math.max(lo, r.start - 80), r.start);
    // An abbreviated rank the mention left out may stand after the comma ("a spokesman, Lt. Col. X,").
    const m = /,\s*(?:\p{Lu}\p{Ll}{0,5}\.\s+){0,3}$/u.exec(before);
    if (!m) return false;
    const head = before.slice(0, m.index);
    const clause = head.slice(head.lastIndexOf(',') + 1);
    return this.cues.roles.find(clause).length > 0 || TITLE_NOUN.test(clause);
  }

  private inQuoteUnless(r: Referent, lo: number, pos: number): boolean {
    // A mention inside a quotation is not the subject of a verb outside it.
    const q = this.quotes.find((x) => r.start >= x.start && r.start < x.end);
    return !!q && !(lo >= q.start && pos <= q.end);
  }

  /**
   * The first actor (or facility) after `pos` and before `hi`; an organisation
   * that only qualifies a person ("Kataib Hezbollah leader Abu Mahdi", "the head
   * of Hamas' political bureau Ismail Haniyeh") yields the person.
   */
  objectAfter(pos: number, hi: number, allowLocations = false, collapse = true): Referent | null {
    const text = this.doc.text;
    const cands = this.refsFrom(pos, hi).filter((r) => (ACTOR_TYPES.has(r.type) || r.type === 'facility' || (allowLocations && r.type === 'location')));
    // "Iraq's Kataib Hezbollah": the possessor only qualifies what follows.
    const first = cands.find((r, i) => !(i + 1 < cands.length && /^['’]s?\s/.test(text.slice(r.end, r.end + 3))));
    if (!first) return null;
    if (collapse && first.type !== 'person') {
      // Only a name: "designated by the United States in 2011 for his role" does not hand the object to "his".
      const next = cands.find((r) => r.start >= first.end && r.type === 'person' && r.via === 'name');
      if (next && next.start - first.end <= 45) {
        const gap = text.slice(first.end, next.start);
        const plain = !/[,;()]|\band\b|\bwith\b|\bby\b/.test(gap);
        // "its secretary-general, X", "Kataib Hezbollah, martyr Hajj X": a title and a comma before the name.
        const titled = /^(?:['’]s)?[\s\p{L}'’-]{0,30},\s*(?:(?:martyr|sheikh|hajj|sayyed|brigadier|general|commander|dr\.?|\p{Lu}[\p{L}]*)\s+){0,3}$/iu.test(gap)
          && (this.cues.roles.find(gap).length > 0 || /^\s*,/.test(gap));
        if (plain || titled) return next;
      }
    }
    return first;
  }

  /** Every object after `pos` joined by "and" ("killed X and Y"): one per conjunct. */
  objectsAfter(pos: number, hi: number): Referent[] {
    const first = this.objectAfter(pos, hi);
    if (!first) return [];
    const out = [first];
    let at = first.end;
    for (;;) {
      const rest = this.doc.text.slice(at, hi);
      const and = /^\s*(?:,\s*)?(?:and|as well as)\s+/i.exec(rest);
      if (!and) break;
      const next = this.objectAfter(at + and[0].length, Math.min(hi, at + and[0].length + 60));
      if (!next || next.type !== first.type) break;
      out.push(next);
      at = next.end;
    }
    return out;
  }

  /** The last person named before `pos`, outside quotations. */
  lastPersonBefore(pos: number): string | null {
    for (let i = Math.min(this.refs.length, upperBound(this.refStarts, pos)) - 1; i >= 0; i--) {
      const r = this.refs[i]!;
      if (r.end <= pos && r.type === 'person' && !this.inQuote(r.start)) return r.entityId;
    }
    return null;
  }
}

/** Whether h overlaps one of the spans (sorted by start, each short: a name). */
function overlapsAny(sorted: readonly Span[], starts: readonly number[], h: Span): boolean {
  for (let k = lowerBound(starts, h.end) - 1; k >= 0 && sorted[k]!.start > h.start - MAX_NAME; k--) {
    if (sorted[k]!.end > h.start) return true;
  }
  return false;
}

/** First index whose value is >= x. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Groups every one of whose mentions here is a nationality and a force noun ("US troops", "the Syrian army"). */
function stateForcesOf(doc: Doc, named: readonly Referent[]): Set<string> {
  const plain = new Map<string, boolean>();
  for (const r of named) {
    if (r.type !== 'armed_group' || plain.get(r.entityId) === false) continue;
    plain.set(r.entityId, STATE_FORCE.test(doc.text.slice(r.start, r.end)));
  }
  return new Set([...plain].filter(([, p]) => p).map(([id]) => id));
}

/** The armed group (else organisation) a document is mostly about: most mentions, earliest first on ties; never a state's regular forces. */
function focalGroupOf(named: Referent[], stateForces: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  for (const type of ['armed_group', 'organization'] as const) {
    for (const r of named) if (r.type === type && !stateForces.has(r.entityId)) counts.set(r.entityId, (counts.get(r.entityId) ?? 0) + 1);
    if (counts.size > 0) break;
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [id, n] of counts) if (n > bestN) { best = id; bestN = n; }
  return best;
}

/** The sentence index holding offset `pos`. */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(doc.sentences.length - 1, lo - 1));
}
