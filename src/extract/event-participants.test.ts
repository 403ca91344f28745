/**
 * Who acted and on whom, for events read from general constructions: the
 * antecedent of "which", a name in apposition to a title before a passive,
 * places that are not targets, possessive words that are not victims, the
 * subject of a verb governing an action noun. Own sentences, whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const events = (doc: Doc): string[] => doc.events.map((e) => `${e.cameo.slice(0, 2)} ${e.actor} -> ${e.target}`);

test('the antecedent of "which" acts, even as the object of a preposition', () => {
  const doc = analyze('Israel coordinated the raid with the United States, which together with Britain has struck Houthi targets since January.');
  assert.ok(events(doc).includes('19 united-states -> ansar-allah'), events(doc).join('; '));
});

test('"The head of X, Name, has been assassinated": the name is the one killed', () => {
  const doc = analyze('The head of the political bureau of Hamas, Ismail Haniyeh, has been assassinated in Tehran.');
  assert.ok(events(doc).some((e) => e.endsWith('-> ismail-haniyeh')), events(doc).join('; '));
});

test('states named as where a strike happened are not its targets; what it was against is', () => {
  const doc = analyze('US forces conducted airstrikes in Iraq and Syria against the Quds Force on Friday.');
  assert.deepEqual(events(doc), ['19 us-forces -> quds-force']);
  const doc2 = analyze('US forces struck more than 85 targets in Iraq and Syria on Friday.');
  assert.ok(!events(doc2).some((e) => e.endsWith('-> iraq') || e.endsWith('-> syria')), events(doc2).join('; '));
});

test('"three of his sons were killed": the possessive is not the victim', () => {
  const doc = analyze('Ismail Haniyeh spoke in Doha. Three of his sons were killed in an Israeli airstrike in Gaza.');
  assert.ok(!events(doc).some((e) => e.startsWith('18') && e.endsWith('-> ismail-haniyeh')), events(doc).join('; '));
});

test('the subject of a verb governing an action noun acts: "masterminded the attacks", "announcing the designation of X"', () => {
  assert.ok(events(analyze('Yahya Sinwar masterminded the attacks on Israel.')).includes('19 yahya-sinwar -> israel'));
  const doc = analyze('Today the Department of State is announcing the designation of Kataib Hezbollah as a terrorist group.');
  assert.ok(events(doc).includes('17 us-state-department -> kataib-hezbollah'), events(doc).join('; '));
});

test('strikes by X, forces moved into a zone, talks led with an envoy', () => {
  assert.ok(events(analyze('The designation follows strikes by US forces on Sunday.')).some((e) => e.startsWith('19 us-forces')));
  assert.ok(events(analyze('Israel moved troops into the buffer zone on Sunday.')).some((e) => e.startsWith('15 israel')));
  assert.ok(events(analyze('Nabih Berri has been leading indirect talks with Amos Hochstein.')).some((e) => e.startsWith('04 nabih-berri')));
});

test('an action named in what someone argues ("noting that the strikes by X ...") is not reported as an event', () => {
  const doc = analyze('The spokesman praised the deal, noting that the strikes by the resistance on US bases had forced Washington to talk.');
  assert.equal(doc.events.length, 0, events(doc).join('; '));
});

test('"engaged in fierce clashes with X" is fighting with X', () => {
  const doc = analyze('Palestinian Islamic Jihad fighters engaged in fierce clashes with the Israeli army in Jenin.');
  assert.ok(events(doc).some((e) => e.startsWith('19') && e.endsWith('-> israel-defense-forces')), events(doc).join('; '));
});

test('"The strike hit ..." is done by whoever did the strike reported before', () => {
  const doc = analyze('A US drone strike on a car in eastern Baghdad killed a Kataib Hezbollah commander on Wednesday. The strike hit the vehicle near a busy market, killing two people.');
  const hit = doc.events.filter((e) => e.text.startsWith('The strike hit'));
  assert.ok(hit.length > 0 && hit.every((e) => e.actor === 'united-states'), events(doc).join('; '));
});

test('"killed in an operation carried out by X": X acted', () => {
  const doc = analyze('A Kataib Hezbollah commander was killed in an operation carried out by Iraq\'s Counter-Terrorism Service near Fallujah.');
  assert.ok(events(doc).some((e) => e.startsWith('18 iraqi-counter-terrorism-service')), events(doc).join('; '));
});

test('"X said that Y was killed": the reporter is not the one killed', () => {
  const doc = analyze('Prime Minister Mohammed Shia al-Sudani said on Friday that two senior militants had been killed in Anbar.');
  assert.ok(!events(doc).some((e) => e.endsWith('-> mohammed-shia-al-sudani')), events(doc).join('; '));
});

test('the subject of a reported clause is its own, not the speaker\'s: "X said Turkish drones and jets had hit ..."', () => {
  const doc = analyze('The SDF said on Monday that Turkish drones and jets had hit bakeries and power stations across northeast Syria.');
  assert.ok(events(doc).some((e) => e.startsWith('19 turkey')), events(doc).join('; '));
  const doc2 = analyze('The SDF said Turkish drones and jets had hit bakeries and power stations across northeast Syria.');
  assert.ok(events(doc2).some((e) => e.startsWith('19 turkey')), events(doc2).join('; '));
});

test('"hit what X called bases of Y": Y is the target, not the one who named it', () => {
  const doc = analyze('Israeli jets hit what Israel called weapons depots of Hezbollah in the Bekaa valley on Tuesday.');
  assert.ok(events(doc).some((e) => e.endsWith('-> hezbollah')), events(doc).join('; '));
});

test('"X, which Y designated a terrorist group": the antecedent of the object pronoun is the target', () => {
  const doc = analyze('Britain proscribed the PFLP, which the European Union designated a terrorist organisation in 2003.');
  assert.ok(events(doc).includes('17 european-union -> pflp'), events(doc).join('; '));
  const doc2 = analyze('Al-Shabaab, which Washington designated a foreign terrorist organisation in 2008, still controls much of southern Somalia.');
  assert.ok(events(doc2).includes('17 united-states -> al-shabaab'), events(doc2).join('; '));
});

test('"accused X of a role in the bombings": the one accused is the actor of the deed', () => {
  const doc = analyze('Jordanian prosecutors accused Abu Hamza of a role in the 2005 bombings of three hotels in Amman.');
  assert.ok(events(doc).some((e) => e.startsWith('18 abu-hamza')), events(doc).join('; '));
  const doc2 = analyze('Turkey accused the PKK of involvement in the bombing of a bus station in Ankara.');
  assert.ok(events(doc2).some((e) => e.startsWith('18 pkk')), events(doc2).join('; '));
});

test('"listed X as a Specially Designated Global Terrorist": X, inside the cue, is the target', () => {
  const doc = analyze('The State Department listed Hamas as a Specially Designated Global Terrorist group in 2001.');
  assert.ok(events(doc).includes('17 us-state-department -> hamas'), events(doc).join('; '));
});

test('of actors joined by "and" as one subject, the first acts', () => {
  const doc = analyze('France and the United Kingdom conducted strikes against Islamic State positions in Syria on Monday.');
  assert.deepEqual(events(doc).filter((e) => e.startsWith('19')), ['19 france -> isis']);
  const doc2 = analyze('Turkish and Iraqi forces struck PKK hideouts in the Qandil mountains on Tuesday.');
  assert.ok(events(doc2).some((e) => e.startsWith('19 turkey') || e.startsWith('19 turkish')), events(doc2).join('; '));
  assert.ok(!events(doc2).some((e) => e.startsWith('19 iraq')), events(doc2).join('; '));
});

test('who issues a statement jointly with the actor is not its target', () => {
  const doc = analyze('Egypt and Jordan issued a joint statement condemning the Israeli raid on the Jenin camp.');
  const st = doc.statements.find((s) => s.actor === 'egypt');
  assert.ok(st, doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`).join('; '));
  assert.notEqual(st.target, 'jordan');
});

test('"Among the dead were X and Y": each is killed, by the deed just told', () => {
  const doc = analyze('Israeli jets struck a command post in Beirut on Tuesday. Among the dead were Hezbollah commander Ibrahim Aqil and Ahmed Wahbi.');
  const killed = events(doc).filter((e) => e.startsWith('18'));
  assert.ok(killed.includes('18 israel -> ibrahim-aqil'), events(doc).join('; '));
  assert.equal(killed.length, 2, events(doc).join('; '));
});

test('"launched strikes", "conducted attacks": a verb and its noun with no modifier between', () => {
  const doc = analyze('Turkey launched strikes in northern Iraq on Sunday. The Islamic State conducted raids near Kirkuk on Monday.');
  assert.ok(events(doc).some((e) => e.startsWith('19 turkey')), events(doc).join('; '));
  assert.ok(events(doc).some((e) => e.startsWith('19 isis')), events(doc).join('; '));
});

test('"X\'s strikes hit Y": the possessor of the deed acts; the toll opening a sentence takes the deed\'s date', () => {
  const doc = analyze('Israel\'s strikes on Friday hit air defence sites across Syria.');
  assert.ok(events(doc).some((e) => e.startsWith('19 israel')), events(doc).join('; '));
  const doc2 = analyze('Israeli jets struck a building in Beirut on Monday. Among the dead was Hezbollah commander Ibrahim Aqil.');
  const killing = doc2.events.find((e) => e.target === 'ibrahim-aqil');
  assert.equal(killing?.date, '2024-03-04');
});
