import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-docs.js';
import { gatherFacts } from './facts.js';
import { corroborate } from './corroboration.js';

const strike = (id: string, outlet: string, cluster?: string) => fixtureDoc({
  id, outlet, published: '2024-02-04', ...(cluster ? { cluster } : {}),
  text: `Reporting by ${outlet}. A drone struck a logistics convoy near Al-Qaim on Saturday. Officials gave no further details.`,
  events: [{ kind: 'strike', actor: 'united-states', target: 'kataib-hezbollah', date: '2024-02-03', cameo: '195', goldstein: -10, words: 'A drone struck a logistics convoy near Al-Qaim on Saturday.' }],
});

test('one event reported by two independent outlets is one fact, corroborated, with both citations', () => {
  const [c] = corroborate(gatherFacts([strike('a', 'Outlet One'), strike('b', 'Outlet Two')]));
  assert.ok(c);
  assert.equal(c.fact.reports.length, 2);
  assert.equal(c.independent, 2);
  assert.equal(c.corroborated, true);
  assert.deepEqual(c.fact.reports.map((r) => r.citation.sentence), [
    'A drone struck a logistics convoy near Al-Qaim on Saturday.',
    'A drone struck a logistics convoy near Al-Qaim on Saturday.',
  ]);
});

test('copies in one near-duplicate cluster are one source, not two', () => {
  const [c] = corroborate(gatherFacts([strike('a', 'Wire Service', 'k1'), strike('b', 'Reprint Site', 'k1')]));
  assert.equal(c?.independent, 1);
  assert.equal(c?.corroborated, false);
  assert.deepEqual(c?.sources[0]?.outlets, ['wire-service', 'reprint-site']);
});

test('one outlet reporting twice is still one source', () => {
  const [c] = corroborate(gatherFacts([strike('a', 'Outlet One'), strike('b', 'Outlet One')]));
  assert.equal(c?.independent, 1);
});

test('a cluster that bridges outlets joins them; a third outlet stays independent', () => {
  const docs = [strike('a', 'Outlet One', 'k1'), strike('b', 'Outlet Two', 'k1'), strike('c', 'Outlet Two', 'k2'), strike('d', 'Outlet Three', 'k3')];
  const [c] = corroborate(gatherFacts(docs));
  assert.equal(c?.independent, 2);
});

test('different days or different actors are different facts', () => {
  const other = fixtureDoc({
    id: 'c', outlet: 'Outlet Three', published: '2024-02-05',
    text: 'A drone struck a logistics convoy near Al-Qaim on Monday.',
    events: [{ kind: 'strike', actor: 'united-states', target: 'kataib-hezbollah', date: '2024-02-05', cameo: '195', goldstein: -10, words: 'A drone struck a logistics convoy near Al-Qaim on Monday.' }],
  });
  const facts = gatherFacts([strike('a', 'Outlet One'), other]);
  assert.equal(facts.length, 2);
  assert.ok(corroborate(facts).every((c) => !c.corroborated));
});
