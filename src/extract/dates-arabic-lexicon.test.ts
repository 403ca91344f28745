import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DataError } from '../core/errors.js';
import { loadArabicDateLexicon, MONTHS_AR_FILE, type ArabicDateLexicon } from './dates-arabic-lexicon.js';

test('data/lexicons/months-ar.yaml loads whole and covers every month and weekday', () => {
  const lex = loadArabicDateLexicon();
  assert.deepEqual(lex.gregorian.map((e) => e.month).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.deepEqual(lex.hijri.map((e) => e.month).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.deepEqual(lex.weekdays.map((e) => e.day).sort(), [0, 1, 2, 3, 4, 5, 6]);
  // Both series for every Gregorian month.
  for (const e of lex.gregorian) assert.ok(e.names.length >= 2, `month ${e.month} has both series`);
});

function withLexicon(edit: (lex: ArabicDateLexicon) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-months-'));
  mkdirSync(join(dir, 'lexicons'));
  const lex = parse(readFileSync(join(loadDataDir(), MONTHS_AR_FILE), 'utf8')) as ArabicDateLexicon;
  edit(lex);
  writeFileSync(join(dir, MONTHS_AR_FILE), stringify(lex));
  return dir;
}

function loadDataDir(): string {
  return new URL('../../data/', import.meta.url).pathname;
}

const broken: Array<[string, (lex: ArabicDateLexicon) => void, RegExp]> = [
  ['a missing month', (lex) => { lex.gregorian.pop(); }, /gregorian/],
  ['a month out of range', (lex) => { lex.hijri[0]!.month = 13; }, /hijri/],
  ['one spelling for two months', (lex) => { lex.gregorian[1]!.names.push('يناير'); }, /listed twice/],
  ['a spelling that differs only by hamza is still the same', (lex) => { lex.gregorian[2]!.names.push('اذار'); }, /listed twice/],
  ['an unknown unit', (lex) => { (lex.relative[0] as { unit: string }).unit = 'fortnight'; }, /relative/],
  ['an unknown key', (lex) => { (lex as unknown as Record<string, unknown>)['seasons'] = []; }, /seasons|Unrecognized/],
];

for (const [name, edit, message] of broken) {
  test(`months-ar.yaml with ${name} is rejected with a clear message`, () => {
    const dir = withLexicon(edit);
    assert.throws(() => loadArabicDateLexicon(dir), (err: unknown) => err instanceof DataError && message.test(err.message));
  });
}

test('a missing file is a DataError naming the path', () => {
  assert.throws(() => loadArabicDateLexicon('/nonexistent-vigil-data'), (err: unknown) => err instanceof DataError && /months-ar\.yaml/.test(err.message));
});
