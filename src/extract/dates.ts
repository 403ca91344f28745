/**
 * Date expressions in English news text, resolved against the publication
 * date and biased to the past, as news is: "on Thursday" is the last Thursday
 * on or before publication, "last March" the last March before the month of
 * publication, "December 1" without a year the last December 1 not after
 * publication. A date is as precise as the words: YYYY-MM-DD, YYYY-MM or YYYY.
 *
 *   makeDateFinder(words)(text, from, to, published) -> DateHit[]
 *
 * Words (months, weekdays, "recently", "then") come from data/lexicons/dates.yaml.
 */
import type { PartialDate } from '../core/types.js';
import type { DateWords } from './lexicons.js';

export interface DateHit {
  start: number;
  end: number;
  /** Null for anaphoric words ("then", "that month") that the caller resolves. */
  date: PartialDate | null;
  kind: 'absolute' | 'relative' | 'recent' | 'anaphoric';
}

export type DateFinder = (text: string, from: number, to: number, published: string | null) => DateHit[];

interface Ymd { y: number; m: number; d: number }

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (v: Ymd): string => `${v.y}-${pad(v.m)}-${pad(v.d)}`;
const month = (y: number, m: number): string => `${y}-${pad(m)}`;

function parsePublished(published: string | null): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2] ?? 6), d: Number(m[3] ?? 15) };
}

function shift(v: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d) + days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * A pattern's needles: plain alternations (no lookaround) that each match
 * inside any text the pattern matches. Where one of them occurs nowhere in a
 * range the pattern cannot match there and is not run: most sentences name
 * no date, and each pattern with its lookbehind costs a scan of the range.
 */
interface DatePattern {
  re: RegExp;
  needles: RegExp[];
  resolve: (m: RegExpExecArray, pub: Ymd | null) => { date: string | null; kind: DateHit['kind'] } | null;
}

/** Where a needle occurs in a text: non-overlapping, left to right, so starts and ends both ascend. */
interface Occurrences { starts: number[]; ends: number[] }

function occurrences(needle: RegExp, text: string): Occurrences {
  const starts: number[] = [];
  const ends: number[] = [];
  needle.lastIndex = 0;
  for (let m = needle.exec(text); m; m = needle.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/**
 * Whether an occurrence overlaps [from, to). A needle match wholly inside the
 * range is either found by the scan of the whole text or covered by one the
 * scan found first; both overlap the range, so "no overlap" means "no match".
 */
function occursIn(o: Occurrences, from: number, to: number): boolean {
  let lo = 0;
  let hi = o.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (o.ends[mid]! <= from) lo = mid + 1; else hi = mid;
  }
  return lo < o.starts.length && o.starts[lo]! < to;
}

const MONTH_NUMBERS = new WeakMap<DateWords, ReadonlyMap<string, number>>();

/** The month names of a language's date words, lower-cased, to their number (1-12); read once per lexicon. */
export function monthNumbers(words: DateWords): ReadonlyMap<string, number> {
  let m = MONTH_NUMBERS.get(words);
  if (!m) {
    const built = new Map<string, number>();
    words.months.forEach((names, i) => { for (const n of names) built.set(n.toLowerCase(), i + 1); });
    MONTH_NUMBERS.set(words, m = built);
  }
  return m;
}

/** `prefilter: false` runs every pattern on every range (the reference the tests compare against). */
export function makeDateFinder(words: DateWords, opts: { prefilter?: boolean } = {}): DateFinder {
  const prefilter = opts.prefilter ?? true;
  const monthOf = monthNumbers(words);
  const M = alternation([...monthOf.keys()]);
  const W = alternation(words.weekdays);
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const rx = (s: string): RegExp => new RegExp(s, 'giu');
  // Cores shared by a pattern and its needle.
  const TODAY = 'today|tonight|this\\s+morning|this\\s+afternoon|this\\s+evening|earlier\\s+today';
  const YESTERDAY = 'the\\s+day\\s+before\\s+yesterday|yesterday|last\\s+night';
  const AGO = '(day|days|week|weeks|month|months|year|years)\\s+ago';
  const MONTH_REL = 'earlier\\s+this\\s+month|this\\s+month|earlier\\s+in\\s+the\\s+month|earlier\\s+last\\s+month|last\\s+month|the\\s+previous\\s+month|the\\s+past\\s+month';
  const YEAR_REL = 'earlier\\s+this\\s+year|this\\s+year|last\\s+year|the\\s+previous\\s+year|the\\s+past\\s+year';
  const WEEKEND = 'over\\s+the\\s+weekend|this\\s+weekend|last\\s+weekend|at\\s+the\\s+weekend';
  const YEAR = '(?:19|20)\\d{2}';
  const ISO = '(\\d{4})-(\\d{2})-(\\d{2})';
  // A month name holds its first three letters: fewer, shorter alternatives scan faster.
  const monthNeedle = rx(alternation([...new Set([...monthOf.keys()].map((n) => n.slice(0, 3)))]));
  // The phrase patterns (today, yesterday, ago, this month, this year, weekend, recent and anaphoric words) are
  // rare: one needle of all their phrases costs one scan rather than eight, and lets all eight run where any occurs.
  const RECENT = alternation(words.recent);
  const ANAPHORIC = alternation(words.anaphoric);
  const phraseNeedle = rx([TODAY, YESTERDAY, AGO, MONTH_REL, YEAR_REL, WEEKEND, RECENT, ANAPHORIC].filter((core) => core !== '').join('|'));
  const digits = rx('\\d+');
  const patterns: DatePattern[] = [
    { re: rx(`${B}${ISO}${E}`), needles: [rx(ISO)], resolve: (m) => ({ date: `${m[1]}-${m[2]}-${m[3]}`, kind: 'absolute' }) },
    // "March of last year", "December of this year", "March last year"
    { re: rx(`${B}(${M})\\.?\\s+(?:of\\s+)?(last|this|the\\s+previous|the\\s+same)\\s+year${E}`), needles: [monthNeedle, rx('year')], resolve: (m, pub) => {
      const mo = monthOf.get(m[1]!.toLowerCase())!;
      if (!pub) return null;
      return { date: month(/^(last|the\s+previous)$/i.test(m[2]!) ? pub.y - 1 : pub.y, mo), kind: 'relative' };
    } },
    // "December 1, 2017", "Dec. 1", "March 2020", "May of 2019"
    { re: rx(`${B}(${M})\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4})${E})?|(?:of\\s+)?(\\d{4})${E})`), needles: [monthNeedle, digits], resolve: (m, pub) => {
      const mo = monthOf.get(m[1]!.toLowerCase())!;
      if (m[4]) return { date: month(Number(m[4]), mo), kind: 'absolute' };
      return dayOfMonth(mo, Number(m[2]), m[3] ? Number(m[3]) : null, pub);
    } },
    // "1 December 2017", "23rd of February"
    { re: rx(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})\\.?(?:,?\\s+(\\d{4}))?${E}`), needles: [monthNeedle, digits], resolve: (m, pub) =>
      dayOfMonth(monthOf.get(m[2]!.toLowerCase())!, Number(m[1]), m[3] ? Number(m[3]) : null, pub) },
    // A month without a year needs a word in front: "May" and "March" are also verbs. A month followed by a
    // day or a year ("since February 2020") is the patterns' above, whole.
    { re: rx(`${B}(last|this|next|in|since|during|early|late|mid|mid-|until|from|of|earlier\\s+in|later\\s+in|in\\s+early|in\\s+late|in\\s+mid-?|the\\s+beginning\\s+of|the\\s+end\\s+of|the\\s+start\\s+of)\\s*(${M})${E}(?!\\.?,?\\s+(?:of\\s+)?\\d)`), needles: [monthNeedle], resolve: (m, pub) => {
      if (!pub) return null;
      const mo = monthOf.get(m[2]!.toLowerCase())!;
      const mod = m[1]!.toLowerCase();
      let y = pub.y;
      if (mod === 'next') y = mo > pub.m ? pub.y : pub.y + 1;
      else if (mod === 'last' ? mo >= pub.m : mo > pub.m) y = pub.y - 1;
      return { date: month(y, mo), kind: 'relative' };
    } },
    { re: rx(`${B}(?:(on|last|this|next|past)\\s+)?(${W})${E}`), needles: [rx(W)], resolve: (m, pub) => {
      if (!pub) return null;
      const target = words.weekdays.findIndex((w) => w.toLowerCase() === m[2]!.toLowerCase());
      const today = weekday(pub);
      if (m[1]?.toLowerCase() === 'next') return { date: day(shift(pub, ((target - today + 7) % 7) || 7)), kind: 'relative' };
      let back = (today - target + 7) % 7;
      if (m[1]?.toLowerCase() === 'last' && back === 0) back = 7;
      return { date: day(shift(pub, -back)), kind: 'relative' };
    } },
    { re: rx(`${B}(${TODAY})${E}`), needles: [phraseNeedle], resolve: (_m, pub) => pub && { date: day(pub), kind: 'relative' } },
    { re: rx(`${B}(${YESTERDAY})${E}`), needles: [phraseNeedle], resolve: (m, pub) => pub && { date: day(shift(pub, /before/i.test(m[1]!) ? -2 : -1)), kind: 'relative' } },
    { re: rx(`${B}(\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+${AGO}${E}`), needles: [phraseNeedle], resolve: (m, pub) => {
      if (!pub) return null;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : Math.max(1, ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(m[1]!.toLowerCase()));
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'day') return { date: day(shift(pub, -n)), kind: 'relative' };
      if (unit === 'week') { const v = shift(pub, -7 * n); return { date: month(v.y, v.m), kind: 'relative' }; }
      if (unit === 'month') { const idx = pub.y * 12 + pub.m - 1 - n; return { date: month(Math.floor(idx / 12), (idx % 12) + 1), kind: 'relative' }; }
      return { date: String(pub.y - n), kind: 'relative' };
    } },
    { re: rx(`${B}(${MONTH_REL})${E}`), needles: [phraseNeedle], resolve: (m, pub) => {
      if (!pub) return null;
      if (/last|previous|past/i.test(m[1]!)) { const idx = pub.y * 12 + pub.m - 2; return { date: month(Math.floor(idx / 12), (idx % 12) + 1), kind: 'relative' }; }
      return { date: month(pub.y, pub.m), kind: 'relative' };
    } },
    { re: rx(`${B}(${YEAR_REL})${E}`), needles: [phraseNeedle], resolve: (m, pub) =>
      pub && { date: String(/last|previous|past/i.test(m[1]!) ? pub.y - 1 : pub.y), kind: 'relative' } },
    // A weekend spans two days: log the month.
    { re: rx(`${B}(${WEEKEND})${E}`), needles: [phraseNeedle], resolve: (_m, pub) => {
      if (!pub) return null;
      const sat = shift(pub, -((weekday(pub) - 6 + 7) % 7));
      return { date: month(sat.y, sat.m), kind: 'relative' };
    } },
    { re: rx(`${B}(?:in|since|during|of|early|late|mid|mid-|in\\s+early|in\\s+late|by\\s+the\\s+end\\s+of)\\s*(${YEAR})${E}(?!\\s*(?:-|–))`), needles: [rx(YEAR)], resolve: (m) => ({ date: m[1]!, kind: 'absolute' }) },
  ];

  function dayOfMonth(mo: number, d: number, year: number | null, pub: Ymd | null): { date: string; kind: DateHit['kind'] } | null {
    if (year !== null) return validDay(year, mo, d) ? { date: day({ y: year, m: mo, d }), kind: 'absolute' } : null;
    if (!pub) return null;
    let y = pub.y;
    // Past bias, with two days of slack for time zones and overnight reports.
    if (Date.UTC(y, mo - 1, d) > Date.UTC(pub.y, pub.m - 1, pub.d) + 2 * 86_400_000) y -= 1;
    return validDay(y, mo, d) ? { date: day({ y, m: mo, d }), kind: 'relative' } : null;
  }

  if (words.recent.length) patterns.push(wordPattern(RECENT, 'recent'));
  if (words.anaphoric.length) patterns.push(wordPattern(ANAPHORIC, 'anaphoric'));

  function wordPattern(core: string, kind: 'recent' | 'anaphoric'): DatePattern {
    return { re: rx(`${B}(?:${core})${E}`), needles: [phraseNeedle], resolve: (_m, pub) => ({ date: kind === 'recent' && pub ? month(pub.y, pub.m) : null, kind }) };
  }

  // The needles' occurrences in the last text searched: callers search one document sentence by sentence.
  const needles = [...new Set(patterns.flatMap((p) => p.needles))];
  let seenText: string | null = null;
  let seen = new Map<RegExp, Occurrences>();
  const present = (p: DatePattern, text: string, from: number, to: number): boolean => {
    if (!prefilter) return true;
    if (text !== seenText) {
      seenText = text;
      seen = new Map(needles.map((n) => [n, occurrences(n, text)]));
    }
    return p.needles.every((n) => occursIn(seen.get(n)!, from, to));
  };

  // Callers date a document sentence by sentence against one publication date.
  let lastPublished: string | null | undefined;
  let lastPub: Ymd | null = null;
  return (text, from, to, published) => {
    if (published !== lastPublished) {
      lastPublished = published;
      lastPub = parsePublished(published);
    }
    const pub = lastPub;
    const slice = text.slice(from, to);
    const found: DateHit[] = [];
    for (const p of patterns) {
      if (!present(p, text, from, to)) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
        const r = p.resolve(m, pub);
        if (r) found.push({ start: from + m.index, end: from + m.index + m[0].length, ...r });
      }
    }
    // Keep the longest of overlapping expressions.
    found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    const out: DateHit[] = [];
    for (const h of found) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) {
        if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
        continue;
      }
      out.push(h);
    }
    return out;
  };
}
