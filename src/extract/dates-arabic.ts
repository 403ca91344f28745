/**
 * Dates written in Arabic.
 *
 *   parseArabicDate(text, reference, lexicon?) -> ArabicDateMatch[]
 *
 * Returns every date expression in `text`, in text order, without overlaps:
 * `date` is YYYY-MM-DD, YYYY-MM or YYYY (as precise as the words allow);
 * `start`/`end` are UTF-16 offsets into `text` (the clitics and cue words
 * around a date, "وفي", "شهر", are left outside the span). `reference` is
 * the publication date (a Date, or a string starting YYYY-MM-DD); relative
 * expressions (أمس, الخميس, الشهر الماضي) and dates without a year are
 * resolved against it and biased to the past; with no usable reference they
 * are skipped. Never throws on any input text.
 *
 * Reads: both Gregorian month series (كانون الثاني, يناير) and the combined
 * form (تشرين الثاني/نوفمبر), Hijri dates (15 رمضان 1445 هـ, 1445هـ), ordinal
 * days (الأول من آذار), numeric dates (15/11/2023, DD/MM first), weekdays and
 * relative phrases, in Western, Arabic-Indic (٠-٩) or Persian (۰-۹) digits,
 * with or without diacritics, tatweel and hamza. Vocabulary lives in
 * data/lexicons/months-ar.yaml.
 */
import { CharClasses } from '../text/char-classes.js';
import { foldText } from '../text/fold.js';
import { hijriMonthToGregorian, hijriToGregorian, hijriYearToGregorian, isoDay, toHijri } from '../core/hijri.js';
import { loadArabicDateLexicon, type ArabicDateLexicon } from './dates-arabic-lexicon.js';

export interface ArabicDateMatch {
  /** YYYY-MM-DD, YYYY-MM or YYYY, Gregorian. */
  date: string;
  start: number;
  end: number;
  /** The words of the date as written. */
  text: string;
  /** Calendar the text used. */
  calendar: 'gregorian' | 'hijri';
  /** True when the date was resolved against the reference (أمس, الخميس, a day with no year). */
  relative: boolean;
}

const DAY_MS = 86_400_000;
/** A date without a year lands in the reference year unless that puts it more than this far ahead. */
const FUTURE_WINDOW_DAYS = 30;
/** Hijri years in news text are below this; larger numbers next to a Hijri month are Gregorian years. */
const LAST_HIJRI_YEAR = 1600;

// ---------------------------------------------------------------- patterns

// Letters that fold together (src/text/fold.ts) match each other in text.
const LETTER_CLASS: Readonly<Record<string, string>> = {
  '\u0627': '[\u0627\u0623\u0625\u0622\u0671\u0672\u0673\u0675]',
  '\u064A': '[\u064A\u0649\u06CC\u0626\u06D0]',
  '\u0647': '[\u0647\u0629\u06C0\u06D5]',
  '\u0648': '[\u0648\u0624]',
  '\u0643': '[\u0643\u06A9\u06AA]',
};
// Harakat, hamza marks, superscript alef, tatweel and a dropped or written hamza, between any two letters.
const MARKS = '[\u0621\u064B-\u065F\u0670\u0640]*';
const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
// Not inside a word; a word may carry the proclitics و ف ب ل in front.
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])(?:[\u0648\u0641]?[\u0628\u0644]?)';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A regex source matching a lexicon word in any of its usual spellings. */
function wordPattern(word: string): string {
  let out = '';
  for (const ch of foldText(word).trim()) {
    if (/\s/.test(ch)) out += '\\s+';
    else out += (LETTER_CLASS[ch] ?? escape(ch)) + MARKS;
  }
  return out;
}

function alternation(words: string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => foldText(b).length - foldText(a).length);
  return `(?:${sorted.map(wordPattern).join('|')})`;
}

/** Folded spelling -> number, for reading back what a pattern matched. */
function table(entries: Array<{ n: number; names: string[] }>): Map<string, number> {
  return new Map(entries.flatMap((e) => e.names.map((name) => [key(name), e.n] as const)));
}

// What the patterns match is a lexicon word in one of a few spellings, read back on every date found:
// its key is remembered (bounded: cleared when full), as folding costs several Unicode passes.
const KEY_CACHE_LIMIT = 10_000;
const keyCache = new Map<string, string>();

function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = foldText(s).replace(/\s+/g, ' ').trim();
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

type Kind =
  | 'gregorian-day' | 'gregorian-month-year' | 'gregorian-month' | 'hijri-day' | 'hijri-month-year'
  | 'hijri-year' | 'year' | 'numeric' | 'numeric-iso' | 'weekday' | 'relative';

/** Words a pattern cannot match without: a digit, or a word of one of the lexicon's lists. */
type Need = 'digit' | 'gm' | 'hm' | 'wd' | 'rel';

const NEEDS: Readonly<Record<Kind, readonly Need[]>> = {
  'gregorian-day': ['gm'],
  'gregorian-month-year': ['gm', 'digit'],
  'gregorian-month': ['gm'],
  'hijri-day': ['hm'],
  'hijri-month-year': ['hm', 'digit'],
  'hijri-year': ['digit'],
  year: ['digit'],
  numeric: ['digit'],
  'numeric-iso': ['digit'],
  weekday: ['wd'],
  relative: ['rel'],
};

/**
 * A cheap test on the folded text for one list of words: the first word of
 * each entry, folded, anywhere. A pattern can only match where its words
 * fold to these, so a sentence without them skips the pattern.
 */
function probe(words: string[]): RegExp {
  const firsts = [...new Set(words.map((w) => key(w).split(' ')[0] ?? '').filter((w) => w !== ''))];
  return firsts.length === 0 ? /(?!)/ : new RegExp(firsts.map(escape).join('|'));
}

/** What a pattern's first word can be: one of these folded words (after the clitics), or a number. */
interface Opening {
  words: ReadonlySet<string>;
  digit: boolean;
}

interface Compiled {
  lexicon: ArabicDateLexicon;
  patterns: Array<{ kind: Kind; regex: RegExp; opening: Opening }>;
  /** The patterns (bit i: patterns[i]) each folded opening word opens, and those a number opens. */
  openers: Map<string, number>;
  digitOpeners: number;
  probes: Readonly<Record<Exclude<Need, 'digit'>, RegExp>>;
  gregorian: Map<string, number>;
  hijri: Map<string, number>;
  weekdays: Map<string, number>;
  ordinals: Map<string, number>;
  relative: Map<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }>;
  direction: Map<string, 'past' | 'next' | 'current'>;
  hijriMarkers: Set<string>;
}

function compile(lexicon: ArabicDateLexicon): Compiled {
  const gm = alternation(lexicon.gregorian.flatMap((e) => e.names));
  const hm = alternation(lexicon.hijri.flatMap((e) => e.names));
  const wd = alternation(lexicon.weekdays.flatMap((e) => e.names));
  const ord = alternation(lexicon.ordinal_days.flatMap((e) => e.names));
  const dir = alternation([...lexicon.direction.past, ...lexicon.direction.next, ...lexicon.direction.current]);
  const rel = alternation(lexicon.relative.flatMap((e) => e.phrases));
  const monthCue = alternation(lexicon.month_cues);
  const yearCue = alternation(lexicon.year_cues);
  const hMark = alternation(lexicon.hijri_markers);
  const gMark = alternation(lexicon.gregorian_markers);
  const min = `${wordPattern('من')}\\s+`;
  const month = wordPattern('شهر');

  // "تشرين الثاني/نوفمبر", "تشرين الثاني (نوفمبر)": one month in two series.
  const gregMonth = `(?<gm>${gm})(?:\\s*(?:[/\\\\-]|\\()\\s*(?<gm2>${gm})\\s*\\)?)?`;
  const weekdayLead = `(?:${wd}\\s*[,\u060C]?\\s*)?`;
  // "15 تشرين الثاني", "15 من شهر آذار", "الأول من آذار" (an ordinal needs its من).
  const dayLead = `(?:(?<day>${DIGIT}{1,2})\\s*(?:${min})?|(?<ord>${ord})\\s+${min})(?:${month}\\s+)?`;
  const yearTail = (mark: string) =>
    `(?:\\s*[,\u060C]?\\s*(?:${min})?(?:${yearCue}\\s+)?(?<year>${DIGIT}{4})(?:\\s*(?<mark>${mark})${WORD_END})?)`;
  const body = (s: string) => `${WORD_START}(?<body>${s})${WORD_END}`;
  // Sticky: each pattern is tried only where a word starts (see parseArabicDate).
  const flags = 'yud';
  const patterns: Array<{ kind: Kind; regex: RegExp }> = [
    { kind: 'gregorian-day', regex: new RegExp(body(`${weekdayLead}${dayLead}${gregMonth}${yearTail(gMark)}?`), flags) },
    { kind: 'gregorian-month-year', regex: new RegExp(body(`(?:${month}\\s+)?${gregMonth}${yearTail(gMark)}`), flags) },
    {
      kind: 'gregorian-month',
      regex: new RegExp(
        `${WORD_START}(?:(?<cue>${monthCue})\\s+)?(?<body>(?<shahr>${month}\\s+)?${gregMonth}(?:\\s+(?<dir>${dir}))?)${WORD_END}`,
        flags,
      ),
    },
    { kind: 'hijri-day', regex: new RegExp(body(`${weekdayLead}${dayLead}(?<hm>${hm})${yearTail(hMark)}?`), flags) },
    { kind: 'hijri-month-year', regex: new RegExp(body(`(?:${month}\\s+)?(?<hm>${hm})${yearTail(hMark)}`), flags) },
    { kind: 'hijri-year', regex: new RegExp(body(`(?<year>${DIGIT}{4})\\s*(?<mark>${hMark})`), flags) },
    {
      kind: 'year',
      regex: new RegExp(
        `${WORD_START}(?:(?<cue>${yearCue})\\s+)?(?<body>(?<year>${DIGIT}{4})(?:\\s*(?<mark>${gMark}))?)${WORD_END}`,
        flags,
      ),
    },
    {
      kind: 'numeric',
      regex: new RegExp(
        body(`(?<day>${DIGIT}{1,2})(?<sep>[/.\\-])(?<mon>${DIGIT}{1,2})\\k<sep>(?<year>${DIGIT}{4})(?:\\s*(?<mark>${hMark}|${gMark}))?`),
        flags,
      ),
    },
    {
      kind: 'numeric-iso',
      regex: new RegExp(
        body(`(?<year>${DIGIT}{4})(?<sep>[/.\\-])(?<mon>${DIGIT}{1,2})\\k<sep>(?<day>${DIGIT}{1,2})(?:\\s*(?<mark>${hMark}|${gMark}))?`),
        flags,
      ),
    },
    { kind: 'weekday', regex: new RegExp(body(`(?:${wordPattern('يوم')}\\s+)?(?<wd>${wd})(?:\\s+(?<dir>${dir}))?`), flags) },
    { kind: 'relative', regex: new RegExp(body(`(?<rel>${rel})`), flags) },
  ];
  const firsts = (...lists: string[][]): Set<string> => new Set(lists.flat().map((w) => key(w).split(' ')[0] ?? '').filter((w) => w !== ''));
  const L = lexicon;
  const names = (entries: Array<{ names: string[] }>): string[] => entries.flatMap((e) => e.names);
  const openings: Readonly<Record<Kind, Opening>> = {
    'gregorian-day': { words: firsts(names(L.weekdays), names(L.ordinal_days)), digit: true },
    'gregorian-month-year': { words: firsts(['شهر'], names(L.gregorian)), digit: false },
    'gregorian-month': { words: firsts(L.month_cues, ['شهر'], names(L.gregorian)), digit: false },
    'hijri-day': { words: firsts(names(L.weekdays), names(L.ordinal_days)), digit: true },
    'hijri-month-year': { words: firsts(['شهر'], names(L.hijri)), digit: false },
    'hijri-year': { words: new Set(), digit: true },
    year: { words: firsts(L.year_cues), digit: true },
    numeric: { words: new Set(), digit: true },
    'numeric-iso': { words: new Set(), digit: true },
    weekday: { words: firsts(['يوم'], names(L.weekdays)), digit: false },
    relative: { words: firsts(L.relative.flatMap((e) => e.phrases)), digit: false },
  };
  const direction = new Map<string, 'past' | 'next' | 'current'>();
  for (const w of lexicon.direction.past) direction.set(key(w), 'past');
  for (const w of lexicon.direction.next) direction.set(key(w), 'next');
  for (const w of lexicon.direction.current) direction.set(key(w), 'current');
  const openers = new Map<string, number>();
  let digitOpeners = 0;
  patterns.forEach((p, i) => {
    const opening = openings[p.kind];
    for (const w of opening.words) openers.set(w, (openers.get(w) ?? 0) | (1 << i));
    if (opening.digit) digitOpeners |= 1 << i;
  });
  return {
    lexicon,
    patterns: patterns.map((p) => ({ ...p, opening: openings[p.kind] })),
    openers,
    digitOpeners,
    probes: {
      gm: probe(lexicon.gregorian.flatMap((e) => e.names)),
      hm: probe(lexicon.hijri.flatMap((e) => e.names)),
      wd: probe(lexicon.weekdays.flatMap((e) => e.names)),
      rel: probe(lexicon.relative.flatMap((e) => e.phrases)),
    },
    gregorian: table(lexicon.gregorian.map((e) => ({ n: e.month, names: e.names }))),
    hijri: table(lexicon.hijri.map((e) => ({ n: e.month, names: e.names }))),
    weekdays: table(lexicon.weekdays.map((e) => ({ n: e.day, names: e.names }))),
    ordinals: table(lexicon.ordinal_days.map((e) => ({ n: e.day, names: e.names }))),
    relative: new Map(lexicon.relative.flatMap((e) => e.phrases.map((p) => [key(p), { unit: e.unit, offset: e.offset }] as const))),
    direction,
    hijriMarkers: new Set(lexicon.hijri_markers.map(key)),
  };
}

const compiledCache = new WeakMap<ArabicDateLexicon, Compiled>();
let defaultLexicon: ArabicDateLexicon | null = null;

function compiled(lexicon: ArabicDateLexicon | undefined): Compiled {
  const lex = lexicon ?? (defaultLexicon ??= loadArabicDateLexicon());
  let c = compiledCache.get(lex);
  if (!c) {
    c = compile(lex);
    compiledCache.set(lex, c);
  }
  return c;
}

// ---------------------------------------------------------------- calendar arithmetic

function toReference(reference: Date | string | null | undefined): Date | null {
  if (reference instanceof Date) {
    return Number.isNaN(reference.getTime()) ? null : new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  }
  const m = typeof reference === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** The year for a month (and day) written without one: the reference year, unless that is too far ahead. */
function inferYear(month: number, day: number, ref: Date): number {
  const year = ref.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month)));
  return candidate > ref.getTime() + FUTURE_WINDOW_DAYS * DAY_MS ? year - 1 : year;
}

function number(digits: string): number {
  return Number(foldText(digits));
}

// ---------------------------------------------------------------- reading one match

interface Resolved {
  date: string;
  calendar: 'gregorian' | 'hijri';
  relative: boolean;
}

function monthOf(c: Compiled, groups: Record<string, string | undefined>): number | null {
  const first = groups['gm'] ? c.gregorian.get(key(groups['gm'])) : undefined;
  if (first === undefined) return null;
  // A combined form naming two different months is a typo we cannot settle.
  const second = groups['gm2'] ? c.gregorian.get(key(groups['gm2'])) : undefined;
  if (second !== undefined && second !== first) return null;
  return first;
}

function dayOf(c: Compiled, groups: Record<string, string | undefined>): number | null {
  if (groups['day']) return number(groups['day']);
  if (groups['ord']) return c.ordinals.get(key(groups['ord'])) ?? null;
  return null;
}

function isHijriMark(c: Compiled, mark: string | undefined): boolean {
  return mark !== undefined && c.hijriMarkers.has(key(mark));
}

function hijriDay(year: number, month: number, day: number): string | null {
  const d = hijriToGregorian({ year, month, day });
  return d ? isoDay(d) : null;
}

/** The Hijri year to give a Hijri month and day written without one: the latest not too far ahead. */
function inferHijriYear(month: number, day: number, ref: Date): number {
  const year = toHijri(ref).year;
  const d = hijriToGregorian({ year, month, day: Math.min(day, 29) });
  return d && d.getTime() > ref.getTime() + FUTURE_WINDOW_DAYS * DAY_MS ? year - 1 : year;
}

/** The Hijri month written with a Gregorian year ("رمضان 2024"): the one whose middle falls in that year. */
function hijriMonthInGregorianYear(month: number, gregorianYear: number): string | null {
  const approxHijri = Math.floor((gregorianYear - 622) * (365.2425 / 354.36667)) + 1;
  for (const y of [approxHijri - 1, approxHijri, approxHijri + 1]) {
    const ym = hijriMonthToGregorian(y, month);
    if (ym?.startsWith(`${gregorianYear}-`)) return ym;
  }
  return null;
}

function resolve(c: Compiled, kind: Kind, g: Record<string, string | undefined>, ref: Date | null): Resolved | null {
  const year = g['year'] ? number(g['year']) : null;
  switch (kind) {
    case 'gregorian-day': {
      const month = monthOf(c, g);
      const day = dayOf(c, g);
      if (month === null || day === null) return null;
      if (year !== null) return validDay(year, month, day) ? { date: ymd(year, month, day), calendar: 'gregorian', relative: false } : null;
      if (!ref) return null;
      const y = inferYear(month, day, ref);
      return validDay(y, month, day) ? { date: ymd(y, month, day), calendar: 'gregorian', relative: true } : null;
    }
    case 'gregorian-month-year': {
      const month = monthOf(c, g);
      return month === null || year === null ? null : { date: `${pad(year, 4)}-${pad(month)}`, calendar: 'gregorian', relative: false };
    }
    case 'gregorian-month': {
      const month = monthOf(c, g);
      if (month === null || !ref) return null;
      const direction = g['dir'] ? c.direction.get(key(g['dir'])) : undefined;
      // A bare month name is also an ordinary word (آب "father", مارس "practised"): read it
      // only after a cue word, before a direction word, or in the two-series form.
      if (!g['cue'] && !g['shahr'] && !direction && !g['gm2']) return null;
      const refYear = ref.getUTCFullYear();
      const refMonth = ref.getUTCMonth() + 1;
      let y: number;
      if (direction === 'past') y = month < refMonth ? refYear : refYear - 1;
      else if (direction === 'next') y = month > refMonth ? refYear : refYear + 1;
      else if (direction === 'current') y = refYear;
      else y = inferYear(month, 1, ref);
      return { date: `${pad(y, 4)}-${pad(month)}`, calendar: 'gregorian', relative: true };
    }
    case 'hijri-day': {
      const month = g['hm'] ? c.hijri.get(key(g['hm'])) : undefined;
      const day = dayOf(c, g);
      if (month === undefined || day === null) return null;
      if (year !== null) {
        if (year > LAST_HIJRI_YEAR) return null;
        const date = hijriDay(year, month, day);
        return date ? { date, calendar: 'hijri', relative: false } : null;
      }
      if (!ref) return null;
      const date = hijriDay(inferHijriYear(month, day, ref), month, day);
      return date ? { date, calendar: 'hijri', relative: true } : null;
    }
    case 'hijri-month-year': {
      const month = g['hm'] ? c.hijri.get(key(g['hm'])) : undefined;
      if (month === undefined || year === null) return null;
      const date = year > LAST_HIJRI_YEAR && !isHijriMark(c, g['mark'])
        ? hijriMonthInGregorianYear(month, year)
        : hijriMonthToGregorian(year, month);
      return date ? { date, calendar: 'hijri', relative: false } : null;
    }
    case 'hijri-year': {
      if (year === null || year > LAST_HIJRI_YEAR) return null;
      const date = hijriYearToGregorian(year);
      return date ? { date, calendar: 'hijri', relative: false } : null;
    }
    case 'year': {
      // A four-digit number is a year only with a cue word or the Gregorian marker.
      if (year === null || (!g['cue'] && !g['mark']) || year < 1000) return null;
      return { date: pad(year, 4), calendar: 'gregorian', relative: false };
    }
    case 'numeric':
    case 'numeric-iso': {
      const month = g['mon'] ? number(g['mon']) : 0;
      const day = g['day'] ? number(g['day']) : 0;
      if (year === null) return null;
      if (isHijriMark(c, g['mark']) || year <= LAST_HIJRI_YEAR) {
        const date = year <= LAST_HIJRI_YEAR ? hijriDay(year, month, day) : null;
        return date ? { date, calendar: 'hijri', relative: false } : null;
      }
      return validDay(year, month, day) ? { date: ymd(year, month, day), calendar: 'gregorian', relative: false } : null;
    }
    case 'weekday': {
      const weekday = g['wd'] ? c.weekdays.get(key(g['wd'])) : undefined;
      if (weekday === undefined || !ref) return null;
      const direction = g['dir'] ? c.direction.get(key(g['dir'])) : undefined;
      const back = (ref.getUTCDay() - weekday + 7) % 7;
      let offset: number;
      // Default: the most recent such day, the reference day itself included (news reports the past).
      if (direction === 'past') offset = -(back === 0 ? 7 : back);
      else if (direction === 'next') offset = (weekday - ref.getUTCDay() + 7) % 7 || 7;
      else offset = -back;
      return { date: isoDay(addDays(ref, offset)), calendar: 'gregorian', relative: true };
    }
    case 'relative': {
      const rule = g['rel'] ? c.relative.get(key(g['rel'])) : undefined;
      if (!rule || !ref) return null;
      let date: string;
      if (rule.unit === 'day') date = isoDay(addDays(ref, rule.offset));
      // A week has no partial-date form; its month (taken at the same weekday) is as precise as we can be.
      else if (rule.unit === 'week') date = isoDay(addDays(ref, 7 * rule.offset)).slice(0, 7);
      else if (rule.unit === 'month') {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + rule.offset, 1));
        date = isoDay(d).slice(0, 7);
      } else date = pad(ref.getUTCFullYear() + rule.offset, 4);
      return { date, calendar: 'gregorian', relative: true };
    }
  }
}

// ---------------------------------------------------------------- entry point

// What the patterns tolerate between letters, and the letters each class accepts (LETTER_CLASS, MARKS).
const TOLERATED = /[\u0621\u064B-\u065F\u0670\u0640]/gu;
const CLASS_OF: Readonly<Record<string, string>> = {};
for (const [rep, cls] of Object.entries(LETTER_CLASS)) for (const ch of cls.slice(1, -1)) if (ch !== rep) (CLASS_OF as Record<string, string>)[ch] = rep;

/**
 * Text folded as the patterns read it: tolerated marks dropped, each letter
 * class to its first letter. Where a pattern matches, its folded lexicon
 * words appear in this form. A table over the Arabic block and one pass,
 * as it runs on every Arabic sentence. Exported for the tests.
 */
const FOLD_BASE = 0x0621;
const FOLD_TABLE: Array<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  for (let c = FOLD_BASE; c <= 0x06ff; c++) {
    const ch = String.fromCharCode(c);
    TOLERATED.lastIndex = 0;
    if (TOLERATED.test(ch)) table.push('');
    else table.push(CLASS_OF[ch]);
  }
  return table;
})();

export function patternFold(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FOLD_BASE || c > 0x06ff) continue;
    const r = FOLD_TABLE[c - FOLD_BASE];
    if (r === undefined) continue;
    out += text.slice(last, i) + r;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

// Character classes, one bit each: a word opens on LETTER_OR_DIGIT after anything but WORD_CHAR; its letters are LETTER_OR_MARK.
const LETTER_OR_DIGIT = 1; // [\p{L}\p{N}]
const WORD_CHAR = 2; // [\p{L}\p{M}\p{N}]
const LETTER_OR_MARK = 4; // [\p{L}\p{M}]
const CHARS = new CharClasses([/^[\p{L}\p{N}]$/u, /^[\p{L}\p{M}\p{N}]$/u, /^[\p{L}\p{M}]$/u]);

/** A word opening: where it is, and what a pattern could open with there. */
export interface WordOpening {
  at: number;
  /** The word's letters folded, whole and without the clitics a pattern allows (و or ف, then ب or ل). */
  keys: string[];
  /** A number begins right after the clitics ("و15", "15"). */
  digit: boolean;
}

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;

/**
 * Offsets where a word opens: a letter or digit after anything but a letter,
 * mark or digit. Exported for its tests.
 */
export function wordOpenings(text: string): WordOpening[] {
  const out: WordOpening[] = [];
  const n = text.length;
  let afterWordChar = false;
  for (let at = 0; at < n;) {
    const cp = text.codePointAt(at)!;
    const cls = CHARS.of(cp);
    if (!afterWordChar && (cls & LETTER_OR_DIGIT) !== 0) {
      // The word's run of letters and marks (none when it opens on a digit).
      let end = at;
      while (end < n) {
        const next = text.codePointAt(end)!;
        if ((CHARS.of(next) & LETTER_OR_MARK) === 0) break;
        end += next > 0xffff ? 2 : 1;
      }
      const keys: string[] = [];
      let digit = false;
      let consumed = 0;
      // The clitics fold to themselves, one letter each, so the key without them is the whole key less its first letters.
      const whole = patternFold(text.slice(at, end));
      const rest = (): void => {
        if (at + consumed === end) digit ||= isDigit(text.charCodeAt(end));
        else keys.push(consumed === 0 ? whole : whole.slice(consumed));
      };
      rest();
      const first = text.charCodeAt(at);
      if (end > at && (first === WAW || first === FEH)) { consumed++; rest(); }
      const second = text.charCodeAt(at + consumed);
      if (at + consumed < end && (second === BEH || second === LAM)) { consumed++; rest(); }
      out.push({ at, keys, digit });
    }
    afterWordChar = (cls & WORD_CHAR) !== 0;
    at += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** The word openings of `text` where some pattern can open, with the patterns that can (bit i: c.patterns[i]). */
function openingsOf(c: Compiled, text: string): Array<{ at: number; opens: number }> {
  const out: Array<{ at: number; opens: number }> = [];
  for (const w of wordOpenings(text)) {
    let opens = w.digit ? c.digitOpeners : 0;
    for (const k of w.keys) opens |= c.openers.get(k) ?? 0;
    if (opens !== 0) out.push({ at: w.at, opens });
  }
  return out;
}

/** Every Arabic date expression in `text` (see the module comment). */
export function parseArabicDate(text: string, reference: Date | string | null, lexicon?: ArabicDateLexicon): ArabicDateMatch[] {
  const c = compiled(lexicon);
  const ref = toReference(reference);
  const candidates: ArabicDateMatch[] = [];
  // Eleven mark-tolerant patterns are slow to run over every sentence; most sentences hold no
  // month, weekday or digit at all, and a pattern runs only where the words it needs are present.
  // Folded only when a probe asks: most sentences open no pattern at all.
  let folded: string | undefined;
  const present = new Map<Need, boolean>();
  const has = (need: Need): boolean => {
    let p = present.get(need);
    if (p === undefined) {
      p = need === 'digit' ? ANY_DIGIT.test(text) : c.probes[need].test(folded ??= patternFold(text));
      present.set(need, p);
    }
    return p;
  };
  // Every pattern opens on a letter or digit that follows no letter, mark or digit, and its first
  // word (after the clitics) is one of a few: trying it only at such words, left to right and
  // past each match, finds what a scan of every position would.
  const words = openingsOf(c, text);
  let anyOpens = 0;
  for (const w of words) anyOpens |= w.opens;
  if (anyOpens === 0) return [];
  for (const [p, { kind, regex }] of c.patterns.entries()) {
    if ((anyOpens & (1 << p)) === 0 || !NEEDS[kind].every(has)) continue;
    let next = 0;
    for (const w of words) {
      if (w.at < next || (w.opens & (1 << p)) === 0) continue;
      regex.lastIndex = w.at;
      const m = regex.exec(text);
      if (!m) continue;
      next = w.at + Math.max(m[0].length, 1);
      const span = m.indices?.groups?.['body'];
      if (!span || !m.groups) continue;
      const resolved = resolve(c, kind, m.groups, ref);
      if (!resolved) continue;
      candidates.push({ ...resolved, start: span[0], end: span[1], text: text.slice(span[0], span[1]) });
    }
  }
  // Longest expression wins ("الخميس 15 آذار 2024" over "الخميس" and "آذار 2024"); ties keep pattern order.
  const kept: ArabicDateMatch[] = [];
  const order = candidates.map((m, i) => ({ m, i })).sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  for (const { m } of order) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
