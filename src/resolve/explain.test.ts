import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from './registry.js';
import { explainName } from './explain.js';

const registry = loadActorRegistry();

const cases: Array<[string, string, string]> = [
  ['Hizballah', 'hezbollah', 'alias'],
  ['AKram Al-Kaabi', 'akram-al-kaabi', 'alias'],
  ['حركة النجباء', 'harakat-hezbollah-al-nujaba', 'alias'],
  ['Nasral Shammari', 'nasr-al-shammari', 'compact'],
  ['Defense Ministry', 'iraqi-ministry-of-defense', 'generic-alias'],
  ['Khazali', 'qais-al-khazali', 'surname'],
];

for (const [name, id, how] of cases) {
  test(`"${name}" resolves to ${id} by ${how}`, () => {
    // A generic alias such as "Defense Ministry" is shared by many states' ministries: look past the top five.
    const all = explainName(registry, name, 100);
    const hit = all.find((r) => r.actor.id === id);
    assert.ok(hit, JSON.stringify(all.map((r) => r.actor.id)));
    assert.equal(hit.how, how, hit.reason);
  });
}

test('Kataib Hezbollah does not resolve to Hezbollah, nor Hezbollah to Kataib Hezbollah', () => {
  assert.equal(explainName(registry, 'Kataib Hezbollah')[0]?.actor.id, 'kataib-hezbollah');
  assert.ok(!explainName(registry, 'Kataib Hezbollah').some((r) => r.actor.id === 'hezbollah'));
  assert.ok(!explainName(registry, 'Hezbollah').some((r) => r.actor.id === 'kataib-hezbollah'));
});

test('a surname alone offers both brothers, never one silently', () => {
  const ids = explainName(registry, 'Khazali').map((r) => r.actor.id).sort();
  assert.deepEqual(ids, ['laith-al-khazali', 'qais-al-khazali']);
});
