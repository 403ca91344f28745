import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { periodOf } from './periods.js';

test('periods of dates, table', () => {
  const cases: Array<[string, Parameters<typeof periodOf>[1], string, boolean]> = [
    ['2023-11-01', 'day', '2023-11-01', false],
    ['2023-11-01', 'month', '2023-11', false],
    ['2023-11-01', 'year', '2023', false],
    ['2023-11-01', 'week', '2023-W44', false],
    ['2021-01-03', 'week', '2020-W53', false], // a Sunday that belongs to the last ISO week of 2020
    ['2024-12-30', 'week', '2025-W01', false], // a Monday in the first ISO week of 2025
    ['2018', 'month', '2018-01', true],
    ['2018-03', 'day', '2018-03-01', true],
    ['2018-03', 'month', '2018-03', false],
  ];
  for (const [date, g, period, approximate] of cases) assert.deepEqual(periodOf(date, g), { period, approximate }, `${date} by ${g}`);
});

test('ISO weeks agree with a day-by-day count', () => {
  fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (d) => {
    const iso = d.toISOString().slice(0, 10);
    const { period } = periodOf(iso, 'week');
    const week = Number(period.slice(6));
    assert.ok(week >= 1 && week <= 53);
    // The day seven days later is in the next week number (or week 1 of a new year).
    const next = new Date(d.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const nextWeek = Number(periodOf(next, 'week').period.slice(6));
    assert.ok(nextWeek === week + 1 || nextWeek === 1, `${iso} ${period} -> ${next}`);
  }));
});

test('not a date is refused', () => {
  assert.throws(() => periodOf('last week', 'day'), RangeError);
});
