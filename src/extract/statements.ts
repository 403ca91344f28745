/**
 * Statements: threats, vows, claims, accusations, denials, demands,
 * warnings, declarations of support and offers of cooperation, each with
 * its actor, target and date. Two sources:
 *  - the reporting verb itself ("X threatened Y", "X accused Y of"): the
 *    actor is its subject;
 *  - what was said: cue words inside a quotation (actor: its speaker) or
 *    in a clause reported by a speech verb ("X said that ... will avenge").
 * A quotation that only restates what the sentence before already reported
 * for the same actor adds nothing; the same declaration repeated in one
 * document is logged once.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Sentence, Statement } from '../core/types.js';
import { DocDates } from './dating.js';
import { Discourse, sentenceAt, type Referent } from './discourse.js';
import type { ExtractKnowledge, StatementCue } from './lexicons.js';
import type { PhraseHit } from './phrase-matcher.js';
import { claimedActions } from './statements-claims.js';
import { deadlineIn, meansIn } from './threat-details.js';
import { dateByNewsDay, dateByRelease, dateBySpeaker } from './statement-dates.js';
import { TargetReader, type ActorFacts } from './statement-targets.js';
import { speakerOfCue, unnamedSourceBody } from './quotes.js';
import type { SourceRegistry } from '../ingest/sources.js';
import { hitsIn } from './range-cues.js';
import { ownVoice, releasedBy } from './statement-voice.js';
import { isReportedDeclaration, reportedDeclarations, type SpeechReader } from './statements-reported.js';

// A reporting verb right after these is passive: "was blamed on", "were accused of".
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i;

// "It is not the first time that X blames ...": the writer recalls a habit, not one declaration.
const HABIT_BEFORE = /\bnot\s+the\s+first\s+time\b/i;

// A verb coordinated with the one before it: "... and called for", "..., and also urged".
const AND_BEFORE = /\band\s+(?:also\s+|then\s+|later\s+)?$/i;

const SUBJECT_THREATENED = /\b(?:pay|face|regret|be|surprised|safe|targets?|punishment)\b/i;
// "the enemy failed to achieve its goals": a claim of the other side's failure aims at that side.
const SUBJECT_DEFEATED = /\b(?:failed|defeated)\b/i;

const AIM = /\b(?:against|on|at|targeting)\s+(?:the\s+)?$/i;
const AIM_OR_AGENT = /\b(?:against|on|at|targeting|by)\s+(?:the\s+)?$/i;

// Kinds whose target an epithet later in the sentence names.
const EPITHET_AIMED = new Set(['threat', 'vow', 'warning', 'accusation']);

/** How far after a cue its target may be named. */
const TARGET_WINDOW = 70;

// A content cue opening with a modal of obligation ("must leave", "should set"): its subject is the one asked.
const OBLIGATION = /^(?:must|should|has|have)\b/i;

export const statementStage: Stage<{ extract: ExtractKnowledge; actors?: ActorFacts; sources?: SourceRegistry }> = {
  name: 'statements',
  run(doc, knowledge) {
    const cues = knowledge.extract.cuesFor(doc.meta.language);
    const d = Discourse.of(doc, cues);
    const dates = new DocDates(doc, cues);
    const facts = knowledge.actors ?? null;
    // A government's press release, or a group's own communiqué ("we in the X movement").
    const released = knowledge.sources && facts ? releasedBy(doc, knowledge.sources, facts) : null;
    const voice = released ? null : ownVoice(d);
    const issuer = released ?? voice;
    const found: Statement[] = [];
    // Where each statement's cue stands (by index in `found`), for telling which reporting verb governs which words.
    const cueAt = new Map<number, number>();
    doc.sentences.forEach((s, i) => {
      const seen = new Set<string>();
      const hits = [...hitsIn(doc, cues.statements, s.start, s.end), ...conditionalThreats(doc.text, s)].sort((a, b) => a.start - b.start);
      for (const h of hits) {
        // "was blamed on X", "is accused of": a passive reporting verb names no speaker.
        if (h.value.where === 'report' && PASSIVE_BEFORE.test(doc.text.slice(Math.max(s.start, h.start - 12), h.start))) continue;
        if (HABIT_BEFORE.test(doc.text.slice(s.start, h.start))) continue;
        const quote = doc.quotes.find((q) => h.start >= q.start && h.start < q.end);
        let actor: string | null;
        let date: string | null;
        let byIssuer = false;
        const span = { start: s.start, end: s.end };
        if (quote) {
          // Inside a quotation only what is said counts ("we will strike"), not reporting words.
          if (h.value.where !== 'content') continue;
          // "..., a Hezbollah official said": no speaker to log, but the body they speak for declares it.
          actor = quote.speaker ?? (quote.provenance.rule === 'rule:unnamed-source' && quote.cue ? unnamedSource(d, quote.cue) : null);
          const said = quote.cue ? sentenceAt(doc, quote.cue.start) : quote.sentence;
          date = dates.at(said, quote.cue?.start ?? quote.start);
        } else {
          // In a reported clause ("X said it will hold Y responsible") the speaker is the actor.
          // A pronoun subject after a speech verb ("Kaabi said it will hold ...") stands for the speaker.
          // "X said ..., warning that": a participle after a comma is said by the sentence's speaker.
          const participle = h.value.where === 'report' && isParticiple(doc.text, s.start, h) ? speakerBefore(d, s, h.start) : null;
          const subject = h.value.where === 'report' ? d.subjectBefore(s.start, h.start) : null;
          const who = participle ?? (subject && subject.via !== 'reference' ? subject : speakerBefore(d, s, h.start) ?? subject ?? speakerAfter(d, s, h.end)
            ?? (h.value.where === 'report' ? titledPossessor(d, s, h.start) ?? unnamedSourceBody(d, s.start, h.start) : null));
          // A government's press statement speaks in its own voice where no one else is said to speak.
          byIssuer = !who && !!issuer && !speaks(d, s);
          // "X condemned the attack and called for restraint": a second reporting verb shares the first one's subject.
          const shared = !who && h.value.where === 'report' && AND_BEFORE.test(doc.text.slice(Math.max(s.start, h.start - 20), h.start))
            ? found.filter((f) => f.sentence === i && f.quote === null && f.provenance.rule.endsWith('/report')).pop() : undefined;
          if (shared) byIssuer = false;
          actor = who?.entityId ?? shared?.actor ?? (byIssuer ? issuer : null);
          // What a statement says in its own voice is said the day it is issued, unless the sentence dates it.
          // A group's communiqué is dated by its issue: the dates it gives are those of what it speaks of.
          date = byIssuer && (voice || !dates.hitsOf(i).some((x) => x.date !== null)) ? doc.meta.published : dates.at(i, h.start);
        }
        if (!actor) continue;
        const key = `${h.value.kind}|${actor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const targets = new TargetReader(d, actor, h.value.kind, facts);
        const window = h.value.kind === 'support' || h.value.kind === 'cooperation' ? 35 : TARGET_WINDOW;
        // A cue with a gap ("hold * responsible") may name its target inside the gap.
        const firstWord = /^\S+/.exec(doc.text.slice(h.start, h.end))?.[0].length ?? 0;
        const cueText = doc.text.slice(h.start, h.end);
        // "Washington will pay", "the occupiers will not be safe": the clause subject is the one threatened;
        // "the occupiers must leave": the one asked.
        const subjectThreatened = h.value.kind === 'threat' && SUBJECT_THREATENED.test(cueText);
        const subjectAsked = h.value.kind === 'demand' && OBLIGATION.test(cueText);
        const subjectDefeated = h.value.kind === 'claim' && SUBJECT_DEFEATED.test(cueText);
        // "confirmed that X was killed" states a fact: it aims at no one.
        // "in response to attacks on X": X was the victim of what the claimed action answers.
        // "must leave Iraq": the country left is no target; the one asked to leave is.
        const aimless = (h.value.kind === 'other' && h.value.where === 'report') || /^in\s+(?:response|retaliation)\b/i.test(cueText);
        const leaving = subjectAsked && /\b(?:leave|withdraw|go|get\s+out|exit|depart)$/i.test(cueText);
        const target = aimless ? null : (h.value.where === 'content' ? targetInClause(d, targets, s, h.start, h.value.kind === 'accusation' || subjectThreatened || subjectAsked || subjectDefeated, subjectThreatened, h.value.kind === 'threat') : null)
          ?? (leaving ? null : targets.after(h.start + firstWord, Math.min(span.end, h.end + window)))
          // "we will take revenge, and the enemy will not know security": what a hostile declaration calls
          // its adversary ("the enemy", "the American presence") names its target wherever the sentence says it.
          ?? (aimless || !EPITHET_AIMED.has(h.value.kind) ? null : targets.adversaryIn(h.end, span.end) ?? targets.adversaryIn(span.start, h.start));
        const sentenceText = doc.text.slice(span.start, span.end);
        cueAt.set(found.length, h.start);
        found.push({
          kind: h.value.kind, actor, target: target?.entityId ?? null, date,
          text: sentenceText.trim(), start: span.start, end: span.end,
          means: meansIn(doc, span.start, span.end, h.start, cues.means), condition: conditionIn(sentenceText),
          deadline: deadlineIn(sentenceText, dates.hitsOf(i), span.start, date),
          quote: quote ? doc.quotes.indexOf(quote) : null, sentence: i,
          provenance: { rule: `lexicon:statements/${h.value.kind}/${h.value.where}${byIssuer ? '/issuer' : ''}`, confidence: quote ? 0.7 : byIssuer ? 0.5 : 0.6 },
        });
      }
    });
    const cueOf = new Map<Statement, number>();
    found.forEach((st, k) => cueOf.set(st, cueAt.get(k) ?? st.start));
    found.push(...claimedActions(d, dates, found, facts));
    // Declarations no cue typed, in the sentences that have no statement yet.
    found.push(...reportedDeclarations(d, dates, found, englishReader(d), facts));
    found.sort((a, b) => a.start - b.start);
    dateByRelease(doc, found, dates, issuer, facts);
    dateBySpeaker(doc, found, dates);
    dateByNewsDay(doc, found, dates);
    doc.statements.push(...dropRepeats(doc, found, dates, cueOf));
  },
};

/** Whether a speech verb stands in the sentence (not a word of a name: "the United States"). */
function speaks(d: Discourse, s: Sentence): boolean {
  const names = d.refsFrom(s.start, s.end);
  return hitsIn(d.doc, d.cues.speech, s.start, s.end).some((c) => !names.some((r) => r.start <= c.start && r.end >= c.end));
}

/** ", adding", ", stressing that": a verb's -ing form opening a clause after a comma. */
function isParticiple(text: string, lo: number, cue: { start: number; end: number }): boolean {
  return /^\S+ing\b/i.test(text.slice(cue.start, cue.end)) && /,\s*$/.test(text.slice(Math.max(lo, cue.start - 3), cue.start));
}

/** The speaker of a clause reported by a speech verb before `pos`. */
function speakerBefore(d: Discourse, s: Sentence, pos: number): Referent | null {
  const names = d.refsFrom(s.start, pos);
  const speech = hitsIn(d.doc, d.cues.speech, s.start, pos).filter((c) => !d.inQuote(c.start) && !names.some((r) => r.start <= c.start && r.end >= c.end));
  // The nearest speech verb governs the clause ("Although ISIS claimed ..., Kaabi said it will ..."),
  // unless it is a participle ("X said ..., stressing that ..."): that one is said by the verb before it.
  for (let k = speech.length - 1; k >= 0; k--) {
    const cue = speech[k]!;
    if (k > 0 && isParticiple(d.doc.text, s.start, cue)) continue;
    // "X was quoted as saying ...": the subject of the passive (outside any quotation), else the person last named.
    const who = cue.value === 'passive' ? passiveSpeaker(d, s, cue.start) : titledPossessor(d, s, cue.start) ?? speakerOfCue(d, cue, s.start, pos);
    if (who) return who;
  }
  return null;
}

// Between a possessor and the verb: a title it holds ("Israel's defense minister", "Iran's mission to the UN").
const TITLED_GAP = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|ministry|spokesman|spokeswoman|spokesperson|officials?|leader|commander|chief|head|president|ambassador|envoy|secretary|adviser|advisor|mission|army|military|forces|delegation|representative|wing|arm|presidency|government|cabinet|office|embassy|command)(?:\s+to\s+the\s+\S+)?\s+(?:(?:also|later|then|has|had|have)\s+)?$/iu;

/**
 * "Israel's defense minister threatened ...": an unnamed office holder speaks
 * for the state or group that possesses the title (GOLD: the institution or
 * state when no person is named).
 */
function titledPossessor(d: Discourse, s: Sentence, pos: number): Referent | null {
  const refs = d.refsFrom(Math.max(s.start, pos - 80), pos).filter((r) => r.end <= pos && r.type !== 'facility');
  const r = refs[refs.length - 1];
  if (!r || r.type === 'person' || d.inQuote(r.start)) return null;
  const gap = d.doc.text.slice(r.end, pos);
  // A region governs itself through a body: "the Kurdistan Region's presidency" speaks for the region.
  return TITLED_GAP.test(gap) && (r.type !== 'location' || GOVERNING_GAP.test(gap)) ? r : null;
}

const GOVERNING_GAP = /^['’]s?\s+(?:regional\s+)?(?:presidency|government|cabinet|prime\s+minister|president|interior\s+ministry|foreign\s+ministry)\b/i;

/** The body an unnamed source speaks for, named around the cue of the quotation ("..., a Houthi official told AFP"). */
function unnamedSource(d: Discourse, cue: { start: number; end: number }): string | null {
  const s = d.doc.sentences[sentenceAt(d.doc, cue.start)];
  if (!s) return null;
  return (unnamedSourceBody(d, s.start, cue.start) ?? unnamedSourceBody(d, cue.end, Math.min(s.end, cue.end + 80)))?.entityId ?? null;
}

/** "The US was not involved ..., State Department spokesman Matthew Miller said": an attribution closing the sentence. */
function speakerAfter(d: Discourse, s: Sentence, pos: number): Referent | null {
  const text = d.doc.text;
  for (const cue of hitsIn(d.doc, d.cues.speech, pos, s.end)) {
    if (cue.value !== 'either' || d.inQuote(cue.start)) continue;
    // Only a closing attribution: a comma opens it and nothing but the speaker and the verb follow.
    const comma = text.lastIndexOf(',', cue.start);
    if (comma < pos || !/^[^,;]{0,80}$/.test(text.slice(comma + 1, cue.start))) continue;
    // ", saying the region ...": a participle's object is what was said, never its speaker.
    const participle = /ing$/i.test(text.slice(cue.start, cue.end));
    const who = d.actorsIn(comma + 1, cue.start).pop() ?? (participle ? null : d.objectAfter(cue.end, Math.min(s.end, cue.end + 60)));
    if (who) return who;
  }
  return null;
}

function passiveSpeaker(d: Discourse, s: Sentence, at: number): Referent | null {
  const subject = d.subjectBefore(s.start, at);
  if (subject) return subject;
  const person = d.lastPersonBefore(at);
  return person ? { start: at, end: at, entityId: person, type: 'person', via: 'reference' } : null;
}

/**
 * In reported or quoted words the target often comes first: "US forces
 * threaten civil peace", "operations against US forces will not stop".
 * The first actor of the clause (after "that" or the quotation mark) that is
 * not the speaker's side and not a possessive.
 */
function targetInClause(d: Discourse, targets: TargetReader, s: Sentence, pos: number, subjectIsTarget: boolean, places: boolean, threat: boolean): Referent | null {
  const text = d.doc.text;
  const head = text.slice(s.start, pos);
  const m = /.*\bthat\b/s.exec(head) ?? /.*["“”:]/s.exec(head);
  const from = m ? s.start + m[0].length : s.start;
  for (const r of targets.candidates(from, pos, { places })) {
    if (/^['’]s?\b/.test(text.slice(r.end, r.end + 2))) continue;
    // An accusation's clause subject is the accused ("US forces violate ..."); otherwise only
    // what the clause aims at counts ("operations against US forces will not stop").
    // A threat also aims at whoever did the deed it answers ("the killing of X by the occupation will not go unpunished").
    const aim = threat ? AIM_OR_AGENT : AIM;
    if (subjectIsTarget || aim.test(text.slice(Math.max(from, r.start - 15), r.start))) return r;
  }
  return null;
}

/**
 * "If the occupation continues its aggression, we will ...": a conditional whose
 * main clause says what the speaker's side will do is a threat, whatever the verb.
 */
const CONDITIONAL = /\b(?:if|should)\s+[^.;!?"“”]{3,160}?,\s*(?:then\s+)?(?:we|our\s+[\p{L}]+|the\s+resistance|they|it)\s+(?:will|would|shall)\b/giu;

// Words every conditional holds: a sentence without them is not searched.
const CONDITIONAL_WORD = /if|should/iu;

function conditionalThreats(text: string, s: Sentence): Array<PhraseHit<StatementCue>> {
  const out: Array<PhraseHit<StatementCue>> = [];
  const slice = text.slice(s.start, s.end);
  if (!slice.includes(',') || !CONDITIONAL_WORD.test(slice)) return out;
  CONDITIONAL.lastIndex = 0;
  for (let m = CONDITIONAL.exec(slice); m; m = CONDITIONAL.exec(slice)) {
    const verb = s.start + m.index + m[0].length;
    // The hit sits on the main clause's modal, where its target is looked for.
    out.push({ start: verb - /\S+$/.exec(m[0])![0].length, end: verb, value: { kind: 'threat', where: 'content', gap: false } });
  }
  return out;
}

/** "if the occupation does not withdraw ...": the condition a threat sets. */
function conditionIn(text: string): string | null {
  const m = /\b(?:if|unless|until)\s+[^,.;"“”]{4,120}/i.exec(text);
  return m ? m[0].trim() : null;
}

function compatible(a: string | null, b: string | null): boolean {
  return a === b || (!!a && !!b && (a.startsWith(b) || b.startsWith(a)));
}

function dropRepeats(doc: Doc, found: Statement[], dates: DocDates, cues: ReadonlyMap<Statement, number>): Statement[] {
  const at = (st: Statement): number => cues.get(st) ?? st.start;
  const out: Statement[] = [];
  for (const st of found) {
    // A declaration of no particular kind ("confirmed that ...") adds nothing where the sentence says more.
    if (st.kind === 'other' && found.some((o) => o !== st && o.kind !== 'other' && o.sentence === st.sentence && o.actor === st.actor)) continue;
    // "X warned that Israel would strike": the reporting verb names the statement; the content cue it
    // governs is the same declaration, not a second one. A reporting verb after the words ("X said the
    // coalition must leave, warning that ...") governs the words after it only.
    if (st.provenance.rule.endsWith('/content') && st.quote === null
      && found.some((o) => o !== st && o.sentence === st.sentence && o.actor === st.actor && o.provenance.rule.endsWith('/report') && at(o) <= at(st))) continue;
    // The same declaration reported again later, without a date of its own.
    const undated = dates.hitsOf(st.sentence).every((h) => h.date === null);
    if (st.quote === null && undated && !st.provenance.rule.endsWith('/issuer') && !isReportedDeclaration(st) && out.some((o) => o.quote === null && o.kind === st.kind && o.actor === st.actor && o.target === st.target && compatible(o.date, st.date))) continue;
    // A quotation restating what its attribution sentence reported for the same actor (or, for a
    // quotation that only continues the sentence before, what that sentence reported).
    const q = st.quote !== null ? doc.quotes[st.quote] : undefined;
    if (q) {
      const qs = q.cue ? sentenceAt(doc, q.cue.start) : q.sentence;
      const from = q.provenance.rule === 'rule:continues-previous' ? qs - 1 : qs;
      if (found.some((o) => o.quote === null && o.actor === st.actor && o.sentence >= from && o.sentence <= qs && o.kind === st.kind)) continue;
    }
    out.push(st);
  }
  return out;
}

// After a speech verb, a reported clause: "that ...", or a subject and its finite verb ("said the strike was ...",
// "announced it would ..."), not a noun phrase ("announced the creation of", "said the same thing").
const CLAUSE_AFTER = /^\s*(?:(?:in|on|at|during|after|before|to)\s+[^,;]{1,40}?\s+)?that\b|^(?:\s+[\p{L}'’-]+){1,8}?\s+(?:is|are|was|were|has|have|had|will|would|could|should|must|can|cannot|may|might|did|does|do)\b/iu;
// After "told": its object in up to four words, then "that".
const TOLD_THAT = /^\s+(?:[\p{L}'’.-]+\s+){1,4}?that\b/u;
// The verb closes the sentence after a comma ("..., the ministry said on Monday."): the words before are what was said.
// ... and a clause of five words or more stands before the comma that opens the attribution ("In Tehran, X declared ..." is no such clause).
const CLOSING_BEFORE = /^\s*(?:[^\s,]+\s+){4,}[^,]*,[^,]{1,80}$/u;
const CLOSING_AFTER = /^(?:\s+[\p{L}\p{N}'’-]+){0,6}\s*[.!]?["”’]?\s*$/u;

/**
 * Who speaks by an English speech verb, for the reported-speech fallback:
 * the subject of a verb that reports a clause after it ("X told reporters
 * that ..."), or of one closing the sentence ("..., X said"). "According
 * to" and "X's statement" attribute facts as often as declarations and are
 * left out.
 */
function englishReader(d: Discourse): SpeechReader {
  const text = d.doc.text;
  return {
    speaker: (cue, s) => speakerOfCue(d, cue, s.start, s.end, false) ?? unnamedSourceBody(d, s.start, cue.start),
    reports: (cue, s) => {
      if (cue.value !== 'either') return null;
      if (CLAUSE_AFTER.test(text.slice(cue.end, Math.min(s.end, cue.end + 120)))) return 'clause';
      // "told reporters that", "told Al Jazeera that": the one told, then the clause.
      if (/^(?:told|tells?)$/i.test(text.slice(cue.start, cue.end)) && TOLD_THAT.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return 'clause';
      return CLOSING_AFTER.test(text.slice(cue.end, s.end)) && CLOSING_BEFORE.test(text.slice(s.start, cue.start)) ? 'closing' : null;
    },
  };
}
