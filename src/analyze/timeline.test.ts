import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-docs.js';
import { gatherFacts } from './facts.js';
import { counterpartsOf, timelineOf } from './timeline.js';
import { escalationOf } from './escalation.js';

const text = 'The Houthis warned shipping firms to avoid the strait. The group vowed to keep up its campaign. A missile hit a tanker off Hodeidah. US jets bombed radar sites.';
const docs = [
  fixtureDoc({ id: 'a', outlet: 'Outlet One', published: '2024-01-10', text,
    statements: [
      { kind: 'warning', actor: 'houthis', target: 'shipping', date: '2024-01-09', words: 'The Houthis warned shipping firms to avoid the strait.' },
      { kind: 'vow', actor: 'houthis', target: 'united-states', words: 'The group vowed to keep up its campaign.' },
    ],
    events: [
      { kind: 'attack', actor: 'houthis', target: 'shipping', date: '2024-01-09', cameo: '190', goldstein: -10, words: 'A missile hit a tanker off Hodeidah.' },
      { kind: 'strike', actor: 'united-states', target: 'houthis', date: '2024-01-12', cameo: '195', goldstein: -10, words: 'US jets bombed radar sites.' },
    ] }),
  fixtureDoc({ id: 'b', outlet: 'Outlet Two', published: '2024-02-20', text: 'The movement threatened to widen its targets. Earlier, in 2023, it had threatened Israel.',
    statements: [
      { kind: 'threat', actor: 'houthis', target: 'united-states', words: 'The movement threatened to widen its targets.' },
      { kind: 'threat', actor: 'houthis', target: 'israel', date: '2023', words: 'Earlier, in 2023, it had threatened Israel.' },
    ] }),
];
const facts = gatherFacts(docs);

test('an actor timeline by month counts statement kinds and sums Goldstein weights', () => {
  const t = timelineOf(facts, { actor: 'houthis', granularity: 'month' });
  assert.deepEqual(t.buckets.map((b) => [b.period, b.statements, b.events, b.goldstein, b.approximate]), [
    ['2023-01', { threat: 1 }, 0, 0, true],
    ['2024-01', { warning: 1, vow: 1 }, 1, -10, false],
    ['2024-02', { threat: 1 }, 0, 0, false],
  ]);
  // The undated vow takes the publication date, and says so.
  const vow = t.buckets[1]?.facts.find((f) => f.kind === 'vow');
  assert.equal(vow?.date, '2024-01-10');
  assert.equal(vow?.dateFromPublication, true);
});

test('a pair timeline keeps only who threatens whom; both ways adds the reply', () => {
  const oneWay = timelineOf(facts, { actor: 'houthis', counterpart: 'united-states', granularity: 'week' });
  assert.deepEqual(oneWay.buckets.map((b) => b.period), ['2024-W02', '2024-W08']);
  const both = timelineOf(facts, { actor: 'houthis', counterpart: 'united-states', bothWays: true, granularity: 'day' });
  assert.deepEqual(both.buckets.map((b) => [b.period, b.events]), [['2024-01-10', 0], ['2024-01-12', 1], ['2024-02-20', 0]]);
});

test('since and until bound the timeline', () => {
  const t = timelineOf(facts, { actor: 'houthis', granularity: 'year', since: '2024', until: '2024-01' });
  assert.deepEqual(t.buckets.map((b) => b.period), ['2024']);
  assert.equal(t.buckets[0]?.facts.length, 3);
});

test('counterparts ranked by how often the actor addresses them', () => {
  assert.deepEqual(counterpartsOf(facts, 'houthis'), [
    { target: 'shipping', count: 2 }, { target: 'united-states', count: 2 }, { target: 'israel', count: 1 },
  ]);
});

test('escalation: a burst after quiet months raises the level, and the change is reported', () => {
  const quiet = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05'].map((m, i) => fixtureDoc({
    id: `q${i}`, outlet: 'Outlet One', published: `${m}-15`, text: 'The group accused the government of corruption.',
    statements: [{ kind: 'accusation', actor: 'faction', target: 'government', words: 'The group accused the government of corruption.' }],
  }));
  const burst = fixtureDoc({ id: 'burst', outlet: 'Outlet Two', published: '2023-06-02',
    text: 'The faction threatened to strike bases. It warned foreign troops. It threatened embassies. Rockets hit a base.',
    statements: [
      { kind: 'threat', actor: 'faction', target: 'us-forces', words: 'The faction threatened to strike bases.' },
      { kind: 'warning', actor: 'faction', target: 'us-forces', words: 'It warned foreign troops.' },
      { kind: 'threat', actor: 'faction', target: 'embassies', words: 'It threatened embassies.' },
    ],
    events: [{ kind: 'attack', actor: 'faction', target: 'us-forces', cameo: '190', goldstein: -10, words: 'Rockets hit a base.' }] });
  const calm = fixtureDoc({ id: 'calm', outlet: 'Outlet One', published: '2023-08-01', text: 'The group accused the government of corruption.',
    statements: [{ kind: 'accusation', actor: 'faction', target: 'government', words: 'The group accused the government of corruption.' }] });
  const series = escalationOf(gatherFacts([...quiet, burst, calm]), 'faction', 'month');
  assert.deepEqual(series.points.map((p) => p.period), ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08']);
  assert.deepEqual(series.points.map((p) => p.intensity), [1, 1, 1, 1, 1, 18, 0, 1]);
  assert.equal(series.points[5]?.level, 'severe');
  assert.deepEqual(series.changes.map((c) => [c.period, c.from, c.to]), [['2023-06', 'baseline', 'severe'], ['2023-07', 'severe', 'baseline']]);
});

test('an actor that always threatens at the same rate stays at baseline', () => {
  const steady = ['2023-01', '2023-02', '2023-03', '2023-04'].map((m, i) => fixtureDoc({
    id: `s${i}`, outlet: 'Outlet One', published: `${m}-03`, text: 'It threatened the occupiers again.',
    statements: [{ kind: 'threat', actor: 'faction', target: 'us-forces', words: 'It threatened the occupiers again.' }],
  }));
  const series = escalationOf(gatherFacts(steady), 'faction', 'month');
  assert.deepEqual(series.points.map((p) => p.level), ['baseline', 'baseline', 'baseline', 'baseline']);
  assert.deepEqual(series.changes, []);
});
