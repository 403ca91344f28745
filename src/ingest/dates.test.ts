import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateFromDeclared, findDates, isDateLine, resolveNumeric } from './dates.js';
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
    ['25-10-2024', '2024-10-25'],
    ['10.25.2024', '2024-10-25'],
    ['04-04-2024', '2024-04-04'],
    ['الخميس 9 شعبان 1445هـ الموافق 19 شباط/فبراير 2024م', '2024-02-19'],
    // A Hijri date alone is read on the Umm al-Qura calendar.
    ['9 شعبان 1445هـ', '2024-02-19'],
    ['الأحد ٤ ذو القعدة ١٤٤٥ هـ', '2024-05-12'],
    ['15 جمادى الاولى 1446', '2024-11-17'],
    ['15 من جمادى الأولى 1446 هجري', '2024-11-17'],
    ['30 رمضان 1444هـ', null],
    ['25-10/2024', null],
    // Ambiguous, impossible or year-less dates are not guessed.
    ['05/04/2024', null],
    ['February 30, 2024', null],
    ['on Thursday, March 5', null],
    ['may 2024 be better', null],
    ['Special Dispatch No. 10922', null],
  ];
  for (const [text, want] of table) assert.equal(findDates(text, lex)[0]?.date ?? null, want, text);
});

test('an ambiguous numeric date is found only when asked, with both readings', () => {
  const [d] = findDates('Updated 05/04/2024 10:00', lex, { ambiguous: true });
  assert.deepEqual(d && [d.date, d.monthFirst], ['2024-04-05', '2024-05-04']);
  assert.equal(findDates('05/04/2024', lex).length, 0);
});

test('resolving an ambiguous numeric date: weekday, the page, the outlet country, the script', () => {
  const [d] = findDates('05/04/2024', lex, { ambiguous: true });
  assert.ok(d);
  const none = { line: '05/04/2024', page: [], country: null, arabic: false };
  assert.equal(resolveNumeric(d, none, lex), null);
  // 5 April 2024 was a Friday; 4 May a Saturday.
  assert.equal(resolveNumeric(d, { ...none, line: 'Saturday, 05/04/2024' }, lex), '2024-05-04');
  assert.equal(resolveNumeric(d, { ...none, line: 'الجمعة 05/04/2024' }, lex), '2024-04-05');
  assert.equal(resolveNumeric(d, { ...none, page: ['Last updated 04/17/2024'] }, lex), '2024-05-04');
  assert.equal(resolveNumeric(d, { ...none, page: ['Filed 17.04.2024 and 04/20/2024'] }, lex), null, 'the page shows both orders');
  assert.equal(resolveNumeric(d, { ...none, country: 'US' }, lex), '2024-05-04');
  assert.equal(resolveNumeric(d, { ...none, country: 'GB' }, lex), '2024-04-05');
  assert.equal(resolveNumeric(d, { ...none, arabic: true }, lex), '2024-04-05');
});

test('a dateline is a date with at most a label, a weekday and a time', () => {
  const table: Array<[string, boolean]> = [
    ['November 1, 2023', true],
    ['FEBRUARY 16, 2020 00:30', true],
    ['Updated: Monday, 5 February 2024, 14:10 GMT', true],
    ['2024/02/18', true],
    ['Wednesday 05/06/2024', true],
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
