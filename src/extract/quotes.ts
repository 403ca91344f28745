/**
 * Direct quotations and who said them. The speaker is read from the
 * attribution around the quotation: after it (", Kaabi said", ", said the
 * spokesman", "quoted Kaabi as saying"), else before it ("Kaabi said:",
 * "the group claimed that", "Kaabi's claim that"); pronouns and role words
 * resolve through the document. A quotation with no attribution of its own
 * continues the speaker of the sentence before when that sentence reports
 * speech; otherwise the speaker is null rather than a guess.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Span } from '../core/types.js';
import { Discourse, OFFICIAL_TITLES, sentenceAt, type Referent } from './discourse.js';
import type { ExtractKnowledge, SpeechPosition } from './lexicons.js';
import type { PhraseHit } from './phrase-matcher.js';
import { selfSpeaker } from './quotes-arabic.js';
import { DEMONYM } from './demonym.js';

export interface Attribution {
  speaker: string | null;
  cue: Span | null;
  rule: string;
}

export const quoteStage: Stage<{ extract: ExtractKnowledge }> = {
  name: 'quotes',
  run(doc, knowledge) {
    const cues = knowledge.extract.cuesFor(doc.meta.language);
    const d = Discourse.of(doc, cues);
    for (const q of d.quotes) {
      const a = attribute(d, q);
      const text = doc.text.slice(q.start, q.end).trim();
      doc.quotes.push({
        start: q.start, end: q.end, text, speaker: a.speaker, cue: a.cue, sentence: sentenceAt(doc, q.start),
        provenance: { rule: `rule:${a.rule}`, confidence: a.speaker ? 0.8 : 0.5 },
      });
    }
  },
};

/** Speech cues in [from, to) that lie outside every quotation. */
function speechCues(d: Discourse, from: number, to: number): Array<PhraseHit<SpeechPosition>> {
  if (to <= from) return [];
  return d.cues.speech.find(d.doc.text, from, to).filter((h) => !d.inQuote(h.start));
}

/** The speaker a cue names, looking in [lo, hi) around it. */
export function speakerOfCue(d: Discourse, cue: PhraseHit<SpeechPosition>, lo: number, hi: number, inverted = true): Referent | null {
  const text = d.doc.text;
  switch (cue.value) {
    case 'after': {
      // "X was quoted by the agency as saying": a passive; its subject speaks, not the agency inside the cue.
      if (/^quoted\s+by\b/i.test(text.slice(cue.start, cue.end)) && /\b(?:was|were|is|are|been|being)\s+$/i.test(text.slice(Math.max(lo, cue.start - 8), cue.start))) {
        return d.subjectBefore(lo, cue.start);
      }
      // "quoted Kaabi as saying" names the speaker inside the cue; "according to X" after it.
      const inside = d.actorsIn(cue.start, cue.end)[0];
      if (inside) return inside;
      // "quoted the commander of the border guards, Brig. Gen. X, as saying": a long object between the two.
      if (AS_SAYING.test(text.slice(cue.start, cue.end))) return quotedObject(d, lo, cue.start);
      const who = d.objectAfter(cue.end, Math.min(hi, cue.end + 40));
      // "according to Kaabi", "according to the spokesman" - not "according to the report, which ... the militia's".
      return who && /^\s*(?:(?:the|a|an|its|his|their|group's|[\p{Lu}][\p{L}.'’-]*)\s+)*$/u.test(text.slice(cue.end, who.start)) ? who : null;
    }
    case 'possessive': {
      const owner = d.actorsIn(lo, cue.start).filter((r) => /^['’]s?\s+(?:\w+\s+)?$/.test(text.slice(r.end, cue.start))).pop();
      if (owner) return owner;
      const by = /^\s+(?:by|from|of)\s+/i.exec(text.slice(cue.end, cue.end + 8));
      return by ? d.objectAfter(cue.end, Math.min(hi, cue.end + 60)) : null;
    }
    case 'passive':
      return null;
    case 'self':
      return selfSpeaker(d, cue);
    default: {
      const before = d.subjectBefore(lo, cue.start);
      if (before) return before;
      // Inverted: '"...," said the spokesman'; never "told": what follows it is the one told ("told The National").
      // Nor a participle ("saying", "adding"): what follows it is what was said.
      if (!inverted || /^(?:told|tells?|\S+ing)$/i.test(text.slice(cue.start, cue.end))) return null;
      // '"...," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson': a long title, then the name.
      const titled = d.actorsIn(cue.end, Math.min(hi, cue.end + 160)).find((r) => r.type === 'person');
      if (titled && TITLE_RUN.test(text.slice(cue.end, titled.start))) return titled;
      const who = d.objectAfter(cue.end, Math.min(hi, cue.end + 80));
      return who && /^[\s,]*(?:(?:the|a|an|its|his|their|group|movement|militia|official|spokesman|spokesperson|leader|commander|[\p{Lu}][\p{L}.-]*)[\s,]+)*$/u.test(text.slice(cue.end, who.start)) ? who : null;
    }
  }
}

const AS_SAYING = /^as\s+saying$/i;
// "quoted" and what follows it up to the cue in the sentence, with no quotation between (ranks keep their full stops).
const QUOTED_OBJECT = /\bquoted\s+[^"“”«»;]+$/i;

/** The one "quoted ... as saying" names: the person in between (a title's group only qualifies him), else the actor. */
function quotedObject(d: Discourse, lo: number, pos: number): Referent | null {
  const m = QUOTED_OBJECT.exec(d.doc.text.slice(Math.max(lo, pos - 160), pos));
  if (!m) return null;
  const refs = d.actorsIn(Math.max(lo, pos - 160) + m.index, pos).filter((r) => !d.inQuote(r.start));
  return refs.filter((r) => r.type === 'person').pop() ?? refs.pop() ?? null;
}

// Only capitalised title words (and their small joining words) between a cue and a name.
const TITLE_RUN = /^[\s,]*(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|and|the|on|to|in)[\s,]+)*$/u;

// "a Hezbollah official", "an Israeli security source", "two senior Iraqi officials": someone unnamed.
const UNNAMED_BEFORE = /\b(?:an?|one|two|three|several)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const UNNAMED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:official|source|officer|diplomat|aide|insider|member)s?\b/iu;
// "Israeli officials, speaking on condition of anonymity, said": a bare plural of such people, no determiner needed.
const UNNAMED_PLURAL_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:officials|sources|officers|diplomats|aides|insiders)\b/iu;

// "an official of", "a member of the": someone unnamed in the body named next (not a spokesman, who speaks for it).
const UNNAMED_MEMBER_OF = /\b(?:an?|one|two|three|several)\s+(?:[\p{L}-]+\s+){0,2}?(?:official|source|officer|diplomat|aide|member|insider)s?\s+(?:of|from|in|at|close\s+to)\s+(?:the\s+)?$/iu;

/**
 * Whether the speaker found is only the organisation an unnamed person
 * belongs to ("a Hezbollah official said"): such a quotation has no speaker
 * an analyst could log, so it gets null rather than the organisation.
 */
function unnamedMember(text: string, who: Referent): boolean {
  if (who.type === 'person') return false;
  // "a senior official of the group in Beirut told": the body named or referred to after the unnamed person.
  if (UNNAMED_MEMBER_OF.test(text.slice(Math.max(0, who.start - 60), who.start))) return true;
  if (who.via !== 'name') return false;
  const before = text.slice(Math.max(0, who.start - 40), who.start);
  if (UNNAMED_PLURAL_AFTER.test(text.slice(who.end, who.end + 40)) && !/['’]s\s+$/.test(before)) return true;
  return UNNAMED_BEFORE.test(before) && UNNAMED_AFTER.test(text.slice(who.end, who.end + 40));
}

// Between a quotation and its verb, an indefinite subject: "one of them", "another official", "a resident".
// The noun may carry a place or a relative clause: "a senior official in Qamishli", "a woman who fled the town, ...".
const UNNAMED_SUBJECT = /^[\s,]*(?:one|another|a|an|some|two|three|several)\s+(?:of\s+(?:them|the\s+[\p{L}-]+)|[\p{L}-]+(?:\s+[\p{L}-]+){0,2})(?:\s+(?:who|whose|from|in|at|near)\s[^"“”]*)?\s+$/iu;

// Before a verb that may take its subject after it: nothing, or a quotation closed just before.
const INVERSION_BEFORE = /(?:^[\s"“”'‘’«»,:;—–-]*|["”’»][\s,]*)$/u;

// Right after the verb, someone the text does not name: "said a senior commander", "said one of the fighters".
const UNNAMED_PERSON_AFTER = /^\s+(?:an?|one|another)\s+(?:of\s+(?:the|them)\b|(?:[\p{L}-]+\s+){0,3}?(?:official|source|officer|diplomat|aide|member|commander|fighter|resident|witness|spokesman|spokeswoman|spokesperson|man|woman|leader|analyst|activist|soldier|doctor|representative|lawmaker|cleric|insider)s?\b)/iu;

// Right before the verb, an indefinite subject: "a field commander told", "one resident said" (after any opening phrase).
// Not a statement or a report: "a statement on Telegram said:" speaks for its issuer.
const STATEMENT_NOUNS = 'statement|communiqu|post\\b|message|video|report|recording|tweet|letter';
const STATEMENT_NOUN = new RegExp(`^(?:${STATEMENT_NOUNS})`, 'iu');
const INDEFINITE_SUBJECT = new RegExp(`(?:^|[,;]\\s*|^\\s*(?:but|and)\\s+)\\s*(?:an?|one|another)\\s+(?:(?!${STATEMENT_NOUNS})[\\p{L}-]+\\s+){0,3}$`, 'iu');

// '"...," the official said': a definite title as the subject, which the discourse resolved to no one.
const UNNAMED_DEFINITE = new RegExp(`^[\\s,—–-]*the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${OFFICIAL_TITLES})\\s+(?:also\\s+|later\\s+)?$`, 'iu');

// "the Jordanian foreign minister told reporters", '"...," the Iranian envoy said': a title of another state's office
// with no name, which no actor of the text holds: someone new, not the last speaker.
const DEMONYM_TITLE_SUBJECT = new RegExp(`(?:^|[,;]\\s*)\\s*the\\s+${DEMONYM}(?:\\s+[\\p{Ll}-]+){1,3}\\s+(?:also\\s+|later\\s+)?$`, 'u');

// "a spokesman for the Iraqi government", "an official of the movement": someone unnamed speaking for the body named next.
const UNNAMED_OFFICE_OF = /\b(?:an?|one|two|three|several)\s+(?:[\p{L}-]+\s+){0,2}?(?:official|spokesman|spokeswoman|spokesperson|source|officer|diplomat|aide|member|representative)s?\s+(?:for|of|from|with|in|at|close\s+to)\s+(?:the\s+)?$/iu;

/**
 * The body an unnamed person speaking before `pos` in the sentence belongs
 * to ("a Hezbollah official said", "a spokesman for the government
 * denied"): not the speaker of a quotation, but the actor of what they
 * declare (GOLD: the institution when no person is named).
 */
export function unnamedSourceBody(d: Discourse, lo: number, pos: number): Referent | null {
  const text = d.doc.text;
  const refs = d.actorsIn(lo, pos).filter((r) => r.type !== 'person' && !d.inQuote(r.start));
  for (let k = refs.length - 1; k >= 0; k--) {
    const r = refs[k]!;
    if (unnamedMember(text, r) || (r.via === 'name' && UNNAMED_OFFICE_OF.test(text.slice(Math.max(lo, r.start - 60), r.start)))) return r;
  }
  return null;
}

// "the statement", "the group's statement", "the communique" standing as the subject of "said"/"read".
const STATEMENT_SUBJECT = /^[\s,]*(?:the|its|their|that)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:statement|communiqu[eé]|announcement|message|post|video|audio\s+message)\s+$/iu;
// ', and the ministry', '; the army': a clause joined after the quotation, then a few words before its subject.
const JOINED_CLAUSE = /(?:[,;]\s*(?:and|but|while|whereas)|;)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// '" if Z happens, and said': a clause after the quotation, then "and" right before the verb.
const COORDINATED_VERB = /^[^"“”]*[\p{L}][^"“”]*,?\s+and\s+$/u;
// A verb that names or describes something, its object, then the quotation: "described Aqil as", "called the attack".
const NAMING_VERB = /\s(?:described|describing|describes|branded|branding|labell?ed|portrayed)\s+(?:[\p{L}'’-]+\s+){1,4}as\s+$|\s(?:called|calling|calls|termed|terming)\s+(?:the\s+|this\s+|his\s+|its\s+)?(?:[\p{L}'’-]+\s+){1,2}$/iu;
// "a spokesman for", "the spokeswoman of the": an unnamed spokesperson before the group's name.
const SPOKESMAN_FOR = /\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:spokesman|spokeswoman|spokesperson)\s+(?:for|of)\s+(?:the\s+)?$/iu;
// The sentence opens with a statement as the subject of the verb that follows ("The statement accused").
const STATEMENT_OPENS = /^\s*(?:the|its|their|that)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:statement|communiqu[eé])\s+(?:also\s+)?$/iu;
// Between a possessor and the verb: an office it has ("Hezbollah's spokesman", "Iran's foreign ministry"), not an unnamed "official".
const OFFICE_GAP = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|ministry|mission|military|army|delegation)\s+(?:(?:also|later|then|has|had|have)\s+)?$/iu;

/** The group or state whose unnamed office holder speaks right before `pos` ("Hezbollah's spokesman said"). */
function titledPossessor(d: Discourse, lo: number, pos: number): Referent | null {
  const refs = d.actorsIn(Math.max(lo, pos - 80), pos);
  const r = refs[refs.length - 1];
  return r && r.type !== 'person' && r.via === 'name' && !d.inQuote(r.start) && OFFICE_GAP.test(d.doc.text.slice(r.end, pos)) ? r : null;
}

/**
 * '... the ministry said. "...," it said': a quotation opening its sentence
 * and attributed by a pronoun or role word ("it", "the leader") continues the
 * speaker the sentence before in the same paragraph reported, when that
 * speaker is of the same kind (a person for "he", a body for "it").
 */
function continuedSpeaker(d: Discourse, head: Span, open: number, who: Referent): Referent | null {
  if (!/^[\s"“”'‘’]*$/.test(d.doc.text.slice(head.start, open))) return null;
  const i = sentenceAt(d.doc, head.start);
  const prev = d.doc.sentences[i - 1];
  if (!prev || /\n\s*\n/.test(d.doc.text.slice(prev.start, head.start))) return null;
  const said = reportedSpeaker(d, { start: prev.start, end: prev.end });
  if (!said || said.entityId === who.entityId) return null;
  if ((said.type === 'person') !== (who.type === 'person')) return said.type !== 'person' && untitledSpokesman(d, who, head.start) ? said : null;
  return said;
}

/**
 * The speaker of the last quotation in the sentence right before, when a
 * pronoun of the same kind ("it" for a body, "he"/"she" for a person) opens
 * the clause reporting the next words: that speaker is the one most in view,
 * ahead of the last body or person merely named.
 */
function quotedBefore(d: Discourse, head: Span, lo: number, who: Referent): string | null {
  const word = d.doc.text.slice(who.start, who.end);
  const person = /^(?:he|she)$/i.test(word);
  if (!person && !/^it$/i.test(word)) return null;
  if (!/^[\s"“”'‘’]*$/.test(d.doc.text.slice(lo, who.start))) return null;
  const i = sentenceAt(d.doc, head.start);
  const last = d.doc.quotes.filter((x) => x.sentence === i - 1).pop();
  if (!last?.speaker || last.speaker === who.entityId) return null;
  const type = d.typeOf(last.speaker);
  return type && (type === 'person') === person ? last.speaker : null;
}

const SPOKESMAN_WORD = /^the\s+(?:spokesman|spokeswoman|spokesperson)$/i;
const SPOKESMAN_TITLE = /\bspokes(?:man|woman|person)\b/i;

/**
 * '... the group's media office said. "...," the spokesman said': "the
 * spokesman" when no one before was given that title is the body just
 * reported speaking, not the last person the text named.
 */
function untitledSpokesman(d: Discourse, who: Referent, at: number): boolean {
  const text = d.doc.text;
  if (!SPOKESMAN_WORD.test(text.slice(who.start, who.end))) return false;
  // As far back as the discourse looks for the title ("Pentagon spokesman X").
  return !SPOKESMAN_TITLE.test(text.slice(Math.max(0, at - 1500), at));
}

// A sentence opening with someone unnamed: "A spokeswoman for the EU said", "One senior official told".
const UNNAMED_OPENING = /^\s*(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}?(spokesman|spokeswoman|spokesperson|official|source|officer|diplomat|aide|representative)\b/iu;

// A sentence opening with people it does not name: "Two local residents said", "Several witnesses described".
const UNNAMED_PEOPLE_OPENING = /^\s*(?:(?:two|three|four|five|several|some|many|other|local|the)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:residents|witnesses|officials|sources|diplomats|officers|people|survivors|relatives|villagers|doctors|medics|aides|analysts|activists|soldiers)\b/iu;

/**
 * "he"/"she" right after a sentence (same paragraph) whose subject was an
 * unnamed person: a spokesperson of a named body speaks for it; anyone else
 * unnamed is null. Undefined when the sentence before opened otherwise.
 */
function unnamedSubjectBefore(d: Discourse, head: Span, who: Referent): string | null | undefined {
  const word = d.doc.text.slice(who.start, who.end);
  const plural = /^they$/i.test(word);
  if (!plural && !/^(?:he|she)$/i.test(word)) return undefined;
  const prev = d.doc.sentences[sentenceAt(d.doc, head.start) - 1];
  if (!prev || /\n\s*\n/.test(d.doc.text.slice(prev.start, head.start))) return undefined;
  // "Two residents described ... "...," they said": people the text never named.
  if (plural) return UNNAMED_PEOPLE_OPENING.test(d.doc.text.slice(prev.start, prev.end)) ? null : undefined;
  const m = UNNAMED_OPENING.exec(d.doc.text.slice(prev.start, prev.end));
  if (!m) return undefined;
  // The pronoun must not have a named person of its own between: "An official said X met Y. He said".
  if (d.actorsIn(prev.start + m[0].length, prev.end).some((r) => r.type === 'person' && r.via === 'name')) return undefined;
  if (!/^spokes/i.test(m[1]!)) return null;
  const after = prev.start + m[0].length;
  const body = /^\s+(?:for|of)\s+(?:the\s+)?/i.exec(d.doc.text.slice(after, after + 12));
  const r = body ? d.actorsIn(after + body[0].length, Math.min(prev.end, after + body[0].length + 60))[0] : undefined;
  return r && r.type !== 'person' && r.start === after + body![0].length ? r.entityId : null;
}

// A name, a colon, and the quotation's opening mark.
const COLON_INTRO = /^\s*:\s*$/;
// An auxiliary verb: an actor after one in a sentence is not its subject.
const AUXILIARY = /\b(?:was|were|is|are|has|have|had|been|being)\b/i;

/**
 * Who issued "the statement" a quotation is read from: the subject of the
 * sentence, in the last two, that mentions a statement (its author when it
 * says "a statement by X"; or the speaker it reports: "In a statement, X
 * said"); else (when `focal`) the group the document is about.
 */
function statementIssuer(d: Discourse, head: Span, persons = false, focal = true): string | null {
  const i = sentenceAt(d.doc, head.start);
  for (let j = i; j >= Math.max(0, i - 2); j--) {
    const s = d.doc.sentences[j];
    if (!s) continue;
    const m = /\b(?:statement|communiqu[eé]|announcement|speech|address|sermon|message)\b/i.exec(d.doc.text.slice(s.start, j === i ? head.start : s.end));
    if (!m || d.inQuote(s.start + m.index)) continue;
    // "a statement by its secretary-general, X": who the statement is by, not who posted it.
    const at = s.start + m.index + m[0].length;
    const by = /^\s+(?:by|from)\s+/i.exec(d.doc.text.slice(at, at + 8));
    const author = by ? d.objectAfter(at + by[0].length, Math.min(s.end, at + by[0].length + 80)) : null;
    if (author && (persons || author.type !== 'person')) return author.entityId;
    // "X issued a statement", else "In a statement, X said": who speaks in that sentence.
    const who = d.subjectBefore(s.start, s.start + m.index) ?? (j < i ? inStatementSpeaker(d, s, s.start + m.index) : null);
    // "The decision was taken ... in northern Iraq and made public in a statement": an actor after an auxiliary is no subject.
    if (who && AUXILIARY.test(d.doc.text.slice(s.start, who.start))) continue;
    if (who && (persons || who.type !== 'person')) return who.entityId;
  }
  return focal ? d.focalGroup : null;
}

/** "In a statement carried by its agency, X said ...": the speaker of the clause after the opening phrase. */
function inStatementSpeaker(d: Discourse, s: Span, at: number): Referent | null {
  if (!/^\s*in\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+)?$/iu.test(d.doc.text.slice(s.start, at))) return null;
  const comma = d.doc.text.indexOf(',', at);
  return comma >= 0 && comma < s.end ? reportedSpeaker(d, { start: comma + 1, end: s.end }) : null;
}

function sentenceBounds(d: Discourse, pos: number): Span {
  const s = d.doc.sentences[sentenceAt(d.doc, pos)];
  return s ? { start: s.start, end: s.end } : { start: 0, end: d.doc.text.length };
}

/** The actor a sentence reports speaking: the subject of its first speech cue. */
export function reportedSpeaker(d: Discourse, sentence: Span): Referent | null {
  for (const c of speechCues(d, sentence.start, sentence.end)) {
    const who = speakerOfCue(d, c, sentence.start, sentence.end);
    if (who) return who;
  }
  for (const h of d.cues.statements.find(d.doc.text, sentence.start, sentence.end)) {
    if (h.value.where !== 'report' || d.inQuote(h.start)) continue;
    const who = d.subjectBefore(sentence.start, h.start);
    if (who) return who;
  }
  return null;
}

export function attribute(d: Discourse, q: { open: number; close: number; start: number; end: number }): Attribution {
  const text = d.doc.text;
  const head = sentenceBounds(d, q.open);
  const tail = sentenceBounds(d, Math.min(text.length - 1, Math.max(q.close, q.end - 1)));
  const afterFrom = Math.min(text.length, q.close + 1);
  const afterTo = Math.max(afterFrom, tail.end);
  // After the quotation, up to the next quotation or the sentence end.
  const nextQuote = d.quotes.find((x) => x.start > q.end);
  const afterLimit = wrappedAttributionEnd(d, q, tail) ?? afterTo;
  const afterEnd = nextQuote ? Math.min(afterLimit, nextQuote.start) : afterLimit;
  for (const c of speechCues(d, afterFrom, afterEnd)) {
    if (c.value === 'passive') return { speaker: previousSpeaker(d, head)?.entityId ?? null, cue: c, rule: 'quoted-as-saying' };
    // 'X threatened Y with "..." if Z, and said ...': a verb coordinated after a clause shares the sentence's subject.
    if (c.value === 'either' && COORDINATED_VERB.test(text.slice(afterFrom, c.start))) {
      const main = sentenceSubject(d, head.start, q.open);
      if (main) return { speaker: main.entityId, cue: c, rule: 'coordinated-cue' };
    }
    // '"...," the statement read': the statement speaks for whoever issued it.
    if (STATEMENT_SUBJECT.test(text.slice(afterFrom, c.start))) {
      const issuer = statementIssuer(d, head);
      if (issuer) return { speaker: issuer, cue: c, rule: 'statement-said' };
    }
    // The verb right after the closing mark ('"...," said X'), nothing but punctuation between.
    const cueAdjacent = /^[\s,.—–-]*$/.test(text.slice(afterFrom, c.start));
    const who = speakerOfCue(d, c, afterFrom, afterEnd, cueAdjacent);
    // '"..." in the city, and the doctors' network accused ...': a clause of its own joined after the quotation;
    // its subject reports something else, not these words.
    if (who && !cueAdjacent && who.start > afterFrom && JOINED_CLAUSE.test(text.slice(afterFrom, who.start))) continue;
    if (who && unnamedMember(text, who)) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // 'A spokeswoman for the EU said ... "...," she said': a pronoun after a sentence whose subject had no name.
    const unnamed = who && who.via === 'reference' ? unnamedSubjectBefore(d, head, who) : undefined;
    if (unnamed !== undefined) return { speaker: unnamed, cue: c, rule: unnamed ? 'spokesman-for' : 'unnamed-source' };
    // '... the ministry said. "...," it said': a pronoun or role word continues the speaker just reported.
    const before = who && who.via === 'reference' ? continuedSpeaker(d, head, q.open, who) : null;
    if (before) return { speaker: before.entityId, cue: c, rule: 'cue-after-continued' };
    if (who) return { speaker: who.entityId, cue: c, rule: 'cue-after' };
    // '"...," the official said' after "a senior official said": a title the text gave to no name.
    if (UNNAMED_DEFINITE.test(text.slice(afterFrom, c.start)) || DEMONYM_TITLE_SUBJECT.test(text.slice(afterFrom, c.start))) {
      return { speaker: null, cue: c, rule: 'unnamed-source' };
    }
    // '"...," said a senior official of the IRGC': someone unnamed, after the verb.
    if (cueAdjacent && unnamedSourceBody(d, c.end, Math.min(afterEnd, c.end + 80))) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // '"...," one of them said', '"...," a resident told AFP': the verb's subject is someone the text does not name.
    if (!who && UNNAMED_SUBJECT.test(text.slice(afterFrom, c.start))) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // '"...," said a member of a faction who asked not to be named': the same, after the verb.
    if (!who && cueAdjacent && UNNAMED_PERSON_AFTER.test(text.slice(c.end, c.end + 80))) return { speaker: null, cue: c, rule: 'unnamed-source' };
  }
  // "Hezbollah described him as "..."", "the minister called the strike "..."": the words are the subject's.
  const from = Math.max(head.start, q.open - 120);
  const named = NAMING_VERB.exec(text.slice(from, q.open));
  const namingAt = named ? from + named.index + 1 : q.open;
  // Before it, from the sentence start: the first cue governs ("X added that ..., adding that"),
  // unless a later clause has its own subject and verb ('..., while lawmaker X told the radio: "..."').
  const lo = governingClause(d, head.start, q.open);
  for (const c of speechCues(d, lo, q.open)) {
    // "X rejected a statement by Y, calling it "..."": the naming verb nearer the quotation governs it.
    if (c.start < namingAt && namingAt < q.open && !(c.value === 'passive')) break;
    // "The statement accused ... and vowed to ...": the statement speaks for whoever issued it.
    if (STATEMENT_OPENS.test(text.slice(lo, c.start))) {
      // A person may issue it too ("X published a statement ... The statement reads:").
      const issuer = statementIssuer(d, head, true);
      if (issuer) return { speaker: issuer, cue: c, rule: 'statement-said' };
    }
    // "X was quoted as saying: ...": the subject of the passive.
    if (c.value === 'passive') {
      const subject = d.subjectBefore(lo, c.start);
      if (subject && !unnamedMember(text, subject)) return { speaker: subject.entityId, cue: c, rule: 'quoted-as-saying' };
      continue;
    }
    // "Hezbollah's spokesman said": an unnamed office holder speaks for the group or state that has the office.
    const office = titledPossessor(d, lo, c.start);
    if (office) return { speaker: office.entityId, cue: c, rule: 'titled-possessor' };
    // "A spokesman for Hezbollah told AFP:": a spokesman with no name speaks for his group; the one told is never the speaker.
    const spokesman = d.actorsIn(lo, c.start).filter((r) => r.type !== 'person' && SPOKESMAN_FOR.test(text.slice(Math.max(lo, r.start - 50), r.start))
      && /^\s*$/.test(text.slice(r.end, c.start))).pop();
    if (spokesman) return { speaker: spokesman.entityId, cue: c, rule: 'spokesman-for' };
    // The inverted reading ('said the spokesman') only where the verb opens the clause or follows a quotation:
    // in "One of them said the prime minister was "..."", the prime minister is what is reported on, not the speaker.
    const inverted = !/^tell?s?|^told/i.test(text.slice(c.start, c.end)) && INVERSION_BEFORE.test(text.slice(lo, c.start));
    const who = speakerOfCue(d, c, lo, q.open, inverted);
    if (who && unnamedMember(text, who)) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // '"...," the statement said. It added that ... "..."': a pronoun opening the clause continues the speaker just quoted.
    const quoted = who && who.via === 'reference' ? quotedBefore(d, head, lo, who) : null;
    if (quoted) return { speaker: quoted, cue: c, rule: 'pronoun-continued' };
    if (who) return { speaker: who.entityId, cue: c, rule: 'cue-before' };
    // "A source close to Hezbollah told Al Jazeera:": someone unnamed; never the one told.
    if (unnamedSourceBody(d, lo, c.start)) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // "Commenting on the attack, a field commander told the channel:": an indefinite subject names no one.
    if (INDEFINITE_SUBJECT.test(text.slice(lo, c.start)) && !STATEMENT_NOUN.test(text.slice(c.start, c.end))) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // "A senior official, who asked not to be named, said:", "a spokesman for the new administration said": no one named.
    if (UNNAMED_HEAD.test(text.slice(lo, c.start).replace(ASIDE_BEFORE_VERB, ' '))) return { speaker: null, cue: c, rule: 'unnamed-source' };
    // "..., Karim Foo, said": a name the text gives but no registry or pattern knows is still a new speaker, not the last one.
    if (unknownNameBefore(d, lo, c.start)) return { speaker: null, cue: c, rule: 'unknown-name' };
    if (DEMONYM_TITLE_SUBJECT.test(text.slice(lo, c.start))) return { speaker: null, cue: c, rule: 'unnamed-source' };
  }
  if (named) {
    const who = d.subjectBefore(head.start, namingAt);
    if (who && !unnamedMember(text, who)) return { speaker: who.entityId, cue: null, rule: 'naming-verb' };
  }
  // "Naim Qassem: ..." - a name and a colon introduce the words (headlines, transcripts, channel posts).
  const colon = d.actorsIn(head.start, q.open).filter((r) => COLON_INTRO.test(text.slice(r.end, q.open))).pop();
  if (colon) return { speaker: colon.entityId, cue: null, rule: 'colon-intro' };
  // "Al-Houthi also addressed the Arab regimes: ...": a clause closed by a colon introduces its subject's words.
  const clause = colonClauseSubject(d, head.start, q.open);
  if (clause) return { speaker: clause.entityId, cue: null, rule: 'colon-clause' };
  // No attribution of its own: a quotation continues the speech of the sentence before it.
  const prev = previousSpeaker(d, head);
  if (prev) return { speaker: prev.entityId, cue: null, rule: 'continues-previous' };
  // "The following is a translation of the statement:" and the quotation after it: who issued the statement.
  const introduced = statementIntro(d, head, q.open);
  if (introduced) return { speaker: introduced, cue: null, rule: 'statement-intro' };
  return { speaker: null, cue: null, rule: 'unattributed' };
}

// An aside between a subject and its verb: ", who asked not to be named,", ", speaking on condition of anonymity,".
const ASIDE_BEFORE_VERB = /,\s*(?:who|speaking|declining|asking|requesting)\b[^,"“”]*,\s*$/iu;
// A subject that names no one, opening its clause: "a senior security official", "a spokesman for the new administration".
const UNNAMED_HEAD = /(?:^|[,;]\s*)\s*(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:official|source|spokesman|spokeswoman|spokesperson|officer|diplomat|aide|member|commander|representative|resident|witness)s?(?:\s+(?:for|of|from|with|in|at|close\s+to)\s+[^,;"“”]*)?\s*$/iu;
// Two or more capitalised words right before the verb ("Tariq Foo, said", "Karim al-Foo said").
const NAME_BEFORE_VERB = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|abd)[-\s])?\p{Lu}[\p{L}'’-]+)+,?\s*$/u;

/** Whether the words right before a verb are a personal name the document has no entity for. */
function unknownNameBefore(d: Discourse, lo: number, pos: number): boolean {
  const m = NAME_BEFORE_VERB.exec(d.doc.text.slice(Math.max(lo, pos - 60), pos));
  if (!m) return false;
  const at = Math.max(lo, pos - 60) + m.index;
  return !d.refsFrom(at, pos).some((r) => r.start < pos && r.end > at);
}

/**
 * '"...,"' ending its line and 'said X, the police chief.' opening the next
 * (a hard-wrapped paragraph): the end of that next sentence, where the
 * quotation's attribution lies; undefined otherwise.
 */
function wrappedAttributionEnd(d: Discourse, q: { close: number }, tail: Span): number | undefined {
  const text = d.doc.text;
  // Cheap pre-check: a quotation closing on a comma is continued by its attribution.
  if (text[q.close - 1] !== ',' && text[q.close + 1] !== ',') return undefined;
  if (!/^[\s,]*$/.test(text.slice(q.close + 1, tail.end))) return undefined;
  const next = d.doc.sentences[sentenceAt(d.doc, tail.end - 1) + 1];
  // The text keeps each line as a paragraph: a next line opening on a lower-case speech verb continues the sentence.
  if (!next || !/^\p{Ll}/u.test(text.slice(next.start, next.start + 1))) return undefined;
  return speechCues(d, next.start, Math.min(next.end, next.start + 12)).some((c) => c.start === next.start) ? next.end : undefined;
}

// A coordinated clause: "..., while X told", "...; Y said", "..., but Z wrote".
const CLAUSE_BREAK = /(?:[,;]\s+(?:while|whereas|but|and)|;)\s+/giu;

/**
 * Where the clause governing a quotation starts: after the last clause break
 * before it that opens a clause of its own (an actor, then a speech verb), so
 * a second speaker in the sentence is not read as the first one's words.
 */
function governingClause(d: Discourse, from: number, open: number): number {
  const text = d.doc.text;
  const part = text.slice(from, open);
  // Cheap pre-check: no comma or semicolon, no second clause.
  if (!part.includes(',') && !part.includes(';')) return from;
  let start = from;
  for (const m of part.matchAll(CLAUSE_BREAK)) {
    const at = from + m.index + m[0].length;
    if (d.inQuote(at)) continue;
    const cue = speechCues(d, at, open)[0];
    if (cue && d.actorsIn(at, cue.start).some((r) => !d.inQuote(r.start))) start = at;
  }
  return start;
}

// A sentence ending in a colon that names a statement: "The following is a translation of the statement:", "It read:".
const STATEMENT_INTRO = /\b(?:statement|communiqu[eé]|announcement|message|post|speech|address)\b[^.!?]*:\s*$/iu;

/**
 * The issuer of the statement that the words before a quotation introduce
 * with a colon, in its own sentence or in the sentence before (the
 * quotation opening a paragraph of its own).
 */
function statementIntro(d: Discourse, head: Span, open: number): string | null {
  const text = d.doc.text;
  let intro: Span = { start: head.start, end: open };
  if (/^[\s"“”'‘’]*$/.test(text.slice(head.start, open))) {
    const prev = d.doc.sentences[sentenceAt(d.doc, head.start) - 1];
    if (!prev) return null;
    intro = { start: prev.start, end: prev.end };
  }
  if (!STATEMENT_INTRO.test(text.slice(intro.start, intro.end).replace(/["“”'‘’\s]+$/u, ''))) return null;
  return statementIssuer(d, { start: intro.end, end: intro.end }, true, false);
}

// Before a clause's first actor: nothing, or a short opening phrase and its comma ("Later, ", "On Friday, ").
const CLAUSE_OPENING = /^\s*(?:[\p{L}]+(?:\s+[\p{L}]+){0,3},\s*)?(?:the\s+)?$/iu;

/** The subject opening the clause that a colon right before the quotation closes, when it is a person or a group. */
function colonClauseSubject(d: Discourse, from: number, open: number): Referent | null {
  const text = d.doc.text;
  const colon = text.lastIndexOf(':', open);
  if (colon < from || !/^\s*$/.test(text.slice(colon + 1, open)) || d.quotes.some((x) => x.start >= from && x.end <= colon)) return null;
  const first = d.actorsIn(from, colon).find((r) => !d.inQuote(r.start));
  if (!first || first.type === 'state' || !CLAUSE_OPENING.test(text.slice(from, first.start))) return null;
  return sentenceSubject(d, from, colon);
}

/**
 * The actor opening the clause in [from, to): its first actor, or the person
 * that actor only qualifies ("US President Donald Trump").
 */
function sentenceSubject(d: Discourse, from: number, to: number): Referent | null {
  const actors = d.actorsIn(from, to).filter((r) => !d.inQuote(r.start));
  const first = actors[0];
  if (!first) return null;
  const next = actors[1];
  if (first.type !== 'person' && next?.type === 'person' && /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(d.doc.text.slice(first.end, next.start))) return next;
  return first;
}

function previousSpeaker(d: Discourse, head: Span): Referent | null {
  const i = sentenceAt(d.doc, head.start);
  const own = reportedSpeaker(d, { start: head.start, end: d.quotes.find((x) => x.start >= head.start)?.open ?? head.end });
  if (own) return own;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const s = d.doc.sentences[j];
    if (!s) break;
    // '"...," a senior official told reporters.' before: the words after it are no named speaker's either.
    const last = d.doc.quotes.filter((x) => x.sentence === j).pop();
    if (last && last.provenance.rule === 'rule:unnamed-source') return null;
    const who = reportedSpeaker(d, s);
    if (who) return who;
    if (!d.quotes.some((x) => x.start < s.end && x.end > s.start)) break;
  }
  return null;
}
