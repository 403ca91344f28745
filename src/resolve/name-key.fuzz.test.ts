/**
 * Name keys and registry look-ups over hostile strings: mixed scripts and
 * directions, marks, invisibles, lone surrogates, very long names. Nothing
 * throws; word offsets lie inside the text in order; comparing names is
 * symmetric and a name always matches itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareNames } from './name-key.js';
import { loadActorRegistry } from './registry.js';

const registry = loadActorRegistry();
const folder = registry.folder;

const name = fc.array(fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('al-', 'Al ', 'Abu', 'bin', 'ibn', 'Kataib', 'Hezbollah', 'حزب', 'الله', 'وال', 'لل', 'أبو', '-', "'", '’', ' ', '.',
    '\u0651', '\u0640', '\u200c', '\u200f', '\u202e', '\ud800', 'İ', 'ß', 'ﷲ', 'ﻻ', '١٢', 'ᵃ', 'Ⓐ'),
), { maxLength: 12 }).map((a) => a.join(''));

test('word units of any text lie inside it, in order', () => {
  fc.assert(fc.property(name, (text) => {
    let prev = 0;
    for (const u of folder.units(text)) {
      assert.ok(u.start >= prev && u.start <= u.coreStart && u.coreStart < u.end && u.end <= text.length, `unit [${u.start}, ${u.coreStart}, ${u.end}) in ${text.length}`);
      assert.ok(u.variants.length >= 1);
      prev = u.end;
    }
  }), { seed: 41, numRuns: 1500 });
});

test('comparing names never throws, is symmetric, and a non-empty key matches itself', () => {
  fc.assert(fc.property(name, name, (a, b) => {
    const ab = compareNames(folder, a, b);
    const ba = compareNames(folder, b, a);
    assert.equal(ab.match, ba.match, `${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${ab.reason} / ${ba.reason}`);
    if (folder.key(a) !== '') assert.ok(compareNames(folder, a, a).match);
  }), { seed: 42, numRuns: 1500 });
});

test('registry look-ups by any name, key or skeleton return actors or nothing', () => {
  fc.assert(fc.property(name, (n) => {
    for (const a of [...registry.byName(n), ...registry.byCompactKey(n), ...registry.bySkeleton(n), ...registry.byKey(folder.key(n))]) {
      assert.ok(registry.byId(a.id));
    }
  }), { seed: 43, numRuns: 1000 });
});

test('a name of a hundred thousand words folds without blowing the stack', () => {
  const long = 'Abu al-Fadl '.repeat(100_000);
  assert.equal(folder.units(long).length > 0, true);
  assert.equal(typeof folder.key(long), 'string');
  assert.equal(registry.byName(long).length, 0);
});
