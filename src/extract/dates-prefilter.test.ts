/**
 * The date finder skips a pattern in a range where one of its needles does
 * not occur. Skipping must never change a result: on any text and any range,
 * the finder gives what running every pattern gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeDateFinder } from './dates.js';
import { loadExtractKnowledge } from './lexicons.js';

const words = loadExtractKnowledge().cuesFor('en').dateWords!;
const fast = makeDateFinder(words);
const full = makeDateFinder(words, { prefilter: false });

const piece = fc.constantFrom(
  '12', '2024', '1999', '2024-03-21', '31st', '-', '.', ' ', ', ', '\n', 'March', 'mar', 'May', 'may', 'Dec.', 'of', 'last', 'this', 'next',
  'year', 'years', 'week', 'weekend', 'ago', 'day', 'month', 'months', 'on', 'in', 'early', 'Thursday', 'today', 'this morning',
  'yesterday', 'the day before', 'then', 'that day', 'recently', 'in recent days', 'the', 'at', 'the time', 'x', 'Marches', 'amay',
);
const text = fc.array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 60 }).map((a) => a.join(''));

test('the prefiltered finder equals the full one on every range of a text', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.constantFrom(null, '2024-03-21', '2019-12-31'), (t, a, b, published) => {
    const from = t.length ? a % (t.length + 1) : 0;
    const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
    assert.deepEqual(fast(t, from, to, published), full(t, from, to, published));
  }), { seed: 77, numRuns: 3000 });
});

test('a document read sentence by sentence gets the same dates as with every pattern run', () => {
  const doc = 'On Thursday, March 14, the group spoke. It had struck the base three days ago.\n'
    + 'The talks were held in 2019 and again last May. Then, over the weekend, it fired again. The market may reopen.';
  const bounds = [0, 40, 80, 129, 170, doc.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    assert.deepEqual(fast(doc, bounds[k]!, bounds[k + 1]!, '2024-03-21'), full(doc, bounds[k]!, bounds[k + 1]!, '2024-03-21'));
  }
  // A range cut inside a word still finds only what that range holds.
  assert.deepEqual(fast(doc, 3, 20, '2024-03-21'), full(doc, 3, 20, '2024-03-21'));
});
