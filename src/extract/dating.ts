/**
 * When a statement was made or an event happened, as an analyst logs it:
 * the date the sentence gives (the one nearest the verb); else the date of
 * the occasion it refers to ("in the meeting", "in the interview") wherever
 * the document dates it; else "then" takes the last date given; else a date
 * given earlier in the same paragraph; else, for what is under way as the
 * text is published ("is designating"), the day of publication; else the
 * month of publication, the precision the reporting supports. Habitual wording ("repeatedly") and
 * actions named only by a noun ("the attacks on ...") stay undated.
 */
import type { Doc, PartialDate } from '../core/types.js';
import { makeDateFinder, type DateFinder, type DateHit } from './dates.js';
import { parseArabicDate } from './dates-arabic.js';
import { addDays, spanCount } from './threat-details.js';
import type { DateWords, LanguageCues } from './lexicons.js';

interface DatesRead {
  cues: LanguageCues;
  text: string;
  sentences: Doc['sentences'];
  count: number;
  published: Doc['meta']['published'];
  language: Doc['meta']['language'];
  hits: DateHit[][];
  habitual: boolean[];
  occasionsOf: string[][];
}

const READ = new WeakMap<Doc, DatesRead>();

// "since" (or Arabic "منذ") leading a date, its own word or just before it.
const SINCE = /(?:\bsince|(?:^|\s)منذ)\s+\S/iu;
// "is", "are", "is also", "are now" right before an -ing verb: the present progressive.
const PROGRESSIVE_BEFORE = /\b(?:is|are|am)\s+(?:(?:also|now|currently|today)\s+)?$/i;

// "a day after", "two weeks before", "hours after" and the deed's own words up to it: no clause break, no
// relative clause ("a week after a bombing that Ankara blamed on ...": the blame is not what lags).
const LAG_BEFORE = /\b(?:(?:\d+|a\s+few|several|some)\s+(hours)\s+after|(a|an|one|the|two|three|four|five|six|\d+)\s+(days?|weeks?)\s+(after|before))\s+(?:(?!\b(?:that|which|who|whom|when|where)\b)[^,;.]){0,80}$/i;
// The day before the date the sentence gives, told after the deed.
const PREVIOUS_DAY = /\b(?:the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)|the\s+(?:day|night|evening)\s+before|a\s+day\s+earlier)\b/i;

// A finder compiles its patterns: once per lexicon, not once per document.
const FINDERS = new WeakMap<DateWords, DateFinder>();
function finderFor(words: DateWords): DateFinder {
  let f = FINDERS.get(words);
  if (!f) { f = makeDateFinder(words); FINDERS.set(words, f); }
  return f;
}

function readDates(doc: Doc, cues: LanguageCues): DatesRead {
  const words = cues.dateWords;
  const finder = words ? finderFor(words) : null;
  const published = doc.meta.published;
  const hits = doc.sentences.map((s) => {
    if (doc.meta.language === 'ar') {
      return parseArabicDate(doc.text.slice(s.start, s.end), published).map((h) => ({ start: s.start + h.start, end: s.start + h.end, date: h.date, kind: h.relative ? 'relative' as const : 'absolute' as const }));
    }
    return finder ? finder(doc.text, s.start, s.end, published) : [];
  });
  return {
    cues, text: doc.text, sentences: doc.sentences, count: doc.sentences.length, published, language: doc.meta.language, hits,
    habitual: doc.sentences.map((s) => cues.habitual.find(doc.text, s.start, s.end).length > 0),
    occasionsOf: doc.sentences.map((s) => cues.occasions.find(doc.text, s.start, s.end).map((h) => h.value)),
  };
}

export class DocDates {
  private readonly hits: DateHit[][];
  private readonly occasionDates = new Map<string, PartialDate>();
  private readonly occasionsOf: string[][];
  private readonly habitual: boolean[];
  /** Sentences `at` dated by the month of publication for want of any date. */
  private readonly fellBack = new Set<number>();
  private peg: string | null | undefined;

  constructor(private readonly doc: Doc, cues: LanguageCues) {
    // The statement and event stages (English and Arabic) each date the same sentences: read them once per document.
    const cached = READ.get(doc);
    const read = cached && cached.cues === cues && cached.text === doc.text && cached.sentences === doc.sentences
      && cached.count === doc.sentences.length && cached.published === doc.meta.published && cached.language === doc.meta.language
      ? cached : readDates(doc, cues);
    READ.set(doc, read);
    this.hits = read.hits;
    this.habitual = read.habitual;
    this.occasionsOf = read.occasionsOf;
    doc.sentences.forEach((_s, i) => {
      const dated = this.hits[i]!.find((h) => h.date !== null && h.kind !== 'recent');
      if (!dated?.date) return;
      for (const o of this.occasionsOf[i]!) if (!this.occasionDates.has(o)) this.occasionDates.set(o, dated.date);
    });
  }

  /** Date hits of sentence `i` (for callers that need the spans). */
  hitsOf(i: number): readonly DateHit[] {
    return this.hits[i] ?? [];
  }

  /** The date for a statement or event whose verb is at `pos` in sentence `i`. */
  at(i: number, pos: number, opts: { nominal?: boolean } = {}): PartialDate | null {
    const all = (this.hits[i] ?? []).filter((h) => h.date !== null);
    // A date in the verb's own clause ("born in 1977 and formed Y in 2012") wins over the sentence's others;
    // one before "that" dates the verb reporting the clause ("said on Saturday that jets had struck on Friday").
    const text = this.doc.text;
    const clause = all.filter((h) => !(h.end <= pos ? /[,;]|\band\b|\bthat\b/.test(text.slice(h.end, pos)) : /[,;]|\band\b/.test(text.slice(pos, h.start))));
    // "the group, which has fought since October, said": a state going on since a date, told in a clause of its
    // own, does not date the sentence's verb; a sentence opening "Since November," and "since 1992, when ..." do.
    const sentenceStart = this.doc.sentences[i]?.start ?? 0;
    const own = clause.length > 0 || opts.nominal ? clause
      : all.filter((h) => !this.since(h) || !/\S/.test(text.slice(sentenceStart, h.start)) || (h.end <= pos && /^,?\s*when\b/i.test(text.slice(h.end, pos))));
    // "struck Hodeidah on Saturday, a day after a drone exploded in Tel Aviv": a deed told as so long
    // before or after one the sentence dates is dated from that one; so is one "the previous evening".
    const lag = clause.length === 0 ? this.lag(sentenceStart, this.doc.sentences[i]?.end ?? pos, pos) : null;
    if (lag !== null) {
      const anchor = all.filter((h) => h.date?.length === 10 && !this.since(h)).sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
      const moved = anchor ? addDays(anchor.date, lag) : null;
      if (moved) return moved;
    }
    if (own.length > 0) {
      let best = own[0]!;
      for (const h of own) if (Math.abs(h.start - pos) < Math.abs(best.start - pos)) best = h;
      return best.date;
    }
    if (this.habitual[i] || opts.nominal) return null;
    for (const o of this.occasionsOf[i] ?? []) {
      const d = this.occasionDates.get(o);
      if (d) return d;
    }
    const anaphor = (this.hits[i] ?? []).find((h) => h.kind === 'anaphoric');
    if (anaphor) return coarsened(this.lastBefore(i, () => true), this.doc.text.slice(anaphor.start, anaphor.end));
    if (opts.nominal) return null;
    const para = this.doc.sentences[i]?.paragraph;
    const inherited = this.lastBefore(i, (j) => this.doc.sentences[j]?.paragraph === para);
    if (inherited) return inherited;
    // "Treasury is designating ...", "the group is calling on ...": what is under way as the text is published.
    if (this.underWay(pos)) return this.doc.meta.published;
    this.fellBack.add(i);
    return this.publicationMonth();
  }

  /** Whether `at` gave sentence `i` the month of publication only because nothing dated it. */
  undated(i: number): boolean {
    return this.fellBack.has(i);
  }

  /**
   * The day the report's lead gives for its news ("said on Monday", "early on
   * Wednesday", "اليوم"): the first whole day in the first two paragraphs that
   * is the day of publication or the day before (older news leaves the day of a
   * later reaction open). Null when the lead gives none.
   */
  newsDay(): string | null {
    if (this.peg !== undefined) return this.peg;
    this.peg = null;
    const pub = this.doc.meta.published;
    if (!pub || !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return null;
    const earliest = addDays(pub, -1) ?? pub;
    const first = this.doc.sentences[0]?.paragraph ?? 0;
    for (let i = 0; i < this.hits.length && (this.doc.sentences[i]?.paragraph ?? 0) <= first + 1; i++) {
      const h = this.hits[i]!.find((x) => x.date !== null && x.date.length === 10 && !this.since(x));
      if (h?.date && h.date >= earliest && h.date <= pub) return (this.peg = h.date);
    }
    return null;
  }

  /**
   * Days from the date a sentence gives to a deed at `pos` it tells as lagging
   * behind or ahead of it: "a day after" (-1), "two weeks after" (-14), "hours
   * after" (0), "the day before" (+1) just before the deed; "the previous
   * evening", "a day earlier" after it in its clause (-1). Null for none.
   */
  private lag(from: number, to: number, pos: number): number | null {
    const text = this.doc.text;
    const before = LAG_BEFORE.exec(text.slice(Math.max(from, pos - 90), pos));
    if (before) {
      if (before[1]) return 0;
      const n = before[2]!.toLowerCase();
      // "the day after": one.
      const count = spanCount(n) ?? 1;
      const days = count * (/^week/i.test(before[3]!) ? 7 : 1);
      return /after/i.test(before[4]!) ? -days : days;
    }
    const clauseEnd = text.slice(pos, Math.min(to, pos + 140)).search(/[,;.]/);
    const after = text.slice(pos, clauseEnd < 0 ? Math.min(to, pos + 140) : pos + clauseEnd);
    return PREVIOUS_DAY.test(after) ? -1 : null;
  }

  /** Whether a date opens a state that goes on ("since October", "منذ تشرين الأول"), rather than dating a deed. */
  private since(h: DateHit): boolean {
    const text = this.doc.text;
    return SINCE.test(text.slice(Math.max(0, h.start - 10), h.end));
  }

  /** Whether the verb at `pos` is in the present progressive ("is designating"): under way on the day of publication. */
  private underWay(pos: number): boolean {
    const text = this.doc.text;
    return /^\p{L}+ing\b/u.test(text.slice(pos, pos + 30)) && PROGRESSIVE_BEFORE.test(text.slice(Math.max(0, pos - 24), pos));
  }

  private lastBefore(i: number, ok: (j: number) => boolean): PartialDate | null {
    for (let j = i - 1; j >= 0; j--) {
      if (!ok(j)) return null;
      // A state going on "since October" is no date the next sentences inherit.
      const hs = (this.hits[j] ?? []).filter((h) => h.date !== null && !this.since(h));
      const last = hs[hs.length - 1];
      if (last?.date) return last.date;
    }
    return null;
  }

  private publicationMonth(): PartialDate | null {
    const p = this.doc.meta.published;
    return p && /^\d{4}-\d{2}/.test(p) ? p.slice(0, 7) : p;
  }
}

/** "that year" after "on March 3, 2019" is 2019, "that month" 2019-03: the anaphor keeps only its own unit of the date. */
function coarsened(date: PartialDate | null, anaphor: string): PartialDate | null {
  if (!date) return null;
  if (/\byear\b/i.test(anaphor)) return date.slice(0, 4);
  if (/\bmonth\b/i.test(anaphor)) return date.slice(0, 7);
  return date;
}
