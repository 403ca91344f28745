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
function analyzeAr(body: string): Doc {
  const text = `تقرير\n\n9 آب 2024\n\n${body}\n`;
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

test('a compound adjective is no report: "the state-sanctioned forces" is not a sanction', () => {
  const doc = analyze('The state-sanctioned Popular Mobilization Forces held a parade in Basra on Monday.');
  assert.equal(events(doc).filter((e) => e.kind === 'sanction').length, 0);
});

test('weapons as the subject of "struck" make an attack, not a state\'s strike', () => {
  const doc = analyze('A salvo of rockets struck the Ain al-Asad air base on Monday.');
  assert.deepEqual(events(doc).map((e) => [e.kind, e.code]), [['attack', '19']]);
});

test('"had been hit" is passive: what was hit is the target, no actor is invented from the subject', () => {
  const doc = analyze('Hezbollah said the headquarters of the Lebanese army had been hit.');
  assert.equal(events(doc).some((e) => e.actor === 'hezbollah'), false);
});

test('"the martyred leader" names nobody\'s act', () => {
  const doc = analyze('Hamas will follow the path laid down by the martyred leader Ismail Haniyeh.');
  assert.equal(events(doc).filter((e) => e.kind === 'killing').length, 0);
});

test('"came under repeated rocket fire" is an attack on the subject', () => {
  const doc = analyze('US forces in Syria have come under repeated rocket fire this month.');
  assert.deepEqual(events(doc).map((e) => [e.kind, e.target]), [['attack', 'us-forces']]);
});

test('a progressive designation by an authority: "is designating X"', () => {
  const doc = analyze('The US Treasury is also designating Hezbollah under the new order.');
  const e = events(doc).find((x) => x.kind === 'designation');
  assert.deepEqual([e?.actor, e?.target], ['us-treasury', 'hezbollah']);
});

test('"fought alongside X": the ally is not the target', () => {
  const doc = analyze('Hezbollah attacked rebel positions alongside the Syrian army near Qusayr.');
  assert.equal(events(doc).some((e) => e.target === 'hezbollah' || e.target === 'syrian-arab-army'), false);
});

test('"claimed bomb attacks on X" reports the attacks, with the claimant as actor', () => {
  const doc = analyze('Hamas has claimed several bomb attacks on Israel since 2015.');
  const e = events(doc).find((x) => x.kind === 'attack');
  assert.deepEqual([e?.actor, e?.target], ['hamas', 'israel']);
});

test('Arabic: a martyr verb makes its subject the one killed', () => {
  const doc = analyzeAr('غزة - استشهد إسماعيل هنية في غارة على منزله في طهران.');
  const e = doc.events.find((x) => x.kind === 'killing');
  assert.deepEqual([e?.actor, e?.target], [null, 'ismail-haniyeh']);
});

test('recalling an ambassador reduces relations (CAMEO 16) with the host state', () => {
  const doc = analyze('Jordan recalled its ambassador from Israel on Wednesday.');
  const e = events(doc).find((x) => x.code === '16');
  assert.deepEqual([e?.kind, e?.actor, e?.target], ['other', 'jordan', 'israel']);
});

test('a state outlawing groups designates them', () => {
  const doc = analyze('Egypt outlawed the Muslim Brotherhood in December 2013.');
  const e = events(doc).find((x) => x.kind === 'designation');
  assert.equal(e?.actor, 'egypt');
});

test('"a car bomb killed" is a bombing (CAMEO 18), "the drone attack that killed" an attack (19)', () => {
  const bomb = analyze('A car bomb killed nine soldiers of the Syrian army near Palmyra on Monday.');
  assert.deepEqual(events(bomb).filter((e) => e.code === '18').map((e) => e.kind), ['attack']);
  const drone = analyze('Kataib Hezbollah was blamed for the drone attack that killed three soldiers of the US forces in Jordan.');
  assert.ok(events(drone).some((e) => e.kind === 'attack' && e.code === '19'));
  assert.equal(events(drone).some((e) => e.kind === 'killing'), false);
});

test('an airstrike that killed someone stays a killing of that person', () => {
  const doc = analyze('An Israeli airstrike killed Saleh al-Arouri in Beirut on Tuesday.');
  const e = events(doc).find((x) => x.target === 'saleh-al-arouri');
  assert.deepEqual([e?.kind, e?.code], ['killing', '18']);
});

test('an offensive against a group, and clashes with it, are attacks on it', () => {
  const doc = analyze('The Iraqi army launched a new offensive against ISIS in Anbar. Clashes with Kataib Hezbollah followed in Jurf al-Sakhar.');
  const targets = events(doc).filter((e) => e.kind === 'attack').map((e) => e.target);
  assert.ok(targets.includes('isis'));
  assert.ok(targets.includes('kataib-hezbollah'));
});

test('Arabic: clashes with the occupation forces are an attack', () => {
  const doc = analyzeAr('خاضت سرايا القدس اشتباكات عنيفة مع جيش الاحتلال في جنين.');
  assert.ok(doc.events.some((e) => e.kind === 'attack' && e.cameo.startsWith('19')));
});

test('military objects destroyed or shot down are attacked', () => {
  const doc = analyze('Hamas said its fighters destroyed two armoured vehicles near the crossing on Friday. The Iraqi army shot down a drone over the port on Saturday.');
  const attacks = events(doc).filter((e) => e.code === '19').map((e) => e.actor);
  assert.ok(attacks.includes('hamas') && attacks.includes('iraqi-armed-forces'), JSON.stringify(events(doc)));
});

test('an action noun after an infinitive of intent is an intention, however far the intent word stands', () => {
  const doc = analyze('The Houthis threatened in late August to escalate attacks on shipping in the Red Sea.');
  assert.deepEqual(events(doc), []);
  const vowed = analyze('Hezbollah vowed on Friday after the funeral to step up strikes on northern Israel.');
  assert.deepEqual(events(vowed), []);
  // A report still counts when the verb before the infinitive is not one of intent.
  const went = analyze('Hezbollah continued to launch attacks on Israeli positions on Friday.');
  assert.ok(events(went).some((e) => e.code === '19' && e.actor === 'hezbollah'), JSON.stringify(events(went)));
});
