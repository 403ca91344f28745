import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hijriMonthToGregorian, hijriToGregorian, hijriYearToGregorian, isoDay, toHijri } from './hijri.js';

// Umm al-Qura dates with well-known Gregorian days.
const known: Array<[number, number, number, string]> = [
  [1445, 1, 1, '2023-07-19'], // Islamic new year 1445
  [1445, 9, 1, '2024-03-11'], // start of Ramadan 1445
  [1445, 10, 1, '2024-04-10'], // Eid al-Fitr 1445
  [1444, 12, 10, '2023-06-28'], // Eid al-Adha 1444
  [1400, 1, 1, '1979-11-21'],
  [1446, 1, 1, '2024-07-07'],
];

for (const [y, m, d, iso] of known) {
  test(`Hijri ${d}/${m}/${y} is ${iso}`, () => {
    const got = hijriToGregorian({ year: y, month: m, day: d });
    assert.ok(got);
    assert.equal(isoDay(got), iso);
  });
}

test('a day a month does not have is null, not the next month', () => {
  // Ramadan 1444 had 29 days in Umm al-Qura.
  assert.equal(hijriToGregorian({ year: 1444, month: 9, day: 30 }), null);
  assert.equal(hijriToGregorian({ year: 1445, month: 13, day: 1 }), null);
  assert.equal(hijriToGregorian({ year: 1445, month: 1, day: 0 }), null);
});

test('month and year map to the Gregorian month and year holding their middle', () => {
  assert.equal(hijriMonthToGregorian(1445, 9), '2024-03');
  assert.equal(hijriYearToGregorian(1445), '2024');
  assert.equal(hijriYearToGregorian(1440), '2019');
});

test('property: toHijri then hijriToGregorian returns the same day', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2075, 0, 1) / 86_400_000 }), (day) => {
      const date = new Date(day * 86_400_000);
      const back = hijriToGregorian(toHijri(date));
      assert.ok(back);
      assert.equal(isoDay(back), isoDay(date));
    }),
  );
});
