import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSourceRegistry, loadSourceRegistry, sourceEntrySchema, type SourceEntry } from '../ingest/sources.js';
import { corroborate } from './corroboration.js';
import { gatherFacts } from './facts.js';
import { fixtureDoc } from './fixture-docs.js';
import { gradeFact, reliabilityFromRegistry } from './admiralty.js';

const entry = (over: Partial<SourceEntry>): SourceEntry => ({
  id: 'x', name: 'Example', aliases: [], domains: [], markers: [], country: 'GB', type: 'news', alignment: 'independent', language: ['en'], ...over,
});

test('reliability is read by registry id, by name or alias as printed; unknown and unrated outlets are F', () => {
  const registry = buildSourceRegistry([
    entry({ id: 'north-wire', name: 'North Wire', aliases: ['NW Agency'], type: 'wire', reliability: 'B', reliability_note: 'A wire with a corrections record.' }),
    entry({ id: 'front-channel', name: 'Front Channel', type: 'group_media', reliability: 'E', reliability_note: "The group's own channel." }),
    entry({ id: 'plain-daily', name: 'Plain Daily' }),
  ]);
  const of = reliabilityFromRegistry(registry);
  const cases: Array<[string, string]> = [
    ['north-wire', 'B'], ['North Wire', 'B'], ['nw agency', 'B'], ['North-Wire', 'B'],
    ['front-channel', 'E'], ['plain-daily', 'F'], ['Somebody Else', 'F'],
  ];
  for (const [outlet, want] of cases) assert.equal(of(outlet), want, outlet);
});

test('the schema wants a note with every judgement, and a known grade', () => {
  assert.equal(sourceEntrySchema.safeParse(entry({ reliability: 'B' })).success, false);
  assert.equal(sourceEntrySchema.safeParse({ ...entry({}), reliability: 'G', reliability_note: 'not a grade at all' }).success, false);
  assert.equal(sourceEntrySchema.safeParse(entry({ reliability: 'C', reliability_note: 'fairly reliable outlet' })).success, true);
});

test('the shipped registry: wires B, a group channel E, a party\'s state media D; grades reach the facts', () => {
  const registry = loadSourceRegistry();
  const of = reliabilityFromRegistry(registry);
  assert.equal(of('reuters'), 'B');
  assert.equal(of('al-manar'), 'E');
  assert.equal(of('press-tv'), 'D');
  for (const e of registry.entries) if (e.reliability) assert.ok(e.reliability_note, `${e.id} has a grade without a note`);
  const text = 'The brigade threatened the base.';
  const st = { kind: 'threat' as const, actor: 'brigade', target: 'base', date: '2024-01-02', words: text };
  const [c] = corroborate(gatherFacts([fixtureDoc({ id: 'a', outlet: 'Reuters', published: '2024-01-02', text, statements: [st] })]));
  assert.deepEqual(gradeFact(c!, of).map((g) => g.code), ['B3']);
  const [c2] = corroborate(gatherFacts([fixtureDoc({ id: 'b', outlet: 'Al-Manar', published: '2024-01-02', text, statements: [st] })]));
  assert.deepEqual(gradeFact(c2!, of).map((g) => g.code), ['E4']);
});
