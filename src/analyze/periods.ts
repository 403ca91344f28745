/** Calendar periods for timelines: partial dates grouped by day, ISO week, month or year. */

export type Granularity = 'day' | 'week' | 'month' | 'year';
export const granularities: readonly Granularity[] = ['day', 'week', 'month', 'year'];

const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(s: string): boolean {
  return partial.test(s);
}

/** How precise a partial date is. */
export function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

function isoWeek(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  const weekday = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const weekYear = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * The period a partial date falls in. A date less precise than the period
 * (a bare year in a monthly timeline) is placed in the first period it
 * covers and reported as approximate, so it is shown rather than dropped.
 */
export function periodOf(date: string, granularity: Granularity): { period: string; approximate: boolean } {
  const m = partial.exec(date);
  if (!m) throw new RangeError(`not a partial date: ${date}`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const precision = precisionOf(date);
  const needs = granularity === 'week' ? 'day' : granularity;
  const rank = { year: 0, month: 1, day: 2 } as const;
  const approximate = rank[precision] < rank[needs];
  const p2 = (n: number) => String(n).padStart(2, '0');
  switch (granularity) {
    case 'year': return { period: String(y), approximate };
    case 'month': return { period: `${y}-${p2(mo)}`, approximate };
    case 'day': return { period: `${y}-${p2(mo)}-${p2(d)}`, approximate };
    case 'week': return { period: isoWeek(y, mo, d), approximate };
  }
}
