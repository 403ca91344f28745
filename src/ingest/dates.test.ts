import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateFromDeclared, findDates, isDateLine } from './dates.js';
import { loadPageLexicon } from './lexicon.js';

const lex = loadPageLexicon();

test('printed publication dates and the day they name', () => {
  const table: Array<[string, string | null]> = [
    ['date 2020-02-16 The Outlet - World News', '2020-02-16'],
    ['November 1, 2023', '2023-11-01'],
    ['FEBRUARY 16, 2020 00:30', '2020-02-16'],
    ['By Someone | Fellow | Feb 23, 2018', '2018-02-23'],
    ['Sept. 4, 2022', '2022-09-04'],
    ['Published 16 February 2020', '2020-02-16'],
    ['3rd of March, 2024', '2024-03-03'],
    ['2024/03/21 10:00', '2024-03-21'],
    ['21/03/2024', '2024-03-21'],
    ['03/21/2024', '2024-03-21'],
    ['١٦ شباط ٢٠٢٠', '2020-02-16'],
    ['الأحد 5 تشرين الثاني 2023', '2023-11-05'],
    ['18 أكتوبر 2023', '2023-10-18'],
    // Ambiguous, impossible or year-less dates are not guessed.
    ['05/04/2024', null],
    ['February 30, 2024', null],
    ['on Thursday, March 5', null],
    ['may 2024 be better', null],
    ['Special Dispatch No. 10922', null],
  ];
  for (const [text, want] of table) assert.equal(findDates(text, lex)[0]?.date ?? null, want, text);
});

test('a dateline is a date with at most a label, a weekday and a time', () => {
  const table: Array<[string, boolean]> = [
    ['November 1, 2023', true],
    ['FEBRUARY 16, 2020 00:30', true],
    ['Updated: Monday, 5 February 2024, 14:10 GMT', true],
    ['2024/02/18', true],
    ['November 1, 2023 Special Dispatch No. 10922', false],
    ['Militia threatens US forces', false],
  ];
  for (const [text, want] of table) assert.equal(isDateLine(text, lex), want, text);
});

test('a declared timestamp keeps the date the page printed, not UTC', () => {
  assert.equal(dateFromDeclared('2024-02-07T01:40:00+04:00', lex), '2024-02-07');
  assert.equal(dateFromDeclared('Wed, 07 Feb 2024 18:40:00 GMT', lex), '2024-02-07');
  assert.equal(dateFromDeclared('yesterday', lex), null);
});

test('found dates lie inside the text and are real days', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1990, max: 2030 }), (noise, year) => {
    const text = `${noise} March 3, ${year} ${noise}`;
    const found = findDates(text, lex);
    assert.ok(found.some((d) => d.date === `${year}-03-03`));
    for (const d of found) {
      assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end);
      assert.ok(!Number.isNaN(Date.parse(d.date)));
    }
  }));
});
