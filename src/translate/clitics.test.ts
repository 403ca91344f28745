import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../text/fold.js';
import { readings, renderReading } from './clitics.js';

// [written word, stem a dictionary holds, English around the gloss "X"]
const cases: Array<[string, string, string]> = [
  ['مقاومة', 'مقاومه', 'X'],
  ['والمقاومة', 'مقاومه', 'and the X'],
  ['فالقوات', 'قوات', 'so the X'],
  ['بالصواريخ', 'صواريخ', 'by the X'],
  ['للقوات', 'قوات', 'for the X'],
  ['وللقوات', 'قوات', 'and for the X'],
  ['كقائد', 'قائد', 'like X'],
  ['قيادتها', 'قياده', 'its X'],
  ['وقادتهم', 'قاده', 'and their X'],
  ['ضربات', 'ضربه', 'X'],
  ['مقاتلون', 'مقاتل', 'X'],
  ['العراق', 'العراق', 'X'],
];

for (const [word, stem, english] of cases) {
  test(`clitics: ${word} reads as ${english.replace('X', stem)}`, () => {
    const found = readings(foldText(word), word.endsWith('ة')).find((r) => r.stem === foldText(stem));
    assert.ok(found, `no reading with stem ${stem}: ${readings(foldText(word)).map((r) => r.stem).join(' ')}`);
    assert.equal(renderReading(found, 'X'), english);
  });
}

test('the word itself is always the first reading', () => {
  for (const word of ['بيان', 'لبنان', 'كتائب', 'فلسطين']) assert.equal(readings(foldText(word))[0]?.stem, foldText(word));
});

test('a final ة is not read as the pronoun ه', () => {
  assert.ok(readings(foldText('حكومة'), true).every((r) => r.possessive === null));
  assert.ok(readings(foldText('كتابه'), false).some((r) => r.stem === 'كتاب' && r.possessive === 'its'));
});

test('no reading leaves a stem shorter than two letters', () => {
  for (const word of ['وب', 'ال', 'لله', 'بها', 'و']) assert.ok(readings(foldText(word)).every((r) => r.stem.length >= 2));
});

test('a gloss that carries its article does not get a second one', () => {
  const r = readings(foldText('والحكومة'), true).find((x) => x.stem === 'حكومه');
  assert.ok(r);
  assert.equal(renderReading(r, 'the government'), 'and the government');
});
