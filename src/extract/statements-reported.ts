/**
 * Declarations in reported speech that no statement cue typed. An analyst
 * logs nearly every declaration an actor makes in a text, not only those
 * worded as threats or accusations; so, for each sentence that has no
 * statement yet:
 *  - a quotation in it whose speaker the quotes stage resolved is that
 *    speaker's declaration ('"We will not leave," the minister said');
 *  - else a speech verb reporting a clause ("X said that ...", "X told
 *    reporters the ...") whose speaker is an actor is that actor's
 *    declaration.
 * Its kind is read from its words (statement-classify.ts). A declaration
 * none of whose words gives it a kind is not logged (a remark of no kind is
 * not what a threat log holds, and its quotation is among the record's
 * quotes anyway), unless it reports a deed: a speech-verb declaration of no
 * kind is kept as UNTYPED_DECLARATION until statement-reactions.ts, after
 * the events, reads it as a claim or an accusation, or drops it. Not logged: a
 * question, what a researcher, witness or journalist says (commentary, not an
 * actor's declaration), what someone did not say ("declined to say
 * whether"), and words whose speaker is a document or nobody named.
 */
import type { Sentence, Statement, StatementKind } from '../core/types.js';
import type { DocDates } from './dating.js';
import { sentenceAt, type Discourse, type Referent } from './discourse.js';
import type { SpeechPosition } from './lexicons.js';
import type { PhraseHit } from './phrase-matcher.js';
import { hitsIn } from './range-cues.js';
import { declarationKind, type KindReading } from './statement-classify.js';
import { TargetReader, type ActorFacts } from './statement-targets.js';

/** How one language reads who speaks by a speech verb. */
export interface SpeechReader {
  /** The actor speaking by `cue` in sentence `s`, or null. */
  speaker(cue: PhraseHit<SpeechPosition>, s: Sentence): Referent | null;
  /**
   * What the cue reports: a clause after it ("X said that ..."), the words
   * before it when it closes the sentence ("..., the army said"), or nothing
   * said (a noun after it: "announced the creation of").
   */
  reports(cue: PhraseHit<SpeechPosition>, s: Sentence): 'clause' | 'closing' | null;
}

/** The rule of a speech-verb declaration (statement-reactions.ts re-reads those that report a deed). */
export const PLAIN_DECLARATION = 'rule:plain-declaration';
const QUOTED_DECLARATION = 'rule:quoted-declaration';

/** A speech-verb declaration of no kind, kept only if statement-reactions.ts finds it reporting a deed. */
export const UNTYPED_DECLARATION = `${PLAIN_DECLARATION}/untyped`;

/** Whether a statement is one of this fallback's: each is its own sentence's declaration, never a repeat of another. */
export function isReportedDeclaration(st: Statement): boolean {
  return st.provenance.rule.startsWith(PLAIN_DECLARATION) || st.provenance.rule === QUOTED_DECLARATION;
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'armed_group', 'organization', 'state']);
// Kinds aimed at someone: the actor named after the deciding word is the target.
const AIMED: ReadonlySet<StatementKind> = new Set(['threat', 'vow', 'claim', 'warning', 'accusation', 'demand', 'support', 'cooperation', 'denial']);
// Kinds whose target an epithet later in the sentence names ("the enemy").
const EPITHET_AIMED: ReadonlySet<StatementKind> = new Set(['threat', 'warning', 'accusation']);
const TARGET_WINDOW = 70;

const COMMENTATOR_TITLES = 'researcher|analyst|expert|fellow|professor|scholar|academic|historian|resident|witness|eyewitness|journalist|correspondent|reporter|observer|commentator|author|lecturer';
// The same in Arabic, as a title before a name; the introduction of a speaker may also say a correspondent or witness.
const COMMENTATOR_TITLES_AR = 'الباحث|المحلل|الخبير|الكاتب|الصحفي';
const COMMENTATOR = new RegExp(`\\b(?:${COMMENTATOR_TITLES})s?\\b|(?:^|\\s)(?:${COMMENTATOR_TITLES_AR}|مراسل|شاهد|شهود)`, 'iu');
// The title right before a name ("analyst Michael Knights") or in apposition after it ("X, a researcher at ...").
const TITLE_BEFORE = new RegExp(`\\b(?:${COMMENTATOR_TITLES})\\s+$|(?:^|\\s)(?:${COMMENTATOR_TITLES_AR})\\s+$`, 'iu');
const TITLE_AFTER = new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${COMMENTATOR_TITLES})\\b|^،?\\s*(?:${COMMENTATOR_TITLES_AR})`, 'iu');
const NOT_SAID = /\b(?:not|never|declined\s+to|refused\s+to|would\s+not)\s+$|(?:^|\s)(?:لم|لن|رفض)\s+$/iu;
const QUESTION = /[?؟]["'”»’)\s]*$/u;
// A wire report's opening: "BEIRUT, Sept 18 (Reuters) -", "BAGHDAD (AP) —": the writer's summary, not a declaration.
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s.'’-]{2,40}(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*\([^)]{1,30}\)\s*[-–—]/u;
// Officials who speak anonymously pass on facts of the story, not their side's declarations.
const ANONYMOUS = /\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|speaking\s+anonymously|requested\s+anonymity|asked\s+not\s+to\s+be\s+(?:named|identified))\b|شريطة عدم (?:الكشف|ذكر)|طلب عدم (?:الكشف|ذكر)/iu;
// A health, medical or rescue body counts the dead and wounded: a toll, not a declaration.
const TOLL_KEEPER = /\b(?:health|medical|hospital|rescue|civil\s+defen[cs]e|paramedics?|red\s+cross|red\s+crescent)\b|(?:^|\s)(?:[وب]?ال)?(?:صحة|صحية|الإسعاف|إسعاف|الدفاع المدني|مستشفى|المستشفى)/iu;
// "had said", "had earlier announced", "وكانت ... قد أعلنت": what was said before the story, recalled as background.
const BACKGROUND_BEFORE = /\bhad\s+(?:\w+ly\s+|earlier\s+|long\s+|also\s+)?$|(?:^|\s)قد\s+$/iu;

export function reportedDeclarations(d: Discourse, dates: DocDates, found: readonly Statement[], reader: SpeechReader, facts: ActorFacts | null): Statement[] {
  const doc = d.doc;
  const out: Statement[] = [];
  const taken = new Set(found.map((f) => f.sentence));
  doc.sentences.forEach((s, i) => {
    if (taken.has(i)) return;
    const text = doc.text.slice(s.start, s.end);
    if (QUESTION.test(text) || DATELINE.test(text) || ANONYMOUS.test(text)) return;
    const said = quoted(d, s) ?? spoken(d, s, reader);
    if (!said) return;
    const reading = declarationKind(d, said.from, said.to);
    // No word of any kind: a remark, or a source for the facts ("The drone was not intercepted, the army said").
    // Only a speech verb's clause stays, untyped, for statement-reactions.ts to read as the deed it may report.
    if (!reading && (said.quote !== null || said.closing)) return;
    out.push({
      kind: reading?.kind ?? 'other', actor: said.actor, target: reading ? target(d, said, reading, facts)?.entityId ?? null : null, date: said.date(dates),
      text: text.trim(), start: s.start, end: s.end,
      means: null, condition: null, deadline: null, quote: said.quote, sentence: i,
      provenance: { rule: said.quote !== null ? QUOTED_DECLARATION : reading ? PLAIN_DECLARATION : UNTYPED_DECLARATION, confidence: reading ? 0.4 : 0.3 },
    });
  });
  return out;
}

/** Whom a typed declaration is aimed at, read around its deciding word. */
function target(d: Discourse, said: Said, reading: KindReading, facts: ActorFacts | null): Referent | null {
  const { kind, at } = reading;
  if (kind === 'accusation') {
    // "the militias exploited the banks": the accused is the subject of the declared clause, before the word.
    return new TargetReader(d, said.actor, kind, facts).candidates(said.words, at.start)
      .find((r) => r.start >= said.words && !/^['’]s?\b/.test(d.doc.text.slice(r.end, r.end + 2))) ?? null;
  }
  if (!AIMED.has(kind)) return null;
  const targets = new TargetReader(d, said.actor, kind, facts);
  return targets.after(at.start, Math.min(said.to, at.end + TARGET_WINDOW))
    ?? (EPITHET_AIMED.has(kind) ? targets.adversaryIn(at.end, said.to) : null);
}

interface Said {
  actor: string;
  /** The sentence read for the kind. */
  from: number;
  to: number;
  /** Where the declared words begin: the quotation's start, after the speech verb, or the sentence's start. */
  words: number;
  quote: number | null;
  /** Attributed by a verb closing the sentence ("..., the army said"): a source for the facts before it unless its words declare something. */
  closing: boolean;
  date(dates: DocDates): string | null;
}

/** A quotation in the sentence whose speaker is an actor. */
function quoted(d: Discourse, s: Sentence): Said | null {
  const doc = d.doc;
  // Only a quotation attributed in this sentence: one carried on from the speaker of the sentences before
  // (a run of quoted sentences) is the same declaration as theirs.
  const k = doc.quotes.findIndex((q, j) => q.speaker !== null && q.start < s.end && q.end > s.start && isActor(d, q.speaker)
    && (q.cue !== null ? q.cue.start >= s.start && q.cue.start < s.end && !possessiveCue(d, q.cue) : q.provenance.rule !== 'rule:continues-previous')
    // The same words quoted again (a tweet quoted, then described) are one declaration, logged where first quoted.
    && !doc.quotes.slice(0, j).some((o) => o.speaker === q.speaker && sameWords(o.text, q.text)));
  const q = doc.quotes[k];
  // A researcher's quoted reading of events is commentary, as in spoken() below.
  if (!q?.speaker || keepsTolls(d, q.speaker) || commentator(d, q.speaker)) return null;
  const cueSentence = q.cue ? sentenceAt(doc, q.cue.start) : q.sentence;
  return {
    // The whole sentence is read: its reporting verb ("claimed", "scoffed") tells as much as the quoted words.
    actor: q.speaker, from: s.start, to: s.end, words: Math.max(s.start, q.start), quote: k, closing: false,
    date: (dates) => dates.at(cueSentence, q.cue?.start ?? q.start),
  };
}

/** A speech verb outside quotations that reports a clause, and its speaker. */
function spoken(d: Discourse, s: Sentence, reader: SpeechReader): Said | null {
  const doc = d.doc;
  const names = d.refsFrom(s.start, s.end);
  for (const cue of hitsIn(doc, d.cues.speech, s.start, s.end)) {
    if (cue.value === 'passive' || cue.value === 'possessive' || d.inQuote(cue.start)) continue;
    // A word of a name ("the United States") is no verb.
    if (names.some((r) => r.start <= cue.start && r.end >= cue.end)) continue;
    const before = doc.text.slice(Math.max(s.start, cue.start - 20), cue.start);
    if (NOT_SAID.test(before) || BACKGROUND_BEFORE.test(before)) continue;
    const reported = reader.reports(cue, s);
    if (!reported) continue;
    const who = reader.speaker(cue, s);
    if (!who || !ACTOR_TYPES.has(who.type)) continue;
    // "It says ...": a bare "it" is too loosely resolved to log a declaration on its own.
    if (who.via === 'reference' && /^it$/i.test(doc.text.slice(who.start, who.end))) continue;
    // A researcher's or a witness's reading of events is commentary, not an actor's declaration.
    const introduced = doc.text.slice(Math.max(s.start, Math.min(who.start, cue.start) - 40), Math.max(who.end, cue.start));
    if (TOLL_KEEPER.test(introduced) || keepsTolls(d, who.entityId)) continue;
    if (COMMENTATOR.test(introduced)) continue;
    return { actor: who.entityId, from: s.start, to: s.end, words: reported === 'closing' ? s.start : cue.end, quote: null, closing: reported === 'closing', date: (dates) => dates.at(sentenceAt(doc, cue.start), cue.start) };
  }
  return null;
}

/** Whether the text names the actor by a health, medical or rescue title ("Health Minister X"): its words report tolls. */
function keepsTolls(d: Discourse, id: string): boolean {
  const text = d.doc.text;
  return d.refs.some((r) => r.entityId === id && r.via === 'name' && TOLL_KEEPER.test(text.slice(Math.max(0, r.start - 30), r.start)));
}

/** Whether the text names the actor with a researcher's, analyst's or witness's title: its words are commentary. */
function commentator(d: Discourse, id: string): boolean {
  const text = d.doc.text;
  return d.refs.some((r) => r.entityId === id && r.via === 'name'
    && (TITLE_BEFORE.test(text.slice(Math.max(0, r.start - 30), r.start)) || TITLE_AFTER.test(text.slice(r.end, r.end + 60))));
}

/** "X's claim that ...", "his remarks": the writer discussing a declaration, not reporting one. */
function possessiveCue(d: Discourse, cue: { start: number; end: number }): boolean {
  return hitsIn(d.doc, d.cues.speech, cue.start, cue.end).some((h) => h.start === cue.start && h.value === 'possessive');
}

function sameWords(a: string, b: string): boolean {
  const fold = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

function isActor(d: Discourse, id: string): boolean {
  const t = d.typeOf(id);
  return t === undefined || ACTOR_TYPES.has(t);
}
