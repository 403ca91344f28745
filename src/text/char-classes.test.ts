import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CharClasses } from './char-classes.js';

const LETTER = 1;
const SPACE = 2;
const classes = () => new CharClasses([/^\p{L}$/u, /^\s$/u]);

test('a character gets the bit of each class it belongs to, asked or read from the table', () => {
  const c = classes();
  for (let round = 0; round < 2; round++) {
    assert.equal(c.of('k'.codePointAt(0)!), LETTER);
    assert.equal(c.of('ق'.codePointAt(0)!), LETTER);
    assert.equal(c.of(' '.codePointAt(0)!), SPACE);
    assert.equal(c.of('\u00A0'.codePointAt(0)!), SPACE);
    assert.equal(c.of('7'.codePointAt(0)!), 0);
  }
});

test('astral characters are classified without the table', () => {
  const c = classes();
  assert.equal(c.of('𝒜'.codePointAt(0)!), LETTER);
  assert.equal(c.of('😀'.codePointAt(0)!), 0);
  assert.equal(c.of('𝒜'.codePointAt(0)!), LETTER);
});

test('more than seven classes are refused', () => {
  assert.throws(() => new CharClasses(Array.from({ length: 8 }, () => /^a$/)), RangeError);
});
