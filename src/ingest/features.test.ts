import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordsOf } from './features.js';

/** The definition wordsOf implements, as regular expressions. */
function byRegex(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
}

test('words are trimmed of punctuation and need a letter', () => {
  assert.deepEqual(wordsOf(' «Read more» — 24/7 (AFP) قال، المتحدث: '), ['Read', 'more', 'AFP', 'قال', 'المتحدث']);
  assert.deepEqual(wordsOf('U.S.-backed  forces\u00a0 2024'), ['U.S.-backed', 'forces']);
});

test('words are the ones the regular expressions define (property)', () => {
  const pieces = ['a', 'Z', '7', '٣', ' ', '\n', '\u00a0', '\u2003', '.', '-', '«', '"', 'ق', '\u064e', '\u0301', '𝐀', '𝟙', '\ud800', '\udc00', '\u200c', '中', '_'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    assert.deepEqual(wordsOf(text), byRegex(text));
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
    assert.deepEqual(wordsOf(text), byRegex(text));
  }), { numRuns: 2000 });
});
