/**
 * Who does what in an Arabic clause. News Arabic puts the verb first and
 * its subject after it ("قالت الحكومة", "استهدفت المقاومة القاعدة"), and
 * drops a pronoun subject into the verb ("وأضاف": "and he added"); the
 * other order ("الحكومة نفت") also occurs. Prepositions attach to the word
 * (بالقوات, للحوثيين) or stand before it (على, ضد). This module answers, for a
 * cue at a position, the actor that is its subject and the actor it is aimed
 * at, reading the mentions and references of the shared Discourse.
 */
import type { EntityType, Span } from '../core/types.js';
import type { Discourse, Referent } from './discourse.js';
import { withoutArabicMarks } from '../text/fold.js';

// A free-standing preposition before a mention makes it an object, not a subject.
const PREPOSITION_BEFORE = /(?:^|\s)(?:على|ضد|في|من|إلى|الى|عن|مع|بين|نحو|تجاه|لدى|باسم|قرب|داخل|عبر|بعد|قبل|منذ|حول|بحق|و?ضد)\s+$/u;
// Prepositions written onto the name with its article: بالقوات، للحوثيين، وبالحكومة.
const ATTACHED_PREPOSITION = /^[وف]?(?:بال|لل|كال)/u;
// An Arabic nisba adjective naming a state ("إسرائيلية"، "الأمريكي"، "السوريين").
const NISBA = /^[وف]?(?:ال)?[\u0621-\u064A]{2,}(?:ي|ية|يون|يين)$/u;
// What ends the stretch in which a verb's subject stands: the start of what is said.
const CLAUSE_BREAK = /[«»"“”:.!?؟؛]|(?:^|\s)[وف]?(?:إن|أن|إنه|أنه|إنها|أنها|إنهم|أنهم|بأن|بإن)(?=\s|$)/u;

// A past verb with a plural or first-person subject suffix: "دمروا"، "استهدفوا"، "استهدفنا".
const PLURAL_AGREEMENT = /^[وف]?[\u0621-\u064A]{2,}(?:وا|نا)$/u;
// Conjunctions that open a clause of its own (while, whereas): a verb's object does not reach past them.
const CLAUSE_JUNCTION = /(?:^|\s)[وف]?(?:فيما|بينما|في\s+حين)(?=\s)(?!\s+(?:يتعلق|يخص))/u;

// Prepositions of place, origin, company or name: what follows is not a target.
const NOT_AIMED_BEFORE = /(?:^|\s)(?:في|من|عن|باسم|مع|بين|لدى|داخل|قرب|حول|منذ|بعد|قبل)\s+$/u;
const TARGET_TYPES: ReadonlySet<EntityType> = new Set(['person', 'armed_group', 'organization', 'state']);

// Active participles of reporting verbs (متهما، مؤكدة، محذرين، مضيفا، قائلا): م + stem, or the
// participle of قال, with an accusative or plural ending.
// Derived forms (محذرا، متهمة) start with م; the first form is فاعل (داعيا، نافيا، قائلا، رافضة).
const PARTICIPLE = /^[وف]?(?:م[\u0621-\u064A]{2,}|[\u0621-\u064A]ا[\u0621-\u064A]{1,2})(?:ا|ة|ين|ون|ان)$/u;

/** How far after a verb its subject may still be named (titles and affiliations come first). */
const SUBJECT_WINDOW = 90;
// A short run between quotation marks, on one line and with no sentence punctuation: a nom de guerre, a label.
const QUOTED_NAME = /["«“]([^"«»“”:.!?؟؛،,\n]{2,30})["»”]/gu;

export class ArabicClauses {
  constructor(readonly d: Discourse) {}

  private get text(): string {
    return this.d.doc.text;
  }

  /** True when the referent is the object of a preposition. */
  isPrepositional(r: Referent): boolean {
    const before = this.text.slice(Math.max(0, r.start - 12), r.start);
    if (PREPOSITION_BEFORE.test(before)) return true;
    if (r.via === 'name' && ATTACHED_PREPOSITION.test(this.text.slice(r.start, r.end))) return true;
    const head = this.nisbaHead(r);
    return !!head && (PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, head.start - 12), head.start)) || ATTACHED_PREPOSITION.test(head.word));
  }

  /**
   * The noun a nisba adjective naming a state qualifies ("غارات" in "في غارات
   * صهيونية"، "الطائرات" in "بالطائرات الأمريكية"): the adjective stands where
   * its noun stands, so a preposition before the noun governs it too.
   */
  nisbaHead(r: Referent): { start: number; word: string } | null {
    if (r.type !== 'state' || !NISBA.test(this.text.slice(r.start, r.end))) return null;
    const head = /(\S+)\s+$/u.exec(this.text.slice(Math.max(0, r.start - 30), r.start));
    if (!head || !/^[\u0621-\u065F\u0670]+$/u.test(head[1]!)) return null;
    return { start: r.start - head[0].length, word: head[1]! };
  }

  /** The end of the stretch after `pos` that can still hold the subject of the verb ending at `pos`. */
  subjectEnd(pos: number, hi: number): number {
    // A name in quotation marks after its title ('الناطق باسم سرايا القدس "أبو حمزة"') is part of the subject:
    // its marks (around three words at most, no speech) are blanked, not read as a break.
    const stretch = this.text.slice(pos, Math.min(hi, pos + SUBJECT_WINDOW))
      .replace(QUOTED_NAME, (all, inner: string) => (inner.trim().split(/\s+/u).length <= 3 ? ' '.repeat(all.length) : all));
    const m = CLAUSE_BREAK.exec(stretch);
    return pos + (m ? m.index : stretch.length);
  }

  /**
   * The subject named after a verb (verb-first order): a named person wins
   * over the group he speaks for ("قال المتحدث باسم الحوثيين يحيى سريع"),
   * else the first actor that is not the object of a preposition.
   */
  subjectAfter(verbEnd: number, hi: number): Referent | null {
    const end = this.subjectEnd(verbEnd, hi);
    const cands = this.d.actorsIn(verbEnd, end).filter((r) => !this.d.inQuote(r.start));
    const first = cands.find((r) => !this.isPrepositional(r));
    // Right after the verb: that is its subject ("اغتالت إسرائيل القائد فلان").
    if (first && /^\s*$/u.test(this.text.slice(verbEnd, first.start))) return first;
    // After a title, the person it introduces wins over the group in it ("قال المتحدث باسم الحوثيين يحيى سريع").
    const person = cands.find((r) => r.type === 'person' && r.via === 'name');
    if (person) return person;
    // Otherwise only the words right after the verb name its subject; a later actor belongs to another clause.
    // (Harakat count as letters: "نفذت مسيّرات إسرائيلية غارات".)
    if (first && /^[\s\u0621-\u065F\u0660-\u0669\u0670-\u06FF]*$/u.test(this.text.slice(verbEnd, first.start)) && first.start - verbEnd <= 60) {
      // A nisba qualifies the noun before it: only a noun phrase opening right after the verb is its subject
      // ("نفذت مسيّرات إسرائيلية"، "شنت طائرات مسيرة تركية")؛ further on it qualifies the object.
      const head = this.nisbaHead(first);
      if (!head || /^\s*(?:\S+\s+)?$/u.test(this.text.slice(verbEnd, head.start))) return first;
    }
    return null;
  }

  /** The subject named before a verb (subject-first order): the nearest actor, not a prepositional object. */
  subjectBefore(lo: number, verbStart: number): Referent | null {
    const cands = this.d.actorsIn(lo, verbStart).filter((r) => !this.isPrepositional(r) && !this.d.inQuote(r.start));
    const nearest = cands[cands.length - 1];
    if (!nearest) return null;
    // A clause break between them ("قال X إن ... نفت") means another clause's subject.
    return CLAUSE_BREAK.test(this.text.slice(nearest.end, verbStart)) ? null : nearest;
  }

  /** The subject of a verb in sentence `s`, either order; verb-first is the common one. */
  subjectOf(s: Span, cue: Span): Referent | null {
    const word = withoutArabicMarks(this.text.slice(cue.start, cue.end));
    // A participle after a comma ("..., متهمة الحركة بـ") is a circumstance of the main clause: its subject is the sentence's.
    if (PARTICIPLE.test(word) && /[،,]\s*$/u.test(this.text.slice(s.start, cue.start))) return this.mainSubject(s, cue.start);
    // A verb joined by و/ف inside a sentence ("قال X إن ...، وحذّر Y") shares the subject of the verb before it.
    const shared = this.conjoinedSubject(s, cue, word);
    if (shared) return shared;
    // Subject first ("كتائب حزب الله هددت القوات"): an actor right before the verb is its subject.
    const before = this.subjectBefore(s.start, cue.start);
    // "وكانت إسرائيل قد أدرجت ...": the past perfect's particle stands between the subject and its verb.
    if (before && /^\s*(?:(?:قد|لقد)\s+)?$/u.test(this.text.slice(before.end, cue.start))) return before;
    // "مقاتليه دمروا دبابة ..."، "إننا استهدفنا ...": a verb agreeing in the plural carries its subject (a pronoun or a
    // noun before it); a noun after it is its object. (Verb-first, the verb stays singular: "دمرت القوات".)
    if (PLURAL_AGREEMENT.test(word)) return before;
    return this.subjectAfter(cue.end, s.end) ?? before;
  }

  /**
   * The subject a conjoined verb takes over: only when و/ف is a prefix (the
   * rest of the word is itself a cue), the verb is not the sentence's first
   * word, and a reporting verb earlier in the sentence has a subject.
   */
  private conjoinedSubject(s: Span, cue: Span, word: string): Referent | null {
    if (!/^[وف]/u.test(word) || !/\S/u.test(this.text.slice(s.start, cue.start))) return null;
    const rest = cue.start + 1;
    const wordEnd = cue.start + (/^\S+/u.exec(this.text.slice(cue.start, cue.end))?.[0].length ?? 0);
    const c = this.d.cues;
    // "ودانت البعثة ...، وقالت رئيستها جينين ...": a person named right after the verb is its own subject.
    const own = this.subjectAfter(cue.end, s.end);
    if (own && own.type === 'person' && /^\s*(?:\S+\s+){0,2}$/u.test(this.text.slice(cue.end, own.start))) return null;
    if (c.speech.find(this.text, rest, wordEnd).length + c.statements.find(this.text, rest, wordEnd).length + c.verbs.find(this.text, rest, wordEnd).length === 0) return null;
    // "وداهمت القوات ... واعتقلت ثلاثة": an action verb joined to an earlier one shares its subject too.
    const earlier = [...c.speech.find(this.text, s.start, cue.start), ...c.statements.find(this.text, s.start, cue.start),
      ...c.verbs.find(this.text, s.start, cue.start).filter((h) => h.value.voice === 'active')]
      .filter((h) => h.value !== 'passive' && !this.d.inQuote(h.start)).sort((a, b) => b.start - a.start);
    for (const h of earlier) {
      const first = h.start + (/^\S+/u.exec(this.text.slice(h.start, h.end))?.[0].length ?? 0);
      const who = this.subjectAfter(first, cue.start) ?? this.subjectBefore(s.start, h.start);
      if (who) return who;
    }
    return null;
  }

  /** The first actor of the sentence that is not a prepositional object. */
  mainSubject(s: Span, before: number): Referent | null {
    return this.d.actorsIn(s.start, before).find((r) => !this.isPrepositional(r) && !this.d.inQuote(r.start)) ?? null;
  }

  /**
   * What a verb or cue is aimed at: the first actor (or facility) after
   * `from`, before `to`, that is not on the actor's side, not inside a
   * quotation that `from` is outside of, and not governed by a preposition of
   * place, origin or company (في، من، عن، باسم، مع). Objects after على، ضد،
   * لـ and bare objects ("هددت X القوات") count.
   */
  targetAfter(from: number, to: number, own: ReadonlySet<string>, allowFacility = true): Referent | null {
    const quoted = this.d.inQuote(from);
    // "..., فيما قصفت ..." opens a clause of its own, with its own subject and object.
    const junction = CLAUSE_JUNCTION.exec(this.text.slice(from, to));
    if (junction) to = from + junction.index;
    for (const r of this.d.refsFrom(from, to)) {
      if (own.has(r.entityId) || this.d.inQuote(r.start) !== quoted) continue;
      if (!TARGET_TYPES.has(r.type) && !(allowFacility && r.type === 'facility')) continue;
      if (NOT_AIMED_BEFORE.test(this.text.slice(Math.max(0, r.start - 10), r.start))) continue;
      const head = this.nisbaHead(r);
      if (head && NOT_AIMED_BEFORE.test(this.text.slice(Math.max(0, head.start - 10), head.start))) continue;
      // "اغتيال نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس": a body in the title of the person named right
      // after it only qualifies that person, who is the one aimed at.
      if (r.type !== 'person') {
        const next = this.d.refsFrom(r.end, Math.min(to, r.end + 40)).find((x) => x.type === 'person');
        if (next && /^\s*(?:[\u0621-\u064A]+\s+){0,2}$/u.test(this.text.slice(r.end, next.start)) 
          // Not a second one joined by و ("حركة النجباء وأمينها العام فلان": both are named).
          && !/(?:^|\s)(?:و(?!زير)|(?:مع|ضد|على|من|عن|إلى|في)\s)/u.test(this.text.slice(r.end, next.start))) return next;
      }
      return r;
    }
    return null;
  }

  /** The place named after a verb: a location or facility after في، قرب، داخل ... */
  placeAfter(from: number, to: number): string | null {
    const r = this.d.refsFrom(from, to).find((x) => (x.type === 'location' || x.type === 'facility')
      && (/(?:^|\s)(?:في|قرب|داخل|شمال|جنوب|شرق|غرب|على|ب)\s*$/u.test(this.text.slice(Math.max(0, x.start - 8), x.start)) || /^[وف]?(?:ب|في)/u.test(this.text.slice(x.start, x.end))));
    return r?.entityId ?? null;
  }
}
