import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countValue, NUMBER_WORD } from './numbers.js';

test('counts in digits and in words', () => {
  const table: Array<[string, number | null]> = [
    ['12', 12], ['one', 1], ['Three', 3], ['eleven', 11], ['nineteen', 19], ['twenty', 20], ['twenty-four', 24],
    ['forty-eight', 48], ['Seventy-Two', 72], ['ninety-nine', 99], ['dozens', null], ['a', null], ['twenty-', null], ['', null],
  ];
  for (const [word, value] of table) assert.equal(countValue(word), value, word);
});

test('the word pattern takes a whole compound, not its first half', () => {
  const re = new RegExp(`^${NUMBER_WORD}$`, 'i');
  for (const w of ['seven', 'seventeen', 'seventy', 'seventy-seven', 'Fourteen']) assert.ok(re.test(w), w);
  for (const w of ['zero', 'hundred', 'seventy-', 'ten-one']) assert.ok(!re.test(w), w);
  assert.equal(new RegExp(NUMBER_WORD, 'i').exec('killing seventeen people')?.[0], 'seventeen');
});
