/**
 * Statements in Arabic text, from the Arabic cues of the statements lexicon:
 *  - a reporting verb ("هددت كتائب حزب الله القوات الأمريكية", "نفت
 *    الحكومة ..."): the actor is its subject, usually named right after
 *    it; a participle after a comma ("..., متهمة الحركة بـ") takes the
 *    sentence's subject;
 *  - words of what was said ("سنستهدف", "لا هدنة"): inside a quotation the
 *    actor is its speaker; in a clause reported by a speech verb
 *    ("وقالت الحركة إنها ستواصل ...") the speaker of that verb.
 * The target is what the cue is aimed at; dates come from the shared dater.
 */
import type { Doc, Statement } from '../core/types.js';
import { DocDates } from './dating.js';
import { Discourse, sentenceAt, type Referent } from './discourse.js';
import type { LanguageCues } from './lexicons.js';
import { ArabicSpeakers } from './quotes-arabic.js';
import { TargetReader, type ActorFacts } from './statement-targets.js';
import { dateByNewsDay, dateByRelease, dateBySpeaker } from './statement-dates.js';
import { ownVoice, releasedBy } from './statement-voice.js';
import type { SourceRegistry } from '../ingest/sources.js';
import { isReportedDeclaration, reportedDeclarations, type SpeechReader } from './statements-reported.js';

// After a speech verb, what was said: a clause opened by إن/أن, a colon or a quotation mark.
const SAID_AFTER = /(?:^|\s)[وف]?(?:إن|أن|بأن)[هاكمينا]*(?:\s|$)|[:«"“]/u;

/**
 * Who speaks by an Arabic speech verb, for the reported-speech fallback: the
 * verb's subject when what follows is said ("وقال المتحدث إن ..."), the
 * one named after "بحسب", or the group whose own statement the text is.
 */
function arabicReader(sp: ArabicSpeakers): SpeechReader {
  const text = sp.d.doc.text;
  return {
    speaker: (cue, s) => sp.speakerOf(cue, s.start, s.end),
    reports: (cue, s) => (cue.value === 'after' || cue.value === 'self' || SAID_AFTER.test(text.slice(cue.end, Math.min(s.end, cue.end + 120))) ? 'clause' : null),
  };
}

/** How far after a cue (or its subject) its target may be named. */
const TARGET_WINDOW = 80;
// Where what is said begins inside a sentence: after إن/أن, a colon or an opening mark.
const SAID_STARTS = /^.*(?:(?:^|\s)[وف]?(?:إن|أن|بأن)[هاكمينا]*\s|[:«"“])/su;
// The conditions a threat sets: "إذا لم تنسحب ..."، "ما لم ..."، "في حال ...".
const CONDITION = /(?:^|\s)(?:إذا|إذ|إن لم|ما لم|ما دام|ما دامت|في حال|حتى)\s+[^،,.؛;«»"“”]{4,120}/u;

// Before a name: the one killed, mourned or avenged ("اغتيال الشهيد ...", "دماء ..."), not the one aimed at.
const VICTIM_BEFORE = /(?:^|\s)[وفبل]?(?:اغتيال|استشهاد|مقتل|دماء|دم|روح|أرواح|الشهيد|الشهداء|الشهيدين|القائد الشهيد)(?:\s+(?:الشهيد|القائد|الحاج|الشيخ|أبو|أبي|أم))*\s+$/u;

/** Whether the words before `r` make it the one killed or avenged: those words are not part of a name ("كتائب سيد الشهداء"). */
function isVictim(d: Discourse, r: Referent): boolean {
  const lo = Math.max(0, r.start - 30);
  const m = VICTIM_BEFORE.exec(d.doc.text.slice(lo, r.start));
  if (!m) return false;
  const at = lo + m.index;
  return !d.refsFrom(Math.max(0, at - 60), r.start).some((x) => x.start < r.start && x.end > at);
}

function firstWordEnd(text: string, start: number, end: number): number {
  return start + (/^\S+/u.exec(text.slice(start, end))?.[0].length ?? 0);
}

/** The actor and the groups it leads, speaks for or belongs to: never its own target. */
function ownSide(doc: Doc, actor: string): Set<string> {
  const side = new Set([actor]);
  for (const r of doc.relations) if (r.subject === actor && (r.predicate === 'leads' || r.predicate === 'spokesperson_of' || r.predicate === 'member_of')) side.add(r.object);
  return side;
}

/** Statements of an Arabic document (they are not yet on the document). */
export function statementsArabic(doc: Doc, cues: LanguageCues, facts: ActorFacts | null = null, sources: SourceRegistry | null = null): Statement[] {
  const sp = new ArabicSpeakers(Discourse.of(doc, cues));
  const cl = sp.clauses;
  const dates = new DocDates(doc, cues);
  const text = doc.text;
  const found: Statement[] = [];
  // A body's own release (its outlet, or "إننا في حركة ..."): what no one else is said to say is the body's.
  const voice = (sources && facts ? releasedBy(doc, sources, facts) : null) ?? ownVoice(sp.d);
  doc.sentences.forEach((s, i) => {
    const seen = new Set<string>();
    for (const h of cues.statements.find(text, s.start, s.end)) {
      const quoteIndex = doc.quotes.findIndex((q) => h.start >= q.start && h.start < q.end);
      const quote = doc.quotes[quoteIndex];
      let who: Referent | null = null;
      let actor: string | null;
      let date: string | null;
      if (quote) {
        // Inside a quotation only what is said counts, not reporting words.
        if (h.value.where !== 'content') continue;
        actor = quote.speaker;
        date = dates.at(quote.cue ? sentenceAt(doc, quote.cue.start) : quote.sentence, quote.cue?.start ?? quote.start);
      } else if (h.value.where === 'report') {
        who = cl.subjectOf(s, { start: h.start, end: firstWordEnd(text, h.start, h.end) });
        actor = who?.entityId ?? null;
        date = dates.at(i, h.start);
      } else {
        // A reported clause: the nearest speech verb before the cue governs it.
        const speech = sp.cues(s.start, h.start);
        for (let k = speech.length - 1; k >= 0 && !who; k--) who = sp.speakerOf(speech[k]!, s.start, h.start);
        actor = who?.entityId ?? null;
        date = dates.at(i, h.start);
      }
      let byVoice = false;
      if (!actor && voice && !who && (!quote || !quote.speaker)) {
        actor = voice;
        byVoice = true;
        // Said the day the communiqué is issued: the dates it gives are those of what it speaks of.
        date = doc.meta.published ?? date;
      }
      if (!actor) continue;
      const key = `${h.value.kind}|${actor}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const own = ownSide(doc, actor);
      // A reporting verb with a gap ("توعد * بالرد") holds its subject and object inside the cue, and so does a said
      // accusation ("نحمّل الاحتلال المسؤولية"): read from its first word on. Other said cues ("لن تزيد * إلا") hold the speaker's own.
      const head = h.value.where === 'report' || (h.value.gap && h.value.kind === 'accusation') ? firstWordEnd(text, h.start, h.end) : h.end;
      const from = who && who.start >= h.start ? Math.max(who.end, head) : head;
      const to = Math.min(s.end, from + TARGET_WINDOW);
      // An epithet ("العدو", "الاحتلال") names the target when it comes before any named actor ("نحمّل الاحتلال ...").
      let named = cl.targetAfter(from, to, own);
      while (named && isVictim(sp.d, named)) named = cl.targetAfter(named.end, to, own);
      const epithet = new TargetReader(sp.d, actor, h.value.kind, facts).epithetIn(from, to);
      const target = (h.value.where === 'content' ? targetInClause(sp, s.start, h.start, own, h.value.kind === 'accusation') : null)
        ?? (epithet && (!named || epithet.start < named.start) ? epithet : named);
      const sentence = text.slice(s.start, s.end);
      found.push({
        kind: h.value.kind, actor, target: target?.entityId ?? null, date,
        text: sentence.trim(), start: s.start, end: s.end,
        means: null, condition: CONDITION.exec(sentence)?.[0].trim() ?? null, deadline: null,
        quote: quote ? quoteIndex : null, sentence: i,
        provenance: { rule: `lexicon:statements/${h.value.kind}/${h.value.where}/ar${byVoice ? '/own-voice' : ''}`, confidence: byVoice ? 0.5 : quote ? 0.7 : 0.6 },
      });
    }
  });
  // Declarations no cue typed, in the sentences that have no statement yet.
  found.push(...reportedDeclarations(sp.d, dates, found, arabicReader(sp), facts));
  found.sort((a, b) => a.start - b.start);
  dateByRelease(doc, found, dates, voice, facts);
  dateBySpeaker(doc, found, dates);
  dateByNewsDay(doc, found, dates);
  return dropRepeats(doc, found, dates);
}

/**
 * In what was said the target often comes before the cue ("القوات الأمريكية
 * تنتهك السيادة", "العمليات ضد الاحتلال لن تتوقف"): the first actor of the
 * said clause that is not the speaker's side, and, unless the cue accuses its
 * subject, that follows a preposition of aim (على، ضد).
 */
function targetInClause(sp: ArabicSpeakers, lo: number, pos: number, own: ReadonlySet<string>, subjectIsTarget: boolean): Referent | null {
  const text = sp.d.doc.text;
  const q = sp.d.quotes.find((x) => pos >= x.start && pos < x.end);
  const clauseLo = q ? Math.max(lo, q.start) : lo;
  const m = SAID_STARTS.exec(text.slice(clauseLo, pos));
  const from = m ? clauseLo + m[0].length : clauseLo;
  for (const r of sp.d.actorsIn(from, pos)) {
    if (own.has(r.entityId)) continue;
    if (subjectIsTarget || /(?:^|\s)(?:على|ضد|بحق|تجاه)\s+$/u.test(text.slice(Math.max(from, r.start - 8), r.start))) return r;
  }
  return null;
}

/** The same declaration reported again without a date of its own, or a quotation restating its attribution sentence: once. */
function dropRepeats(doc: Doc, found: Statement[], dates: DocDates): Statement[] {
  const out: Statement[] = [];
  for (const st of found) {
    const undated = dates.hitsOf(st.sentence).every((h) => h.date === null);
    if (st.quote === null && undated && !isReportedDeclaration(st) && out.some((o) => o.quote === null && o.kind === st.kind && o.actor === st.actor && o.target === st.target)) continue;
    const q = st.quote !== null ? doc.quotes[st.quote] : undefined;
    if (q) {
      const qs = q.cue ? sentenceAt(doc, q.cue.start) : q.sentence;
      if (found.some((o) => o.quote === null && o.actor === st.actor && o.sentence === qs && o.kind === st.kind)) continue;
    }
    out.push(st);
  }
  return out;
}
