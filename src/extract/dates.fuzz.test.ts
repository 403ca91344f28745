/**
 * The date finders are regular expressions run over hostile text. Inputs
 * shaped to make a backtracking engine explode (long runs of digits,
 * repeated month and weekday words, separators without end) must finish,
 * and every hit must lie inside the text with a well-formed date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeDateFinder } from './dates.js';
import { parseArabicDate } from './dates-arabic.js';
import { loadExtractKnowledge } from './lexicons.js';

const english = makeDateFinder(loadExtractKnowledge().cuesFor('en').dateWords!);
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const piece = fc.constantFrom(
  '12', '2024', '31', '-', '/', '.', ' ', ', ', 'March', 'Mar.', 'on', 'Monday', 'last', 'next', 'week', 'ago', 'then', 'of',
  '١٢', '٢٠٢٤', 'آذار', 'مارس', 'رمضان', 'هـ', 'م', 'الماضي', 'يوم', 'الخميس', 'أمس', 'في', '،', '\u0640', '\u200f', '\n',
);
const text = fc.array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 80 }).map((a) => a.join(''));

test('English date hits lie inside the searched range with well-formed dates', () => {
  fc.assert(fc.property(text, fc.constantFrom(null, '2024-03-21', '1999-12-31'), (t, published) => {
    for (const h of english(t, 0, t.length, published)) {
      assert.ok(h.start >= 0 && h.start < h.end && h.end <= t.length);
      if (h.date !== null) assert.match(h.date, PARTIAL_DATE);
    }
  }), { seed: 51, numRuns: 1000 });
});

test('Arabic date matches lie inside the text, in order, without overlap, with well-formed dates', () => {
  fc.assert(fc.property(text, fc.constantFrom(null, '2024-03-21', '2010-01-01'), (t, ref) => {
    let prev = 0;
    for (const m of parseArabicDate(t, ref)) {
      assert.ok(m.start >= prev && m.start < m.end && m.end <= t.length, `[${m.start}, ${m.end}) in ${t.length}`);
      assert.match(m.date, PARTIAL_DATE);
      prev = m.end;
    }
  }), { seed: 52, numRuns: 1000 });
});

/** Shapes that take exponential or quadratic time in careless patterns. */
const adversarial = [
  '1'.repeat(50_000),
  '12 '.repeat(20_000),
  '12-'.repeat(20_000) + 'x',
  'March '.repeat(20_000),
  'on Monday, '.repeat(10_000),
  'last week of '.repeat(10_000),
  '١٢/'.repeat(20_000),
  'رمضان '.repeat(20_000),
  'يوم الخميس الماضي في '.repeat(5_000),
  ' '.repeat(100_000) + '2024',
];

for (const t of adversarial) {
  test(`date finders finish on ${JSON.stringify(t.slice(0, 12))}… (${t.length} chars)`, { timeout: 30_000 }, () => {
    for (const h of english(t, 0, t.length, '2024-03-21')) assert.ok(h.end <= t.length);
    for (const m of parseArabicDate(t, '2024-03-21')) assert.ok(m.end <= t.length);
  });
}
