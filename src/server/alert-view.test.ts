/**
 * The alerts page reads what triggered an alert back from the title the
 * rules wrote: held here against the rules' own output, so a change of
 * wording in src/watch/alerts.ts shows up as a failure, not a blank column.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from '../analyze/fixture-docs.js';
import { gatherFacts } from '../analyze/facts.js';
import { evaluateRules, parseRules } from '../watch/alerts.js';
import { cursorOf, parseCursor, readTitle } from './alert-view.js';

const rules = parseRules(`rules:
  - {id: said, description: statements, on: statement, deliver: [inbox]}
  - {id: done, description: events, on: event, deliver: [inbox]}
  - {id: rising, description: escalation, on: escalation, min_level: elevated, deliver: [inbox]}
`, 'test rules');

const text = 'The brigade threatened the depot. The brigade shelled the depot, killing two.';
const docs = [fixtureDoc({
  id: 'd1', outlet: 'Wire', published: '2024-04-02', text,
  statements: [{ kind: 'threat', actor: 'north-brigade', target: 'depot', date: '2024-04-01', words: 'threatened the depot' }, { kind: 'other', actor: null, words: 'The brigade' }],
  events: [{ kind: 'attack', actor: 'north-brigade', target: 'depot', cameo: '190', goldstein: -10, words: 'shelled the depot, killing two' }],
})];

test('the kind and trigger of statement and event alerts, read from the titles the rules write', () => {
  const alerts = evaluateRules(rules, gatherFacts(docs), []);
  const read = alerts.map((a) => ({ rule: a.rule, ...readTitle(a.title) }));
  assert.deepEqual(read, [
    { rule: 'said', trigger: 'statement', kind: 'threat', escalation: null },
    { rule: 'said', trigger: 'unknown', kind: 'other', escalation: null },
    { rule: 'done', trigger: 'event', kind: 'attack', escalation: null },
  ]);
});

test('the escalation step, read from an escalation alert\'s title', () => {
  const [a] = evaluateRules(rules, [], [{ actor: 'north-brigade', period: '2024-W14', from: 'baseline', to: 'severe', point: { period: '2024-W14', intensity: 20, baseline: 2, score: 4, level: 'severe' } }]);
  assert.deepEqual(readTitle(a!.title), { trigger: 'escalation', kind: null, escalation: { from: 'baseline', to: 'severe', period: '2024-W14' } });
});

test('a title in no known wording reads as unknown, not as a guess', () => {
  assert.deepEqual(readTitle('Something else happened'), { trigger: 'unknown', kind: null, escalation: null });
  assert.deepEqual(readTitle('front: escalation loud → louder in 2024'), { trigger: 'unknown', kind: null, escalation: null });
});

test('paging cursors round-trip and refuse anything else', () => {
  assert.deepEqual(parseCursor(cursorOf({ raisedAt: 1710374400000, id: 'ab12cd' })), { raisedAt: 1710374400000, id: 'ab12cd' });
  for (const bad of ['', '12', ':ab', '12:', '12:a b', 'x:ab', `1:${'a'.repeat(200)}`]) assert.equal(parseCursor(bad), null, bad);
});
