import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { batchByLength, joinPieces, splitForTranslation } from './chunk.js';

test('short text is one piece', () => {
  assert.deepEqual(splitForTranslation('قال القائد إن الرد قادم.', 100), [{ text: 'قال القائد إن الرد قادم.', after: '' }]);
});

test('cuts between sentences, Arabic question mark included, keeping paragraph breaks', () => {
  const text = 'هل انتهت المهلة؟ لم تنته بعد.\n\nوقالت الحركة إنها سترد.';
  const pieces = splitForTranslation(text, 20);
  assert.ok(pieces.every((p) => p.text.length <= 20));
  assert.equal(pieces[0]?.text, 'هل انتهت المهلة؟');
  assert.equal(pieces[1]?.text, 'لم تنته بعد.');
  assert.equal(pieces[1]?.after, '\n\n');
});

test('a sentence longer than the limit is cut at spaces', () => {
  const pieces = splitForTranslation('one two three four five six', 9);
  assert.deepEqual(pieces.map((p) => p.text), ['one two', 'three', 'four', 'five six']);
});

test('joining the untranslated pieces gives back the trimmed text', () => {
  const text = '  First line.\nSecond sentence! Third?\n\n  Fourth.  ';
  const pieces = splitForTranslation(text, 12);
  assert.equal(joinPieces(pieces, pieces.map((p) => p.text)), text.trim());
});

test('property: pieces respect the limit and rejoin to the text (modulo outer whitespace)', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '.', '؟', '\n', 'xyz', 'كلمة ') }), fc.integer({ min: 1, max: 40 }), (text, max) => {
      const pieces = splitForTranslation(text, max);
      for (const p of pieces) assert.ok(p.text.length > 0 && p.text.length <= max);
      assert.equal(joinPieces(pieces, pieces.map((p) => p.text)), text.trim());
    }),
  );
});

test('batches keep order and respect both limits', () => {
  const batches = batchByLength(['aaaa', 'bb', 'cc', 'dddddddd', 'e'], (s) => s.length, 6, 2);
  assert.deepEqual(batches, [['aaaa', 'bb'], ['cc'], ['dddddddd'], ['e']]);
});
