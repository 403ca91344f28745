/**
 * Reported actions as analysts log them: a military "strike" apart from a
 * militant "attack", exchanges of fire, salvos of mixed weapons, passive
 * founding and killing, suspensions of attacks, and a state acting through
 * its forces ("Israel's air force struck").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nAugust 9, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const events = (doc: Doc) => doc.events.map((e) => ({ kind: e.kind, code: e.cameo.slice(0, 2), actor: e.actor, target: e.target }));

test('"struck" by a state is a strike, and its possessor acts: "Israel\'s air force struck"', () => {
  const doc = analyze("Israel's air force struck a weapons depot in the port of Hodeidah on Saturday.");
  assert.deepEqual(events(doc).filter((e) => e.kind === 'strike').map((e) => [e.code, e.actor]), [['19', 'israel']]);
});

test('"conducted airstrikes against" is a strike', () => {
  const doc = analyze('The United States conducted airstrikes against Kataib Hezbollah facilities in western Iraq on Friday.');
  const e = events(doc).find((x) => x.kind === 'strike');
  assert.equal(e?.actor, 'united-states');
  assert.equal(e?.target, 'kataib-hezbollah');
});

test('"traded fire with" is an attack between the two', () => {
  const doc = analyze('Hezbollah has traded fire with Israel almost daily since October.');
  const e = events(doc).find((x) => x.kind === 'attack');
  assert.deepEqual([e?.actor, e?.target, e?.code], ['hezbollah', 'israel', '19']);
});

test('missiles and drones fired at a target, with a quantity before them', () => {
  const doc = analyze('The Houthis have fired more than 100 missiles and drones at Israel since the war began.');
  const e = events(doc).find((x) => x.kind === 'attack');
  assert.deepEqual([e?.actor, e?.target], ['ansar-allah', 'israel']);
});

test('passive founding: what was founded is the target, not the actor', () => {
  const doc = analyze('The Badr Organization was founded in Iran in the early 1980s.');
  const e = events(doc).find((x) => x.kind === 'founding');
  assert.equal(e?.actor, null);
  assert.equal(e?.target, 'badr-organization');
});

test('"has been assassinated": the subject is the one killed', () => {
  const doc = analyze('Hamas said its political leader Ismail Haniyeh has been assassinated in Tehran.');
  const e = events(doc).find((x) => x.kind === 'killing');
  assert.equal(e?.target, 'ismail-haniyeh');
});

test('a suspension of attacks is logged as a de-escalation', () => {
  const doc = analyze('Kataib Hezbollah suspended its attacks on US forces in late January.');
  const e = events(doc).find((x) => x.kind === 'withdrawal');
  assert.equal(e?.actor, 'kataib-hezbollah');
  assert.equal(e?.code, '08');
});
