import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitUnits, wrapColumn } from './units.js';

const wrapped = [
  'The faction said in a statement on Saturday that it had launched two drones',
  'at a base in the north of the country, and that the attack was a response to',
  'the killing of one of its commanders last week.',
  '',
  'Officials did not comment on the claim, which could not be verified by',
  'independent sources on the ground in the province.',
  '   - A parade of fighters in the capital, in a photograph from last year',
  '   published by the group. (AFP)',
  'A short line.',
  'Another short line follows it.',
].join('\n');

test('a hard-wrapped text is recognised and its paragraphs joined', () => {
  assert.ok((wrapColumn(wrapped) ?? 0) >= 70);
  const units = splitUnits(wrapped);
  assert.deepEqual(units.map((u) => u.text.slice(0, 24)), [
    'The faction said in a st',
    'Officials did not commen',
    '- A parade of fighters i',
    'A short line.',
    'Another short line follo',
  ]);
  assert.match(units[0]!.text, /to the killing of one/);
  assert.equal(units[1]!.blankBefore, 1);
});

test('a text with long lines is not hard-wrapped: one unit per line', () => {
  const text = ['Headline of the story', '', 'x '.repeat(80) + 'end.', 'Menu item', 'Another item'].join('\n');
  assert.equal(wrapColumn(text), null);
  assert.deepEqual(splitUnits(text).map((u) => u.text.slice(0, 9)), ['Headline ', 'x x x x x', 'Menu item', 'Another i']);
});

test('unit offsets point at the unit text in the source (CRLF too)', () => {
  const text = 'First line here\r\n\r\n  Second line, indented\r\nThird\r\n';
  for (const u of splitUnits(text)) assert.equal(text.slice(u.start, u.end), u.text);
});

const report = [
  'The faction said in a video posted on Sunday that its fighters had fired two',
  'rockets at the base overnight and that more attacks would follow unless the',
  'foreign forces left the province before the end of the month, as demanded.',
  '',
  'Officials at the base said the rockets fell in an empty field outside the',
  'perimeter and that nobody was hurt, and they gave no further details on it.',
].join('\n');

test('a line broken early (a wrapped headline) joins the next when that goes on in lower case', () => {
  const text = ['Commander of the eastern faction threatens the', 'coalition bases in a new video', '', report].join('\n');
  assert.ok(wrapColumn(text) !== null);
  assert.equal(splitUnits(text)[0]!.text, 'Commander of the eastern faction threatens the coalition bases in a new video');
  // A finished line does not take the next one, even in lower case.
  const finished = splitUnits(['A headline that ends here.', 'lower case starts a new unit here', '', report].join('\n'));
  assert.equal(finished[0]!.text, 'A headline that ends here.');
});
