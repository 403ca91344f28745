/**
 * Publication dates as pages print them: "2020-02-16", "November 1, 2023",
 * "FEBRUARY 16, 2020 00:30", "Feb 23, 2018", "16 February 2020",
 * "١٦ شباط ٢٠٢٠", "30 كانون الثاني/يناير 2025م", "2024/03/21", and day-first or
 * month-first numeric dates ("25-10-2024", "10/25/2024"). A numeric date
 * whose numbers allow both readings ("05/04/2024") is kept with both, for
 * the reader to decide from the page (see resolveNumeric). Dates without a
 * year are not publication dates: nothing is guessed.
 */
import { hijriToGregorian, isoDay } from '../core/hijri.js';
import { foldArabicLetters, foldCue, type PageLexicon } from './lexicon.js';

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  start: number;
  end: number;
  /**
   * Set on a numeric date both readings allow ("05/04/2024"): `date` is then
   * the day-first reading (2024-04-05) and this the month-first one (2024-05-04).
   */
  monthFirst?: string;
}

export interface FindOptions {
  /** Also return numeric dates whose day and month could be swapped. */
  ambiguous?: boolean;
}

const arabicDigits = /[٠-٩۰-۹]/g;

/** Arabic-Indic and Persian digits to ASCII, so one set of patterns reads both. */
function asciiDigits(s: string): string {
  return s.replace(arabicDigits, (d) => String((d.charCodeAt(0) - (d >= '۰' ? 0x06f0 : 0x0660))));
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const patternCache = new WeakMap<PageLexicon, RegExp[]>();

function patterns(lex: PageLexicon): RegExp[] {
  const cached = patternCache.get(lex);
  if (cached) return cached;
  const month = `(?<month>${lex.monthPattern})\\.?`;
  const b = '(?<![\\p{L}\\p{N}])';
  const e = '(?![\\p{L}\\p{N}])';
  // Arabic pages mark a Gregorian year with م ("2025م"); a Hijri year (هـ) is no Gregorian one.
  const y = '(?:\\s?م(?!\\p{L}))?(?![\\p{L}\\p{N}])';
  const list = [
    new RegExp(`${b}(?<year>\\d{4})-(?<mm>\\d{1,2})-(?<day>\\d{1,2})(?!\\d)`, 'gu'),
    new RegExp(`${b}(?<year>\\d{4})/(?<mm>\\d{1,2})/(?<day>\\d{1,2})${e}`, 'gu'),
    new RegExp(`${b}${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})${y}`, 'gu'),
    new RegExp(`${b}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${month}(?:\\s*/\\s*[\\p{L} ]{2,12}?)?,?\\s+(?<year>\\d{4})${y}`, 'gu'),
    // One separator throughout: "25-10-2024", "25/10/2024", "25.10.2024".
    new RegExp(`${b}(?<a>\\d{1,2})(?<sep>[/.-])(?<c>\\d{1,2})\\k<sep>(?<year>\\d{4})${e}`, 'gu'),
  ];
  patternCache.set(lex, list);
  return list;
}

const arabicLetter = /[\u0621-\u064a]/;
const hijriYear = /1[34]\d\d/;

const hijriCache = new WeakMap<PageLexicon, RegExp>();

/** "9 شعبان 1445هـ": day, Hijri month, a year of the 14th or 15th Hijri century, perhaps its mark. */
function hijriPattern(lex: PageLexicon): RegExp {
  let re = hijriCache.get(lex);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?<day>\\d{1,2})\\s+(?:من\\s+)?(?<month>${lex.hijriMonthPattern})\\s+(?<year>1[34]\\d{2})(?:\\s*(?:${lex.hijriMarkerPattern}))?(?![\\p{L}\\p{N}])`, 'gu');
    hijriCache.set(lex, re);
  }
  return re;
}

/** Hijri dates with their Umm al-Qura Gregorian day; only for text that prints no Gregorian date. */
function findHijriDates(folded: string, lex: PageLexicon): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of foldArabicLetters(folded).matchAll(hijriPattern(lex))) {
    const g = m.groups ?? {};
    const month = lex.hijriMonths.get(g.month ?? '');
    const day = month ? hijriToGregorian({ year: Number(g.year), month, day: Number(g.day) }) : null;
    if (day) found.push({ date: isoDay(day), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * Every full date in the text, in order. Offsets are into the text as given.
 * A Hijri date counts only where the text gives no Gregorian one: pages that
 * print both ("... 1445هـ الموافق 19 شباط 2024م") are dated by the Gregorian,
 * which needs no calendar reckoning that a moon sighting could shift by a day.
 */
export function findDates(text: string, lex: PageLexicon, options: FindOptions = {}): FoundDate[] {
  // Folding keeps the length for Latin and Arabic text, so offsets survive; digits map one to one.
  const folded = asciiDigits(text.toLowerCase());
  const found: FoundDate[] = [];
  for (const re of patterns(lex)) {
    for (const m of folded.matchAll(re)) {
      const g = m.groups ?? {};
      const year = Number(g.year);
      let month = g.mm ? Number(g.mm) : g.month ? lex.months.get(foldCue(g.month)) ?? 0 : 0;
      let day = Number(g.day);
      let monthFirst: string | undefined;
      if (g.a && g.c) {
        const a = Number(g.a);
        const c = Number(g.c);
        // 05/04/2024 could be either: a number over 12 tells day from month; else both readings are kept.
        if (a > 12 && c <= 12) { day = a; month = c; } else if (c > 12 && a <= 12) { day = c; month = a; } else if (a === c) { day = a; month = a; } else {
          if (!options.ambiguous) continue;
          day = a; month = c;
          monthFirst = isoDate(year, a, c) ?? undefined;
        }
      }
      const date = isoDate(year, month, day);
      if (date) found.push({ date, start: m.index, end: m.index + m[0].length, ...(monthFirst ? { monthFirst } : {}) });
    }
  }
  if (found.length === 0 && hijriYear.test(folded) && arabicLetter.test(folded)) return findHijriDates(folded, lex);
  return found.sort((x, y) => x.start - y.start).filter((d, i, all) => i === 0 || d.start >= all[i - 1]!.end);
}

/**
 * Words a date line holds besides its dates: weekday names, a Hijri date the
 * reader did not take (month and year mark), and "الموافق" ("corresponding
 * to"), which joins the Hijri date to the Gregorian one.
 */
const DATE_WORDS = new WeakMap<PageLexicon, RegExp>();

function dateWords(lex: PageLexicon): RegExp {
  let re = DATE_WORDS.get(lex);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${lex.weekdayPattern}|${lex.hijriMonthPattern}|الموافق|ص|م)(?![\\p{L}])|\\d+\\s*(?:${lex.hijriMarkerPattern})`, 'gu');
    DATE_WORDS.set(lex, re);
  }
  return re;
}

/**
 * A unit that is only a date (with perhaps a label, a weekday, a time and a
 * series mark): a dateline, never a headline.
 */
export function isDateLine(text: string, lex: PageLexicon): boolean {
  const dates = findDates(text, lex, { ambiguous: true });
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = foldCue(rest).replace(lex.dateLabel, '')
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|gmt|utc|est|edt|updated|published)\b/g, '')
    .replace(dateWords(lex), ' ')
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '').replace(/[^\p{L}]+/gu, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 2;
}

/** What a careful reader weighs to read "05/04/2024": the page's other numeric dates and its outlet's country. */
export interface NumericContext {
  /** Text near the date (its line): a weekday printed there decides. */
  line: string;
  /** Other text of the page (header, furniture, body) whose numeric dates may show the page's order. */
  page: string[];
  /** The outlet's country (ISO 3166-1), when the registry knows the outlet. */
  country: string | null;
  /** The page is written in Arabic script (day first throughout the Arab world). */
  arabic: boolean;
}

/**
 * Decides a numeric date both readings allow. In order: a weekday printed on
 * the same line that only one reading falls on; another numeric date on the
 * page whose numbers show which comes first; the convention of the outlet's
 * country or the page's script. Null when none of these speaks: not guessed.
 */
export function resolveNumeric(d: FoundDate, ctx: NumericContext, lex: PageLexicon): string | null {
  if (!d.monthFirst) return d.date;
  const readings = [d.date, d.monthFirst];
  const weekdays = weekdaysIn(ctx.line, lex);
  if (weekdays.size > 0) {
    const fits = readings.filter((r) => weekdays.has(new Date(`${r}T00:00:00Z`).getUTCDay()));
    if (fits.length === 1) return fits[0]!;
  }
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of ctx.page) {
    for (const m of asciiDigits(text).matchAll(/(?<![\p{L}\p{N}])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])/gu)) {
      const a = Number(m[1]);
      const c = Number(m[3]);
      if (a > 12 && c >= 1 && c <= 12) dayFirst++;
      else if (c > 12 && c <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  }
  if (dayFirst > 0 && monthFirst === 0) return d.date;
  if (monthFirst > 0 && dayFirst === 0) return d.monthFirst;
  if (ctx.country) return lex.monthFirstCountries.has(ctx.country) ? d.monthFirst : d.date;
  return ctx.arabic ? d.date : null;
}

function weekdaysIn(text: string, lex: PageLexicon): Set<number> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.weekdayPattern})(?![\\p{L}\\p{N}])`, 'gu');
  return new Set([...foldCue(text).matchAll(re)].map((m) => lex.weekdays.get(m[0]) ?? -1).filter((n) => n >= 0));
}

/** The date of an ISO timestamp as the page printed it ("2024-03-21T09:00:00+03:00" → 2024-03-21), or a printed date. */
export function dateFromDeclared(value: string, lex: PageLexicon): string | null {
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findDates(value, lex)[0]?.date ?? null;
}
