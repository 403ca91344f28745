import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, RegistryFact } from '../resolve/registry.js';
import type { EntityType } from '../core/types.js';
import { rollUpWith, speaksFor, voicesOf, type ActorFacts } from './actor-links.js';
import { fixtureDoc } from './fixture-docs.js';
import { gatherFacts } from './facts.js';
import { timelineOf } from './timeline.js';
import { claimsOf, findContradictions } from './contradictions.js';
import { loadActorRegistry } from '../resolve/registry.js';

function actor(id: string, type: EntityType, extra: Partial<Actor> = {}): Actor {
  return { id, type, name: id, aliases: [], generic_aliases: [], roles: [], affiliations: [], designations: [], file: 'test', ...extra };
}

const actors = [
  actor('freedonia', 'state'),
  actor('freedonia-finance-ministry', 'organization', { country: 'freedonia' }),
  actor('sanctions-office', 'organization', { country: 'freedonia', affiliations: [{ relation: 'part_of', with: 'freedonia-finance-ministry' }] }),
  actor('river-brigades', 'armed_group', { country: 'freedonia' }),
  actor('abu-karim', 'person', { roles: [{ role: 'leads', of: 'river-brigades', from: '2015' }] }),
  actor('old-chief', 'person', { roles: [{ role: 'leads', of: 'river-brigades', to: '2014' }] }),
];
const facts: RegistryFact[] = actors.flatMap((a) => a.roles.map((r) => ({ subject: a.id, predicate: r.role, object: r.of, from: r.from ?? null, to: r.to ?? null, detail: null })));
const registry: ActorFacts = {
  byId: (id) => actors.find((a) => a.id === id),
  affiliationsOf: (id) => actors.find((a) => a.id === id)?.affiliations ?? [],
  factsAgainst: (id) => facts.filter((f) => f.object === id),
};

test('roll-up: agencies answer to their parent body, government bodies to their state; armed groups stay themselves', () => {
  const up = rollUpWith(registry);
  assert.equal(up('sanctions-office'), 'freedonia');
  assert.equal(up('freedonia-finance-ministry'), 'freedonia');
  assert.equal(up('freedonia'), 'freedonia');
  assert.equal(up('river-brigades'), 'river-brigades');
  assert.equal(up('unknown-actor'), 'unknown-actor');
});

test('roll-up without a registry follows part_of relations found in the documents', () => {
  const doc = fixtureDoc({ id: 'd', outlet: 'Wire', published: '2020-01-01', text: 'The unit is part of the front.', relations: [{ subject: 'unit', predicate: 'part_of', object: 'front', words: 'part of the front' }] });
  assert.equal(rollUpWith(null, [doc])('unit'), 'front');
});

test('voices: registry roles with their bounds, document relations without', () => {
  const doc = fixtureDoc({ id: 'd', outlet: 'Wire', published: '2020-01-01', text: 'Ali Hamid, spokesman of the River Brigades, spoke.', relations: [{ subject: 'ali-hamid', predicate: 'spokesperson_of', object: 'river-brigades', words: 'spokesman of the River Brigades' }] });
  const voices = voicesOf('river-brigades', registry, [doc]);
  assert.deepEqual(voices.map((v) => [v.id, v.role, v.from, v.to]), [
    ['abu-karim', 'leads', '2015', null], ['ali-hamid', 'spokesperson_of', null, null], ['old-chief', 'leads', null, '2014'],
  ]);
  assert.equal(speaksFor(voices, 'abu-karim', '2019-05'), true);
  assert.equal(speaksFor(voices, 'abu-karim', '2012'), false, 'before he led it');
  assert.equal(speaksFor(voices, 'old-chief', '2016-02-01'), false, 'after he left');
  assert.equal(speaksFor(voices, 'ali-hamid', null), true);
  assert.equal(speaksFor(voices, 'someone-else', '2019'), false);
});

test('a timeline with voices shows the leader\'s threats as the group\'s, but not his acts', () => {
  const text = 'Abu Karim warned the garrison would be hit. Abu Karim met the envoy.';
  const doc = fixtureDoc({
    id: 't', outlet: 'Wire', published: '2019-03-02', text,
    statements: [{ kind: 'threat', actor: 'abu-karim', target: 'garrison', words: 'Abu Karim warned the garrison would be hit.' }],
    events: [{ kind: 'meeting', actor: 'abu-karim', cameo: '040', goldstein: 1, words: 'Abu Karim met the envoy.' }],
  });
  const all = gatherFacts([doc]);
  const without = timelineOf(all, { actor: 'river-brigades', granularity: 'year' });
  assert.equal(without.buckets.length, 0);
  const withVoices = timelineOf(all, { actor: 'river-brigades', granularity: 'year', voices: voicesOf('river-brigades', registry) });
  assert.deepEqual(withVoices.buckets.map((b) => [b.period, b.statements, b.events]), [['2019', { threat: 1 }, 0]]);
});

test('designation years: an agency and its state are one designator, so differing years contradict', () => {
  const a = fixtureDoc({ id: 'a', outlet: 'Wire One', published: '2020-01-01', text: 'The sanctions office designated Abu Karim in 2009.',
    events: [{ kind: 'designation', actor: 'sanctions-office', target: 'abu-karim', date: '2009', cameo: '172', goldstein: -5, words: 'The sanctions office designated Abu Karim in 2009.' }] });
  const b = fixtureDoc({ id: 'b', outlet: 'Paper Two', published: '2021-01-01', text: 'Freedonia listed him in 2017.',
    events: [{ kind: 'designation', actor: 'freedonia', target: 'abu-karim', date: '2017', cameo: '172', goldstein: -5, words: 'Freedonia listed him in 2017.' }] });
  assert.equal(findContradictions(claimsOf([a, b])).length, 0, 'without the registry the designators differ');
  const found = findContradictions(claimsOf([a, b], { rollUp: rollUpWith(registry, [a, b]) }));
  assert.equal(found.length, 1);
  assert.equal(found[0]?.subject, 'designation of abu-karim by freedonia');
  assert.deepEqual(found[0]?.sides.map((s) => [s.value, s.sources.flatMap((g) => g.outlets)]), [['2009', ['wire-one']], ['2017', ['paper-two']]]);
});

test('the shipped registry: the US Treasury and OFAC roll up to the United States', () => {
  const up = rollUpWith(loadActorRegistry());
  assert.equal(up('us-treasury'), 'united-states');
  assert.equal(up('ofac'), 'united-states');
});
