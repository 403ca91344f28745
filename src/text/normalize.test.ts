import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';
import { normalizeStage } from './normalize-stage.js';
import { newDoc } from '../core/types.js';

const cases: Array<[string, string, string]> = [
  ['composes to NFC', 'Cafe\u0301', 'Café'],
  ['removes BOM and zero-width space', '\uFEFFHezbol\u200Blah', 'Hezbollah'],
  ['removes soft hyphen and bidi marks', 'Nuja\u00ADba \u200Fقال\u200E', 'Nujaba قال'],
  ['NBSP and thin spaces become one space', 'Tower\u00A022\u2009 \u202Fattack', 'Tower 22 attack'],
  ['tabs and runs of spaces collapse', 'a\t\tb    c', 'a b c'],
  ['CRLF line endings', 'Headline\r\n\r\nBody text.', 'Headline\n\nBody text.'],
  ['several blank lines make one paragraph break', 'One.\n\n\n \n\nTwo.', 'One.\n\nTwo.'],
  ['lines are trimmed', '  One.  \n\n   Two.   ', 'One.\n\nTwo.'],
  ['Persian half-space kept between Arabic-script letters', 'می\u200Cخواهد', 'می\u200Cخواهد'],
  ['ZWNJ dropped between Latin letters', 'ab\u200Ccd', 'abcd'],
  ['ZWJ kept in an emoji sequence', '👨\u200D👩', '👨\u200D👩'],
  ['quotes and Arabic letters unchanged', '“Kaʿbi” أَكْرَم ـ ٢٠٢٤', '“Kaʿbi” أَكْرَم ـ ٢٠٢٤'],
  ['short lines (headline, dateline) keep their line breaks', 'Militia warns US\nBy Staff Writer\nBAGHDAD', 'Militia warns US\nBy Staff Writer\nBAGHDAD'],
  ['list items are not joined', 'The group listed demands:\n- withdrawal of all foreign troops now\n- release of every detained member', 'The group listed demands:\n- withdrawal of all foreign troops now\n- release of every detained member'],
  [
    'hard-wrapped paragraph is rejoined',
    'The faction said on Sunday that it would\ncontinue its operations against what it\ncalled the occupation forces until they leave.',
    'The faction said on Sunday that it would continue its operations against what it called the occupation forces until they leave.',
  ],
  [
    'a hyphen at the wrap joins without a space',
    'The statement was signed by the secretary-general, Akram al-\nKaabi, and posted on the movement channel',
    'The statement was signed by the secretary-general, Akram al-Kaabi, and posted on the movement channel',
  ],
];

for (const [name, input, expected] of cases) {
  test(`normalizeText: ${name}`, () => {
    assert.equal(normalizeText(input), expected);
  });
}

test('normalize stage sets the id to the sha256 of the normalized text', () => {
  const a = newDoc({ name: 'a', bytes: new Uint8Array(), contentType: null, origin: 'test' });
  const b = newDoc({ name: 'b', bytes: new Uint8Array(), contentType: null, origin: 'test' });
  a.text = 'Same  text.\r\n\r\nTwice.';
  b.text = '\uFEFFSame text.\n\n\nTwice.  ';
  normalizeStage.run(a, undefined);
  normalizeStage.run(b, undefined);
  assert.match(a.id, /^[0-9a-f]{64}$/);
  assert.equal(a.id, b.id);
  a.text = 'Other text.';
  normalizeStage.run(a, undefined);
  assert.notEqual(a.id, b.id);
});

const unit = fc.oneof(
  fc.constantFrom(...'ab .\n\n\r\t\u00A0\u200B\u200C\u200D\uFEFF\u00ADبپ\u0301👨-'.split(''), 'The group said it would continue\n'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

test('normalizeText is idempotent and never throws (property)', () => {
  fc.assert(fc.property(fc.array(unit, { maxLength: 120 }).map((a) => a.join('')), (s) => {
    const once = normalizeText(s);
    assert.equal(normalizeText(once), once);
    assert.ok(!/\n{3,}|  |^\s|\s$/.test(once));
  }), { numRuns: 3000 });
});

test('normalizeText: a text with no odd character still gets NFC and paragraph trimming', () => {
  // No separator, invisible or odd space: only composition and paragraphs change.
  assert.equal(normalizeText('Cafe\u0301 opened.\n\n\n\nIt closed.\n\n'), 'Caf\u00e9 opened.\n\nIt closed.');
  // The same text with one odd space takes the full path and comes out alike but for that space.
  assert.equal(normalizeText('Cafe\u0301\u00a0opened.\n\n\n\nIt closed.\n\n'), 'Caf\u00e9 opened.\n\nIt closed.');
});
