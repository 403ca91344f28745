import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedDistance, consonantSubstituted, nearMissBudget, NearMissIndex, wordsWithinBudget } from './near-miss.js';
import { loadActorRegistry } from './registry.js';

const registry = loadActorRegistry();

test('bounded distance: equal strings 0, symmetric, never above limit + 1', () => {
  fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
    const d = boundedDistance(a, b, limit);
    assert.equal(boundedDistance(a, a, limit), 0);
    assert.equal(d, boundedDistance(b, a, limit));
    assert.ok(d <= limit + 1);
    if (a !== b) assert.ok(d >= 1);
  }));
});

test('bounded distance counts one slip of each kind', () => {
  for (const [a, b, d] of [['hawija', 'hawia', 1], ['damascus', 'damsacus', 1], ['abc', 'xyz', 3], ['kabi', 'kaaabi', 2]] as const) {
    assert.equal(boundedDistance(a, b, 3), d, `${a} / ${b}`);
  }
});

test('budget: nothing for short keys, one slip, two for long ones', () => {
  assert.equal(nearMissBudget(4), 0);
  assert.equal(nearMissBudget(7), 1);
  assert.equal(nearMissBudget(12), 2);
});

const table: ReadonlyArray<readonly [string, string | null]> = [
  ['Hawaija', 'hawija'],
  ['Damascas', 'damascus'],
  ['Nusrallah', 'hassan-nasrallah'],
  ['Baghdaad', null], // folds to the exact key: not a near miss (the alias pass owns it)
  ['Omma', null], // too short to guess
  ['Xylophone', null],
];

test('registry near misses: misspellings reach one actor, short or unrelated words reach none', () => {
  for (const [name, want] of table) assert.equal(registry.nearMiss(name)?.actorId ?? null, want, name);
});

test('a spelling between two actors links to neither', () => {
  const index = new NearMissIndex(registry.folder, [{ actorId: 'a', name: 'Karimabad' }, { actorId: 'b', name: 'Karimabat' }]);
  assert.equal(index.find('Karimabar'), null);
  assert.equal(index.find('Karimabadd')?.actorId ?? null, null); // folds to Karimabad's key exactly
});

test('the budget holds word by word: one slip in a short surname is another person', () => {
  const index = new NearMissIndex(registry.folder, [
    { actorId: 'sadr', name: 'Mohammed Sadr' },
    { actorId: 'abdulsalam', name: 'Mohammed Abdulsalam' },
    { actorId: 'bakr', name: 'Ahmad Bakr Hasan' },
  ]);
  assert.equal(index.find('Mohammed Badr'), null);
  assert.equal(index.find('Mohammed Sadri'), null);
  assert.equal(index.find('Ahmad Badr Hasan'), null);
  assert.equal(index.find('Ahmad Bakr'), null); // a word fewer is not a slip
  assert.equal(index.find('Mohammed Abdul Salam')?.actorId ?? null, 'abdulsalam'); // a space more is
  assert.equal(index.find('Mohammed Abdulsalem')?.actorId ?? null, 'abdulsalam');
  assert.equal(index.find('Mohammed Abdusalam')?.actorId ?? null, 'abdulsalam');
});

test('word budget: equal words pass, short differing words fail, long words allow one slip', () => {
  assert.equal(wordsWithinBudget('muhamad sadr', 'muhamad badr'), false);
  assert.equal(wordsWithinBudget('muhamad abdulsalam', 'muhamad abdulsalim'), true);
  assert.equal(wordsWithinBudget('hawija', 'hawaija'), true); // one word: the whole-key budget decides
  assert.equal(wordsWithinBudget('ali hasan', 'ali hasan kamil'), false);
});

test('a spelling the registry holds as a generic alias is never a near miss of another actor', () => {
  // "Al-Shabab" is one slip from "Shabak" (Shin Bet), but it is al-Shabaab's own (context-bound) spelling.
  assert.equal(registry.nearMiss('Al-Shabab'), null);
  assert.equal(registry.nearMiss('Shabab'), null);
  const index = new NearMissIndex(registry.folder, [
    { actorId: 'agency', name: 'Shabak' },
    { actorId: 'youth', name: 'Shabab', generic: true },
  ]);
  assert.equal(index.find('al-Shabab'), null);
  assert.equal(index.find('Shabok')?.actorId ?? null, 'agency'); // a real slip still reaches the agency
});

test('one consonant for another in a one-word name is another word, not a slip', () => {
  assert.equal(consonantSubstituted('mirkava', 'mirjava'), true);
  assert.equal(consonantSubstituted('hawija', 'hawaja'), false); // a vowel
  assert.equal(consonantSubstituted('nasrallha', 'nasrallah'), false); // a swap: two places
  assert.equal(consonantSubstituted('ali hasan', 'ali hazan'), false); // several words: the word budget decides
  // "Merkava" (a tank) never reaches Mirjaveh (a town in Iran).
  assert.equal(registry.nearMiss('Merkava'), null);
});
