import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readWords, wordKey, type TextWords } from './phrase-words.js';

/** The definition readWords implements, as regular expressions: a word start, then its run. */
function byRegex(text: string): TextWords {
  const out: TextWords = { count: 0, starts: [], ends: [], keys: [] };
  const start = /(?<![\p{L}\p{N}_])\S/gu;
  const run = /[\p{L}\p{M}\p{N}_]+/uy;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    run.lastIndex = m.index;
    const r = run.exec(text)?.[0];
    out.starts.push(m.index);
    out.ends.push(r === undefined ? m.index : m.index + r.length);
    out.keys.push(r === undefined ? null : wordKey(r));
  }
  out.count = out.starts.length;
  return out;
}

test('keys fold case, drop marks and tatweel, and join Arabic letter variants', () => {
  const table: Array<[string, string]> = [
    ['Militia', 'militia'],
    ['أكد', 'اكد'],
    ['مسؤولية', 'مسووليه'],
    ['نفى', 'نفي'],
    ['قَالَ', 'قال'],
    ['تـهـديد', 'تهديد'],
  ];
  for (const [word, key] of table) assert.equal(wordKey(word), key, word);
});

test('a vowelled Arabic word also opens after each of its marks, sharing its run end', () => {
  const w = readWords('وقَالت الحركة');
  assert.deepEqual(w.starts, [0, 3, 7]);
  assert.deepEqual(w.ends, [6, 6, 13]);
  assert.deepEqual(w.keys, ['وقالت', 'الت', 'الحركه']);
});

test('punctuation after a space opens a word with no run; after a letter, or a space, nothing opens', () => {
  const w = readWords('Hamas, (PIJ)');
  assert.deepEqual(w.starts, [0, 7, 8]);
  assert.deepEqual(w.keys, ['hamas', null, 'pij']);
});

// Letters, marks, digits, spaces and punctuation of the scripts Vigil reads, and characters whose
// case or class is unusual: capital sigma, dotted I, astral letters, lone surrogates, joiners.
const PIECES = [
  'a', 'Z', '_', '7', ' ', '\n', '\u00a0', ',', '.', '"', '«', '-', "'", '’',
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ی', 'ة', 'ؤ', 'ئ', 'ک', 'ل', 'ق', '٣', '۴', '\u064e', '\u0651', '\u0670', '\u0640', '،',
  'Σ', 'ΟΔΟΣ', 'İ', 'Ǆ', 'é', 'e\u0301', 'ß', 'ﻻ', '\u200c', '\u200d', '\ufeff',
  '𝐀', '𐐀', '\ud800', '\udc00', '\u2028', '中',
];

test('reads the same words as the regular expressions that define them', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
    const text = pieces.join('');
    assert.deepEqual(readWords(text), byRegex(text));
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
    assert.deepEqual(readWords(text), byRegex(text));
  }), { numRuns: 2000 });
});
