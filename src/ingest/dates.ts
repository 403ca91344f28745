/**
 * Publication dates as pages print them: "2020-02-16", "November 1, 2023",
 * "FEBRUARY 16, 2020 00:30", "Feb 23, 2018", "16 February 2020",
 * "١٦ شباط ٢٠٢٠", "2024/03/21", and day-first or month-first numeric dates
 * when the numbers leave no doubt. Dates without a year are not publication
 * dates: nothing is guessed.
 */
import { foldCue, type PageLexicon } from './lexicon.js';

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  start: number;
  end: number;
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
  const list = [
    new RegExp(`${b}(?<year>\\d{4})-(?<mm>\\d{1,2})-(?<day>\\d{1,2})(?!\\d)`, 'gu'),
    new RegExp(`${b}(?<year>\\d{4})/(?<mm>\\d{1,2})/(?<day>\\d{1,2})${e}`, 'gu'),
    new RegExp(`${b}${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})${e}`, 'gu'),
    new RegExp(`${b}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${month}(?:\\s*/\\s*[\\p{L} ]{2,12}?)?,?\\s+(?<year>\\d{4})${e}`, 'gu'),
    new RegExp(`${b}(?<a>\\d{1,2})[/.](?<c>\\d{1,2})[/.](?<year>\\d{4})${e}`, 'gu'),
  ];
  patternCache.set(lex, list);
  return list;
}

/** Every full date in the text, in order. Offsets are into the text as given. */
export function findDates(text: string, lex: PageLexicon): FoundDate[] {
  // Folding keeps the length for Latin and Arabic text, so offsets survive; digits map one to one.
  const folded = asciiDigits(text.toLowerCase());
  const found: FoundDate[] = [];
  for (const re of patterns(lex)) {
    for (const m of folded.matchAll(re)) {
      const g = m.groups ?? {};
      const year = Number(g.year);
      let month = g.mm ? Number(g.mm) : g.month ? lex.months.get(foldCue(g.month)) ?? 0 : 0;
      let day = Number(g.day);
      if (g.a && g.c) {
        const a = Number(g.a);
        const c = Number(g.c);
        // 05/04/2024 could be either: only a number over 12 tells day from month.
        if (a > 12 && c <= 12) { day = a; month = c; } else if (c > 12 && a <= 12) { day = c; month = a; } else continue;
      }
      const date = isoDate(year, month, day);
      if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((x, y) => x.start - y.start).filter((d, i, all) => i === 0 || d.start >= all[i - 1]!.end);
}

/**
 * A unit that is only a date (with perhaps a label, a weekday, a time and a
 * series mark): a dateline, never a headline.
 */
export function isDateLine(text: string, lex: PageLexicon): boolean {
  const dates = findDates(text, lex);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = foldCue(rest).replace(lex.dateLabel, '')
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|gmt|utc|est|edt|updated|published)\b/g, '')
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '').replace(/[^\p{L}]+/gu, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 2;
}

/** The date of an ISO timestamp as the page printed it ("2024-03-21T09:00:00+03:00" → 2024-03-21), or a printed date. */
export function dateFromDeclared(value: string, lex: PageLexicon): string | null {
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findDates(value, lex)[0]?.date ?? null;
}
