/**
 * Hijri (Umm al-Qura) to Gregorian conversion through the Intl API: ICU knows
 * the calendar one way (Gregorian day -> Hijri date), so a Hijri date is
 * found by estimating its Gregorian day from the mean lengths of the lunar
 * year and month and then stepping until ICU names the wanted date.
 */

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
// 1 Muharram 1 AH in the proleptic Gregorian calendar Date.UTC uses.
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
const MEAN_YEAR_DAYS = 354.36667;
const MEAN_MONTH_DAYS = 29.530589;

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Umm al-Qura date of a UTC day. */
export function toHijri(date: Date): HijriDate {
  const parts = formatter.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function ordinal(h: HijriDate): number {
  return h.year * 400 + h.month * 32 + h.day;
}

/** The Gregorian UTC day of a Hijri date, or null when no such day exists (e.g. 30th of a 29-day month). */
export function hijriToGregorian(h: HijriDate): Date | null {
  if (!Number.isInteger(h.year) || h.year < 1 || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return null;
  const estimate = Math.floor((h.year - 1) * MEAN_YEAR_DAYS + (h.month - 1) * MEAN_MONTH_DAYS + (h.day - 1));
  let ms = HIJRI_EPOCH_MS + estimate * DAY_MS;
  const target = ordinal(h);
  // The estimate is within a few days; step by the remaining difference,
  // then walk day by day. Ten steps are ample; the bound guards a wrong calendar.
  for (let i = 0; i < 10; i++) {
    const got = toHijri(new Date(ms));
    if (got.year === h.year && got.month === h.month) {
      ms += (h.day - got.day) * DAY_MS;
      break;
    }
    const diffDays = (h.year - got.year) * MEAN_YEAR_DAYS + (h.month - got.month) * MEAN_MONTH_DAYS + (h.day - got.day);
    ms += Math.round(diffDays) * DAY_MS;
  }
  for (let i = 0; i < 5; i++) {
    const got = toHijri(new Date(ms));
    const delta = target - ordinal(got);
    if (delta === 0) return new Date(ms);
    if (got.year === h.year && got.month === h.month) ms += Math.sign(delta) * DAY_MS;
    else break; // stepped past the month: the day does not exist in it
  }
  return null;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Gregorian month a Hijri month is mostly in (the one holding its 15th). */
export function hijriMonthToGregorian(year: number, month: number): string | null {
  const mid = hijriToGregorian({ year, month, day: 15 });
  return mid ? isoDay(mid).slice(0, 7) : null;
}

/** The Gregorian year a Hijri year is mostly in (the one holding 1 Rajab, its middle). */
export function hijriYearToGregorian(year: number): string | null {
  const mid = hijriToGregorian({ year, month: 7, day: 1 });
  return mid ? isoDay(mid).slice(0, 4) : null;
}
