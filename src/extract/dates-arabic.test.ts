import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArabicDate, patternFold, wordOpenings, type WordOpening } from './dates-arabic.js';

// Reference: Thursday 16 November 2023 (Umm al-Qura 2 Jumada al-Ula 1445).
const REF = '2023-11-16';

// [what it shows, text, expected [date, matched words] list]
const cases: Array<[string, string, Array<[string, string]>]> = [
  ['Levantine month with year', 'وقع الهجوم في 3 كانون الثاني 2020 قرب المطار', [['2020-01-03', '3 كانون الثاني 2020']]],
  ['transliterated month with year', 'صدر القرار في 7 فبراير 2019', [['2019-02-07', '7 فبراير 2019']]],
  ['combined form with slash', 'بيان الخميس 2 تشرين الثاني/نوفمبر 2023', [['2023-11-02', 'الخميس 2 تشرين الثاني/نوفمبر 2023']]],
  ['combined form in brackets', 'في شهر آب (أغسطس) 2021', [['2021-08', 'شهر آب (أغسطس) 2021']]],
  ['Arabic-Indic digits and Gregorian marker', 'بتاريخ ٢٠ أيلول ٢٠٢٢م', [['2022-09-20', '٢٠ أيلول ٢٠٢٢م']]],
  ['Persian digits', 'روز ۵ آذار ۲۰۱۸', [['2018-03-05', '۵ آذار ۲۰۱۸']]],
  ['hamza-less and yeh/alef-maqsura spellings', 'في 9 ابريل 2017 و10 اغسطس 2017', [['2017-04-09', '9 ابريل 2017'], ['2017-08-10', '10 اغسطس 2017']]],
  ['diacritics and tatweel are ignored', 'في 4 أَيَّـار 2016', [['2016-05-04', '4 أَيَّـار 2016']]],
  ['Egyptian spelling يونيه', 'يوم 30 يونيه 2013', [['2013-06-30', '30 يونيه 2013']]],
  ['"من" and "عام" between parts', 'في 12 من شهر تموز من عام 2006', [['2006-07-12', '12 من شهر تموز من عام 2006']]],
  ['ordinal day', 'في الأول من كانون الأول 2019', [['2019-12-01', 'الأول من كانون الأول 2019']]],
  ['compound ordinal day', 'الحادي والعشرين من آذار 2024', [['2024-03-21', 'الحادي والعشرين من آذار 2024']]],
  ['month and year', 'منذ تشرين الأول 2023', [['2023-10', 'تشرين الأول 2023']]],
  ['year with cue word', 'تأسست الحركة عام 2013', [['2013', '2013']]],
  ['a bare number is not a year', 'أطلقت 2013 صاروخا', []],
  ['day without year: reference year', 'في 2 نوفمبر', [['2023-11-02', '2 نوفمبر']]],
  ['day without year far ahead: previous year', 'في 20 ديسمبر', [['2022-12-20', '20 ديسمبر']]],
  ['impossible day: only month and year are read', 'في 31 شباط 2020', [['2020-02', 'شباط 2020']]],
  ['Hijri day with marker', 'في 15 رمضان 1445 هـ', [['2024-03-25', '15 رمضان 1445 هـ']]],
  ['Hijri day, first of the year', 'غرة 1 محرم 1445هـ', [['2023-07-19', '1 محرم 1445هـ']]],
  ['Hijri two-word month', '10 ذو الحجة 1444 هـ', [['2023-06-28', '10 ذو الحجة 1444 هـ']]],
  ['Hijri month and year: the Gregorian month holding its middle', 'في رمضان 1445', [['2024-03', 'رمضان 1445']]],
  ['Hijri month with a Gregorian year', 'خلال رمضان 2024', [['2024-03', 'رمضان 2024']]],
  ['Hijri year alone', 'في عام 1445هـ', [['2024', '1445هـ']]],
  ['Hijri year, marker spelled out', 'سنة 1440 هجرية', [['2019', '1440 هجرية']]],
  ['Hijri day without year: the current Hijri year', 'يوم 2 جمادى الأولى', [['2023-11-16', '2 جمادى الأولى']]],
  ['Hijri day without year far ahead: previous Hijri year', 'في 10 شوال', [['2023-04-30', '10 شوال']]],
  ['numeric day/month/year', 'تاريخ 05/03/2021', [['2021-03-05', '05/03/2021']]],
  ['numeric year-first', 'تاريخ ٢٠٢١-٠٣-٠٥', [['2021-03-05', '٢٠٢١-٠٣-٠٥']]],
  ['numeric Hijri', 'المؤرخ 1/9/1445هـ', [['2024-03-11', '1/9/1445هـ']]],
  ['numeric with impossible month', 'رقم 12/13/2020', []],
  ['yesterday', 'وقال أمس إن القوات', [['2023-11-15', 'أمس']]],
  ['yesterday with clitic', 'أعلنت بالأمس', [['2023-11-15', 'الأمس']]],
  ['day before yesterday', 'أول أمس', [['2023-11-14', 'أول أمس']]],
  ['today', 'أكد اليوم أن', [['2023-11-16', 'اليوم']]],
  ['tomorrow', 'تنطلق غدا', [['2023-11-17', 'غدا']]],
  ['last week: its month', 'الأسبوع الماضي', [['2023-11', 'الأسبوع الماضي']]],
  ['last month', 'خلال الشهر الماضي', [['2023-10', 'الشهر الماضي']]],
  ['last year', 'في العام الماضي', [['2022', 'العام الماضي']]],
  ['next year', 'السنة المقبلة', [['2024', 'السنة المقبلة']]],
  ['weekday: most recent', 'قال الثلاثاء', [['2023-11-14', 'الثلاثاء']]],
  ['weekday same as reference: that day', 'مساء الخميس', [['2023-11-16', 'الخميس']]],
  ['weekday "past": strictly before', 'الخميس الماضي', [['2023-11-09', 'الخميس الماضي']]],
  ['weekday "next"', 'يوم الأحد المقبل', [['2023-11-19', 'يوم الأحد المقبل']]],
  ['weekday with يوم and hamza-less spelling', 'يوم الاربعاء', [['2023-11-15', 'يوم الاربعاء']]],
  ['bare month after a cue', 'في شباط', [['2023-02', 'شباط']]],
  ['bare month with "past"', 'نوفمبر الماضي', [['2022-11', 'نوفمبر الماضي']]],
  ['bare month with "next"', 'آذار المقبل', [['2024-03', 'آذار المقبل']]],
  ['آب without cue is "father", not August', 'قال أب الشهيد', []],
  ['مارس as a verb is not March', 'مارس الضغط على الحكومة', []],
  // Dates behind clitics and glued digits: the word-opening prefilter must still try them.
  ['conjunction glued to a day number', 'وقع ذلك في 3 آذار و5 نيسان 2022', [['2023-03-03', '3 آذار'], ['2022-04-05', '5 نيسان 2022']]],
  ['conjunction and preposition before a weekday', 'وبالخميس الماضي', [['2023-11-09', 'الخميس الماضي']]],
  ['Hijri marker glued to the year after a conjunction', 'وفي 1444هـ', [['2023', '1444هـ']]],
  ['no match inside a longer word', 'أمسية اليومية', []],
  ['several dates in order', 'بين 1 آذار 2020 و 5 أيار 2021', [['2020-03-01', '1 آذار 2020'], ['2021-05-05', '5 أيار 2021']]],
  ['English text: nothing', 'On 5 March 2020 the group said', []],
];

for (const [name, text, expected] of cases) {
  test(`Arabic date: ${name}`, () => {
    const got = parseArabicDate(text, REF);
    assert.deepEqual(got.map((m) => [m.date, m.text]), expected);
    for (const m of got) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('relative expressions need a reference; absolute dates do not', () => {
  const text = 'أمس، و15 آذار 2024، والخميس';
  assert.deepEqual(parseArabicDate(text, null).map((m) => m.date), ['2024-03-15']);
  assert.deepEqual(parseArabicDate(text, 'not a date').map((m) => m.date), ['2024-03-15']);
});

test('a Date reference works like its ISO day, and marks relative results', () => {
  const [m] = parseArabicDate('أمس', new Date(Date.UTC(2024, 0, 1, 15)));
  assert.equal(m?.date, '2023-12-31');
  assert.equal(m?.relative, true);
  assert.equal(parseArabicDate('1 آذار 2020', REF)[0]?.relative, false);
});

test('calendar is reported', () => {
  assert.deepEqual(parseArabicDate('15 رمضان 1445 و15 آذار 2024', REF).map((m) => m.calendar), ['hijri', 'gregorian']);
});

test('property: never throws, spans inside the text, in order, not overlapping', () => {
  const pieces = ['أمس', ' ', '15', '١٥', 'آذار', 'تشرين الثاني', '/', 'نوفمبر', '2023', '1445', 'هـ', 'م', 'الخميس', 'الماضي', 'من', 'رمضان', 'في', 'و', '\u064E', 'ـ', '.', '\n'];
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces)).map((a) => a.join(''))), fc.date({ min: new Date('1950-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (text, ref) => {
      const got = parseArabicDate(text, ref);
      let last = 0;
      for (const m of got) {
        assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
        assert.match(m.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
        last = m.end;
      }
    }),
  );
});

/** The word openings as defined by regular expressions, each key folded on its own. */
function openingsByRegex(text: string): WordOpening[] {
  const out: WordOpening[] = [];
  const opening = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu;
  const letters = /[\p{L}\p{M}]*/uy;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    letters.lastIndex = m.index;
    const raw = letters.exec(text)?.[0] ?? '';
    const keys: string[] = [];
    let digit = false;
    const rest = (consumed: number): void => {
      if (consumed === raw.length) digit ||= /^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(text.slice(m.index + consumed, m.index + consumed + 1));
      else keys.push(patternFold(raw.slice(consumed)));
    };
    rest(0);
    let i = 0;
    if (/^[وف]/u.test(raw)) rest(++i);
    if (/^[بل]/u.test(raw.slice(i))) rest(++i);
    out.push({ at: m.index, keys, digit });
  }
  return out;
}

test('word openings: where a date may start, and its first word with and without the clitics', () => {
  assert.deepEqual(wordOpenings('وبالأمس، و15 آذار'), [
    { at: 0, keys: ['وبالامس', 'بالامس', 'الامس'], digit: false },
    { at: 9, keys: ['و'], digit: true },
    { at: 13, keys: ['اذار'], digit: false },
  ]);
});

test('word openings are the ones the regular expressions define', () => {
  const pieces = ['و', 'ف', 'ب', 'ل', 'ال', 'أمس', 'آذار', 'ة', '\u064E', '\u0651', 'ـ', 'ء', '15', '١', '۵', ' ', '،', '/', 'a', 'Z', '_', '\u0301', '𝐀', '\ud800', '\u200c', '中'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
    const text = parts.join('');
    assert.deepEqual(wordOpenings(text), openingsByRegex(text));
  }), { numRuns: 3000 });
});
