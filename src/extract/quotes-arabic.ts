/**
 * Speakers of quotations in Arabic text. Quotation marks are found as in
 * any language (« », “ ”, straight quotes); the attribution reads Arabic
 * order: the verb comes first and its subject after it
 * ("قال المتحدث باسم الحركة فلان: «...»", "«...»، قال فلان"), "according
 * to" names the speaker after it (بحسب، وفق، نقلا عن), and a verb with no
 * named subject ("وأضاف: «...»") carries the speaker of the sentences before.
 */
import type { Doc, Quote, Span } from '../core/types.js';
import { ArabicClauses } from './clause-arabic.js';
import { Discourse, sentenceAt, type Referent } from './discourse.js';
import type { LanguageCues, SpeechPosition } from './lexicons.js';
import type { PhraseHit } from './phrase-matcher.js';

/** How far after a closing mark an attribution may start ("»، قال" , "» وأضاف"). */
const ATTRIBUTION_GAP = 12;

export class ArabicSpeakers {
  readonly clauses: ArabicClauses;

  constructor(readonly d: Discourse) {
    this.clauses = new ArabicClauses(d);
  }

  /** Speech cues in [from, to) outside quotations. */
  cues(from: number, to: number): Array<PhraseHit<SpeechPosition>> {
    return to <= from ? [] : this.d.cues.speech.find(this.d.doc.text, from, to).filter((h) => !this.d.inQuote(h.start));
  }

  /** The speaker a cue names: after "بحسب"; else the verb's subject, after it or before it. */
  speakerOf(cue: PhraseHit<SpeechPosition>, lo: number, hi: number): Referent | null {
    if (cue.value === 'after') return this.clauses.subjectAfter(cue.end, hi) ?? this.issuerAfter(cue.end, hi);
    if (cue.value === 'self') return selfSpeaker(this.d, cue);
    if (cue.value === 'passive') return null;
    return this.clauses.subjectOf({ start: lo, end: hi }, { start: cue.start, end: cue.end });
  }

  /** "بحسب بيان صادر عن X"، "وفق تصريح لـX": the body a statement named after "according to" is by. */
  issuerAfter(at: number, hi: number): Referent | null {
    const m = STATEMENT_BY.exec(this.d.doc.text.slice(at, Math.min(hi, at + 40)));
    if (!m) return null;
    const r = this.d.actorsIn(at + m[0].length, Math.min(hi, at + m[0].length + 40))[0];
    return r && r.start - (at + m[0].length) <= 2 ? r : null;
  }

  /** The actor sentence `i` reports speaking, if any: the speaker of its first speech cue that names one. */
  reportedIn(i: number): Referent | null {
    const s = this.d.doc.sentences[i];
    if (!s) return null;
    for (const c of this.cues(s.start, s.end)) {
      const who = this.speakerOf(c, s.start, s.end);
      if (who) return who;
    }
    return null;
  }

  /** The speaker carried from before sentence `i`: its own quotations already attributed, else the last sentences' speech. */
  previous(i: number, before: number): string | null {
    const quoted = this.d.doc.quotes.filter((q) => q.end <= before && q.speaker && q.sentence >= i - 2);
    const last = quoted[quoted.length - 1];
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const who = this.reportedIn(j);
      if (who && (!last || last.sentence <= j)) return who.entityId;
    }
    return last?.speaker ?? null;
  }
}

/**
 * "ونقول للعدو": a first-person plural verb outside quotations is the voice
 * of the text itself, a group's own statement. The group is the one the text
 * names as its author ("بيان صادر عن X", "إننا في X", X alone on the closing
 * signature line); with none named, nobody (never a guess).
 */
export function selfSpeaker(d: Discourse, cue: Span): Referent | null {
  const text = d.doc.text;
  const groups = d.refs.filter((r) => r.via === 'name' && (r.type === 'armed_group' || r.type === 'organization') && !d.inQuote(r.start));
  const author = groups.find((r) => AUTHOR_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start)))
    ?? groups.filter((r) => /^\s*$/.test(lineOf(text, r).replace(text.slice(r.start, r.end), ''))).pop();
  return author ? { start: cue.start, end: cue.end, entityId: author.entityId, type: author.type, via: 'reference' } : null;
}

// "بيان صادر عن X", "إننا في X", "نحن في X": the text names its author.
const AUTHOR_BEFORE = /(?:صادرة?\s+عن|(?:[وف]?إننا|[وف]?نحن)\s+في)\s+$/u;

/** The whole line a mention stands on. */
function lineOf(text: string, r: Span): string {
  const start = text.lastIndexOf('\n', r.start - 1) + 1;
  const end = text.indexOf('\n', r.end);
  return text.slice(start, end < 0 ? text.length : end);
}

// Right after the verb, an indefinite source: "مصدر أمني"، "مسؤول في الحركة"، "قيادي في الفصيل".
const UNNAMED_SOURCE = /^\s*(?:مصدر|مصادر|مسؤول|مسئول|مسؤولون|مسؤولين|ضابط|دبلوماسي|قيادي|عضو)(?=[\s،,:]|$)/u;

// Right before the verb, an indefinite source as its subject (subject first): "لكن مصدرا مقربا منها قال".
const UNNAMED_SOURCE_BEFORE = /(?:^|[\s،,])(?:مصدر|مصدرا|مصادر|مسؤول|مسؤولا|مسئول|مسؤولين|ضابط|ضابطا|دبلوماسي|دبلوماسيا|قيادي|قياديا)(?:\s+[^\s،,.:«»"“”]+){0,3}\s+$/u;

// Right after the verb, an indefinite title opening its own subject ("قال وزير الدفاع ..."، "قال قائممقام القضاء"):
// someone new speaks, even when the text does not name him; never the speaker of the sentences before.
const NEW_TITLED_SUBJECT = /^\s*(?:وزير|وزيرة|رئيس|رئيسة|قائد|نائب|مدير|سفير|مستشار|أمين|زعيم|محافظ|قائممقام|قائمقام|عضو|ممثل|مندوب)(?=\s)/u;
// A definite title of a person and words after it ("قال النائب المستقل فلان"، "عن الناشط الإعلامي فلان"): someone
// new, named in words the registry may not know; never the speaker before.
const NEW_DEFINITE_PERSON = /^\s*ال(?:نائب|نائبة|ناشط|ناشطة|خبير|محلل|باحث|باحثة|صحفي|صحافي|مواطن|مواطنة|أكاديمي|كاتب|إعلامي|عميد|لواء|عقيد|مقدم|طبيب|دكتور)\s+[^\s:،,.«»"“”]+/u;

// After "according to", a statement and who it is from: "بيان صادر عن"، "تصريح لـ"، "بيان نشره".
const STATEMENT_BY = /^\s*(?:بيان|تصريح|تصريحات|رسالة|منشور|تغريدة|كلمة)\s+(?:صادرة?\s+عن\s+|نشره\s+|نشرته\s+|لـ?\s*)/u;

// Between a speaker's name and the colon: at most two words ("في بيان", "عبر تلغرام"), no punctuation.
const BEFORE_COLON = /^\s*(?:[^\s:،,.؛;«»"“”]+\s+){0,2}?[^\s:،,.؛;«»"“”]*\s*:$/u;

/** The actor whose name, a short phrase and a colon open the sentence part before `pos`. */
function colonIntro(d: Discourse, from: number, pos: number): Referent | null {
  const text = d.doc.text;
  let colon = text.lastIndexOf(':', pos - 1);
  while (colon >= from && d.inQuote(colon)) colon = text.lastIndexOf(':', colon - 1);
  if (colon < from) return null;
  const actors = d.actorsIn(from, colon).filter((r) => !d.inQuote(r.start));
  const last = actors[actors.length - 1];
  return last && BEFORE_COLON.test(text.slice(last.end, colon + 1)) ? last : null;
}

// A verb that describes or names something, its object, then the quotation: "وتصف القصف بأنه «...»"، "ووصف الهجوم بـ«...»".
const NAMING_VERB = /(?:^|\s)(?:و|ف)?(?:وصف|وصفت|وصفوا|يصف|تصف|يصفون|سمى|سمت|يسمي|تسمي|اعتبر|اعتبرت|يعتبر|تعتبر)\s+(?:\S+\s+){0,4}?(?:بأنه|بأنها|بأنهم|بأنّه|ب|بـ|أنه|أنها)\s*[«"“]?$/u;

// Right after the verb, the statement as its subject: "البيان"، "البلاغ".
const STATEMENT_SUBJECT = /^\s*(?:البيان|البلاغ|الرسالة)(?=[\s،,:.]|$)/u;
// The sentence opens with a verb whose subject is the statement: "وحث البيان ..."، "ودعا البيان ...".
const STATEMENT_OPENS = /^\s*\S+\s+(?:البيان|البلاغ)(?=[\s،,:.]|$)/u;
const STATEMENT_WORD = /(?:^|[\s،,])(?:[وفب]?(?:ال)?بيان|بيانا|البلاغ)(?=[\s،,:.]|$)/u;

/**
 * Who issued the statement the text quotes: the body (not a person) that
 * is the subject of the nearest sentence before sentence `i` naming a statement,
 * else the group the document is about.
 */
function statementIssuer(sp: ArabicSpeakers, i: number): Referent | null {
  const doc = sp.d.doc;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const s = doc.sentences[j];
    if (!s || !STATEMENT_WORD.test(doc.text.slice(s.start, s.end))) continue;
    const who = sp.clauses.mainSubject(s, s.end);
    if (who && who.type !== 'person') return who;
  }
  const focal = sp.d.focalGroup;
  return focal ? { start: 0, end: 0, entityId: focal, type: sp.d.typeOf(focal) ?? 'armed_group', via: 'reference' } : null;
}

// A statement named before a colon: "بيانا جاء فيه:"، "في رسالة قال فيها:"، "ما نصه:".
const STATEMENT_INTRO = /(?:بيان|بيانا|رسالة|كلمة|تغريدة|منشور|منشورا)[^.؟!]*:\s*$/u;

/**
 * The actor issuing the statement that a colon before the quotation
 * introduces, in the quotation's sentence or the sentence before it: the
 * subject of that sentence.
 */
function statementIntro(sp: ArabicSpeakers, head: Span & { index: number }, open: number): Referent | null {
  const text = sp.d.doc.text;
  let intro: Span = { start: head.start, end: open };
  if (/^[\s«»"“”]*$/u.test(text.slice(head.start, open))) {
    const prev = sp.d.doc.sentences[head.index - 1];
    if (!prev) return null;
    intro = { start: prev.start, end: prev.end };
  }
  const words = text.slice(intro.start, intro.end).replace(/[\s«»"“”]+$/u, '');
  if (!STATEMENT_INTRO.test(words)) return null;
  // "وجاء في البيان:": the statement named before, with no subject here, is the one its issuer put out earlier.
  return sp.clauses.mainSubject(intro, intro.start + words.length) ?? (DEFINITE_STATEMENT.test(words) ? statementIssuer(sp, head.index) : null);
}

// "البيان"، "في البيان"، "وجاء في البلاغ": a statement the text already spoke of.
const DEFINITE_STATEMENT = /(?:^|[\s،,])(?:[وفب]?ال)(?:بيان|بلاغ|رسالة)(?=[\s،,:.]|$)/u;

function boundsOf(doc: Doc, pos: number): Span & { index: number } {
  const index = sentenceAt(doc, pos);
  const s = doc.sentences[index];
  return s ? { start: s.start, end: s.end, index } : { start: 0, end: doc.text.length, index: 0 };
}

/** Adds the document's quotations with their speakers (Arabic text). */
export function quoteArabic(doc: Doc, cues: LanguageCues): void {
  const sp = new ArabicSpeakers(Discourse.of(doc, cues));
  const text = doc.text;
  const quotes = sp.d.quotes;
  quotes.forEach((q, n) => {
    const head = boundsOf(doc, q.open);
    const tail = boundsOf(doc, Math.min(text.length - 1, Math.max(q.close, q.end - 1)));
    const next = quotes[n + 1];
    const afterFrom = Math.min(text.length, q.close + 1);
    const afterTo = Math.max(afterFrom, Math.min(tail.end, next ? next.open : tail.end));
    let speaker: Referent | null = null;
    let cue: PhraseHit<SpeechPosition> | null = null;
    let rule = 'unattributed';
    // Before it, from the sentence start: "قال فلان: «...»", "وأضاف: «...»", "قال فلان إن العمليات «...»".
    // Arabic names the speaker first far more often than after; a verb after the quotation is then a new clause.
    const before = sp.cues(head.start, q.open)[0];
    // After it: "«...»، قال فلان", "«...» بحسب فلان", or "«...»، وأضاف" with the speaker carried over.
    const after = before ? undefined : sp.cues(afterFrom, afterTo).find((c) => c.start - afterFrom <= ATTRIBUTION_GAP);
    if (before) {
      cue = before;
      speaker = sp.speakerOf(before, head.start, q.open);
      rule = 'cue-before';
    } else if (after) {
      cue = after;
      speaker = sp.speakerOf(after, afterFrom, afterTo);
      rule = 'cue-after';
    }
    // "ودعا البيان ..."، "وأضاف البيان": the statement speaks for the body that issued it, not for the speaker quoted last.
    if (cue && !speaker && (STATEMENT_SUBJECT.test(text.slice(cue.end, cue.end + 16)) || STATEMENT_OPENS.test(text.slice(head.start, head.start + 30)))) {
      speaker = statementIssuer(sp, head.index);
      if (speaker) rule = 'statement-said';
    }
    // "قال مصدر أمني عراقي": an unnamed source is nobody an analyst could log, not the body or country he belongs to.
    // With no speaker found ("بحسب مصدر أمني"), the source is still nobody: not the speaker of the sentences before.
    const unnamed = !!cue && (!speaker || speaker.type !== 'person')
      && (UNNAMED_SOURCE.test(text.slice(cue.end, cue.end + 20)) || UNNAMED_SOURCE_BEFORE.test(text.slice(Math.max(head.start, cue.start - 50), cue.start)));
    let speakerId = unnamed ? null : speaker?.entityId ?? null;
    if (unnamed) rule = 'unnamed-source';
    if (!speakerId && !unnamed) {
      // "حركة النجباء في بيان: «...»", "الناطق ... فلان: ... و«...»": the actor before a colon introduces what follows.
      const intro = colonIntro(sp.d, head.start, q.open);
      if (intro) { speakerId = intro.entityId; rule = 'colon-intro'; }
    }
    if (!speakerId && !unnamed) {
      // "نشرت الحركة بيانا جاء فيه:" and the quotation after it: whoever issued the statement.
      const intro = statementIntro(sp, head, q.open);
      if (intro) { speakerId = intro.entityId; rule = 'statement-intro'; }
    }
    if (!speakerId && !unnamed && !cue && NAMING_VERB.test(text.slice(Math.max(head.start, q.open - 80), q.open))) {
      // "وتصف القصف بأنه «...»": the words are the describing subject's.
      const who = sp.clauses.mainSubject(head, q.open);
      if (who) { speakerId = who.entityId; rule = 'naming-verb'; }
    }
    // "وانتشرت عبارة «...»": a quotation inside a paragraph's own clause, with no speech verb, is nobody's words.
    const embedded = !cue && !/^[\s«»"“”و]*$/u.test(text.slice(head.start, q.open)) && /\n\s*$/.test(text.slice(Math.max(0, head.start - 3), head.start));
    // "قال وزير الدفاع التركي فلان" with the name unknown: a new speaker, not the one before.
    const titled = !!cue && !speakerId && (NEW_TITLED_SUBJECT.test(text.slice(cue.end, cue.end + 16)) || NEW_DEFINITE_PERSON.test(text.slice(cue.end, cue.end + 40)));
    if (titled) rule = `${rule}-unknown`;
    if (!speakerId && !unnamed && !embedded && !titled) {
      // A verb with no named subject, or no attribution at all: the speaker of what came just before.
      speakerId = sp.previous(head.index, q.open);
      if (speakerId) rule = cue ? `${rule}-carried` : 'continues-previous';
    }
    const quote: Quote = {
      start: q.start, end: q.end, text: text.slice(q.start, q.end).trim(), speaker: speakerId,
      cue: cue ? { start: cue.start, end: cue.end } : null, sentence: sentenceAt(doc, q.start),
      provenance: { rule: `rule:arabic-${rule}`, confidence: speakerId ? 0.8 : 0.5 },
    };
    doc.quotes.push(quote);
  });
}
