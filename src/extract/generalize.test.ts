/**
 * Constructions that carry to other groups and outlets, on the project's own
 * sentences through the real pipeline: one construction per test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string, published = 'March 5, 2024'): Doc {
  const text = `Test report\n\n${published}\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const has = (doc: Doc, subject: string, predicate: string, object: string): boolean =>
  doc.relations.some((r) => r.subject === subject && r.predicate === predicate && r.object === object);

// Statements.
test('modal + hostile verb in reported speech is a threat by the speaker', () => {
  const doc = analyze('Hezbollah said on Monday it would retaliate against Israel for the raid.');
  const s = doc.statements.find((x) => x.kind === 'threat');
  assert.equal(s?.actor, 'hezbollah');
  assert.equal(s?.target, 'israel');
});

test('"would pay" makes the clause subject the one threatened', () => {
  const doc = analyze('Mohammed Abdulsalam told reporters that Washington would pay dearly for the raids.');
  const s = doc.statements.find((x) => x.kind === 'threat');
  assert.equal(s?.actor, 'mohammed-abdulsalam');
  assert.equal(s?.target, 'united-states');
});

test('a conditional with "we will" in a quotation is a threat', () => {
  const doc = analyze('"If the enemy crosses this line again, we will not stand idly by," Naim Qassem said.');
  assert.ok(doc.statements.some((x) => x.kind === 'threat' && x.actor === 'naim-qassem'));
});

test('a reported clause closed by ", X said" takes X as its actor', () => {
  const doc = analyze('Hamas had no role in the bombing, Osama Hamdan said on Tuesday.');
  const s = doc.statements.find((x) => x.kind === 'denial');
  assert.equal(s?.actor, 'osama-hamdan');
});

test('a group speaking of its fighters firing at a target claims the attack', () => {
  const doc = analyze('Palestinian Islamic Jihad said its fighters had fired rockets at Israel on Sunday.');
  const s = doc.statements.find((x) => x.kind === 'claim');
  assert.equal(s?.actor, 'palestinian-islamic-jihad');
  assert.equal(s?.target, 'israel');
  assert.equal(s?.means, 'rockets');
});

test('a speaker reporting an attack by others on itself claims nothing', () => {
  const doc = analyze('The Pentagon said unknown gunmen had attacked a convoy near Erbil.');
  assert.equal(doc.statements.filter((x) => x.kind === 'claim').length, 0);
});

test('a passive reporting verb names no speaker: "was blamed on"', () => {
  const doc = analyze('The bombing of the market was blamed on Hezbollah.');
  assert.equal(doc.statements.filter((x) => x.kind === 'accusation').length, 0);
});

test('the reporting verb names the statement: "warned that X would strike" is one warning', () => {
  const doc = analyze('Yoav Gallant warned that Israel would strike anyone who attacked it.');
  assert.deepEqual(doc.statements.map((x) => x.kind), ['warning']);
});

test('a threat names its means and a deadline counted from its date', () => {
  const doc = analyze('On March 4, 2024, Yahya Saree said the movement would target ships with ballistic missiles within 48 hours.');
  const s = doc.statements.find((x) => x.kind === 'threat');
  assert.equal(s?.means, 'ballistic missiles');
  assert.equal(s?.deadline, '2024-03-06');
});

test('a deadline given as a date after "by"', () => {
  const doc = analyze('Kataib Hezbollah warned that US forces must leave Iraq by April 1, 2024.');
  assert.ok(doc.statements.some((x) => x.deadline === '2024-04-01'));
});

test('a threat in a quotation points at the quotation carrying it', () => {
  const doc = analyze('"We will strike their bases one by one," Abu Obeida said.');
  const s = doc.statements.find((x) => x.kind === 'threat');
  assert.equal(s?.quote, 0);
  assert.equal(doc.quotes[0]?.speaker, 'abu-obeida');
});

// Discourse.
test('"its" after a speech verb stands for the clause subject, not the focal group', () => {
  const doc = analyze('Hamas fighters fought in Gaza. Hamas said more. The Israeli army said its troops had targeted Hamas fighters near Rafah.');
  const e = doc.events.find((x) => x.cameo.startsWith('19'));
  assert.equal(e?.actor, 'israel-defense-forces');
});

test('"the Iran-backed movement" is the group, not Iran', () => {
  const doc = analyze('Ansar Allah fired missiles. The Iran-backed movement claimed responsibility for an attack on Israel.');
  const s = doc.statements.find((x) => x.kind === 'claim');
  assert.equal(s?.actor, 'ansar-allah');
  assert.ok(has(doc, 'ansar-allah', 'backed_by', 'iran'));
});

// Relations.
test('apposition: "X, a senior ORG official" is membership', () => {
  assert.ok(has(analyze('Osama Hamdan, a senior Hamas official, spoke in Beirut.'), 'osama-hamdan', 'member_of', 'hamas'));
});

test('apposition: "Y, the armed wing of Z" is part_of', () => {
  assert.ok(has(analyze('Qassam Brigades, the armed wing of Hamas, fired rockets.'), 'qassam-brigades', 'part_of', 'hamas'));
});

test('"X, who heads Y" is leadership', () => {
  assert.ok(has(analyze('Nabih Berri, who heads the Amal Movement, met the envoy.'), 'nabih-berri', 'leads', 'amal-movement'));
});

test('"Y, the Iran-backed armed group" in apposition is backed by Iran', () => {
  assert.ok(has(analyze('Kataib Hezbollah, the Iran-backed Iraqi armed group, said nothing.'), 'kataib-hezbollah', 'backed_by', 'iran'));
});

test('"a coalition that includes A and B": each member is part of the whole', () => {
  const doc = analyze('Officials blamed the Islamic Resistance in Iraq, a coalition that includes Kataib Hezbollah and Harakat al-Nujaba.');
  assert.ok(has(doc, 'kataib-hezbollah', 'part_of', 'islamic-resistance-in-iraq'));
  assert.ok(has(doc, 'harakat-hezbollah-al-nujaba', 'part_of', 'islamic-resistance-in-iraq'));
});

test('"its longtime secretary-general X" after a speech verb: X leads the speaker', () => {
  assert.ok(has(analyze('Hezbollah on Saturday confirmed that its longtime secretary-general Hassan Nasrallah had died.'), 'hassan-nasrallah', 'leads', 'hezbollah'));
});

test('commander of a part of a group is a member, not its leader', () => {
  const doc = analyze("Ali Karaki, the commander of Hezbollah's southern front, was killed.");
  assert.ok(!has(doc, 'ali-karaki', 'leads', 'hezbollah'));
});

test('a compound title ("chief negotiator") is not leadership', () => {
  assert.ok(!has(analyze("Mohammed Abdulsalam, the Houthis' chief negotiator, spoke."), 'mohammed-abdulsalam', 'leads', 'ansar-allah'));
});

test('negated ties are no ties: "cut ties with X"', () => {
  assert.ok(!analyze('Abdul-Malik al-Houthi urged Arab states to cut ties with Israel.').relations.some((r) => r.predicate === 'backed_by'));
});

// Events.
test('two attacks on one target by different actors are two events', () => {
  const doc = analyze('Palestinian Islamic Jihad fired rockets at Israel on Monday. Hezbollah fired rockets at Israel on Tuesday.');
  assert.equal(doc.events.filter((e) => e.target === 'israel').length, 2);
});

test('"claimed responsibility for an attack on X" is an attack by the claimant', () => {
  const doc = analyze('Kataib Hezbollah claimed responsibility for an attack on US forces in Syria.');
  const e = doc.events.find((x) => x.kind === 'attack');
  assert.equal(e?.actor, 'kataib-hezbollah');
  assert.equal(e?.target, 'us-forces');
});
