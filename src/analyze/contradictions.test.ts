import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-docs.js';
import { claimsOf, contradictionsAbout, deathToll, findContradictions } from './contradictions.js';

const designation = (id: string, outlet: string, year: string, actor: string, words: string) => fixtureDoc({
  id, outlet, published: '2023-05-01',
  text: `Profile of the commander. ${words} He denies any wrongdoing.`,
  events: [{ kind: 'designation', actor, target: 'abu-fadak', date: year, cameo: '172', goldstein: -5, words }],
});

test('two outlets giving different designation years are flagged with both sides and their sources', () => {
  const docs = [
    designation('a', 'Gulf Daily', '2009', 'us-treasury', 'The Treasury Department blacklisted him in 2009.'),
    designation('b', 'Levant Post', '2019', 'united-states', 'Washington added him to its terrorism list in 2019.'),
    fixtureDoc({ id: 'r', outlet: 'Registry', published: null, text: 'The Treasury is a department of the US government.',
      relations: [{ subject: 'us-treasury', predicate: 'part_of', object: 'united-states', words: 'The Treasury is a department of the US government.' }] }),
  ];
  const found = findContradictions(claimsOf(docs));
  assert.equal(found.length, 1);
  const [c] = found;
  assert.equal(c?.subject, 'designation of abu-fadak by united-states');
  assert.equal(c?.attribute, 'year');
  assert.deepEqual(c?.sides.map((s) => [s.value, s.sources.flatMap((g) => g.outlets)]), [['2009', ['gulf-daily']], ['2019', ['levant-post']]]);
  assert.equal(c?.sides[0]?.sources[0]?.reports[0]?.citation.sentence, 'The Treasury Department blacklisted him in 2009.');
  assert.equal(contradictionsAbout(found, 'abu-fadak').length, 1);
  assert.equal(contradictionsAbout(found, 'fadak').length, 0);
});

test('outlets that agree, or designators that differ, are not contradictions', () => {
  const agree = [
    designation('a', 'Gulf Daily', '2009', 'united-states', 'The Treasury Department blacklisted him in 2009.'),
    designation('b', 'Levant Post', '2009-07', 'united-states', 'Washington added him to its terrorism list in 2009.'),
  ];
  assert.deepEqual(findContradictions(claimsOf(agree)), []);
  const twoDesignators = [
    designation('a', 'Gulf Daily', '2009', 'united-states', 'The Treasury Department blacklisted him in 2009.'),
    designation('b', 'Levant Post', '2019', 'united-kingdom', 'Washington added him to its terrorism list in 2019.'),
  ];
  assert.deepEqual(findContradictions(claimsOf(twoDesignators)), []);
});

test('one outlet alone disagreeing with itself is not flagged', () => {
  const docs = [
    designation('a', 'Gulf Daily', '2009', 'united-states', 'The Treasury Department blacklisted him in 2009.'),
    designation('b', 'Gulf Daily', '2019', 'united-states', 'Washington added him to its terrorism list in 2019.'),
  ];
  assert.deepEqual(findContradictions(claimsOf(docs)), []);
});

test('who carried out a strike, and its death toll, disputed between outlets', () => {
  const docs = [
    fixtureDoc({ id: 'a', outlet: 'Outlet One', published: '2024-01-21', text: 'An Israeli strike hit a building in Mezzeh, killing five officers.',
      events: [{ kind: 'strike', actor: 'israel', target: 'irgc', date: '2024-01-20', cameo: '195', goldstein: -10, words: 'An Israeli strike hit a building in Mezzeh, killing five officers.' }] }),
    fixtureDoc({ id: 'b', outlet: 'Outlet Two', published: '2024-01-21', text: 'A US raid on Mezzeh left 7 people dead, residents said.',
      events: [{ kind: 'strike', actor: 'united-states', target: 'irgc', date: '2024-01-20', cameo: '195', goldstein: -10, words: 'A US raid on Mezzeh left 7 people dead, residents said.' }] }),
  ];
  const found = findContradictions(claimsOf(docs));
  assert.deepEqual(found.map((c) => [c.attribute, c.sides.map((s) => s.value)]), [
    ['carried out by', ['israel', 'united-states']],
    ['death toll', ['5', '7']],
  ]);
});

test('death tolls in words, table', () => {
  const cases: Array<[string, number | null]> = [
    ['The blast killed 14 people.', 14],
    ['killing at least three soldiers', 3],
    ['Twelve fighters were killed in the raid.', 12],
    ['The death toll rose to 31 on Sunday.', 31],
    ['The raid left 9 dead.', 9],
    ['No one was hurt.', null],
    ['The strike killed dozens.', null],
  ];
  for (const [text, n] of cases) assert.equal(deathToll(text), n, text);
});
