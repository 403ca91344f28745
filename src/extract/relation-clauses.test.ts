/**
 * Standing facts stated inside relative clauses and coordinations:
 * "X, which Y designated ...", "X, which Y and Z list as ...", designation of
 * several groups at once, a progressive "is designating", coordinated
 * participles of backing ("trained and equipped by"), "receives support from
 * X and Y", "Y, which backs X", and views a sentence only attributes ("Z
 * considers X to be part of Y"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nApril 2, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const facts = (doc: Doc): string[] => doc.relations.filter((r) => r.origin === 'document').map((r) => `${r.subject} ${r.predicate} ${r.object}`);

test('"X, which Y designated a terrorist group": X is designated by Y', () => {
  const f = facts(analyze('Hamas, which the United States designated a terrorist organisation in 1997, rejected the proposal.'));
  assert.ok(f.includes('hamas designated_by united-states'), f.join('; '));
  assert.ok(!f.some((x) => x.startsWith('united-states designated_by')), f.join('; '));
});

test('"X, which Y, Z and W list as a terrorist group": designated by each', () => {
  const f = facts(analyze('Negotiators met envoys of Hezbollah, which Britain, the United States and the European Union list as a terrorist organisation.'));
  for (const by of ['united-kingdom', 'united-states', 'european-union']) assert.ok(f.includes(`hezbollah designated_by ${by}`), `${by}: ${f.join('; ')}`);
  assert.ok(!facts(analyze('Officials read the list as a warning to Hezbollah.')).some((x) => x.includes('designated_by')));
});

test('one designation of two groups, and a progressive "is designating"', () => {
  const f = facts(analyze('On Tuesday the United States designated Kataib Hezbollah and Harakat Hezbollah al-Nujaba for their attacks.'));
  assert.ok(f.includes('kataib-hezbollah designated_by united-states'), f.join('; '));
  assert.ok(f.includes('harakat-hezbollah-al-nujaba designated_by united-states'), f.join('; '));
  assert.ok(facts(analyze('The United States is also designating Asaib Ahl al-Haq today.')).includes('asaib-ahl-al-haq designated_by united-states'));
});

test('coordinated participles of backing: "trained and equipped by X"', () => {
  const f = facts(analyze('Kataib Hezbollah is trained and equipped by the Quds Force, officials said.'));
  assert.ok(f.includes('kataib-hezbollah backed_by quds-force'), f.join('; '));
});

test('"receives funding and support from X and in particular from Y": backed by both', () => {
  const f = facts(analyze('Officials say the Houthis receive weapons and training from Iran and in particular from the Quds Force.'));
  assert.ok(f.includes('ansar-allah backed_by iran'), f.join('; '));
  assert.ok(f.includes('ansar-allah backed_by quds-force'), f.join('; '));
});

test('"Y, which backs X": X is backed by Y; negated, it is not', () => {
  assert.ok(facts(analyze('Iran, which backs the Houthis, denied sending the missiles.')).includes('ansar-allah backed_by iran'));
  assert.ok(!facts(analyze('Iran, which says it no longer funds the Houthis, denied sending the missiles.')).some((x) => x.includes('backed_by')));
});

test('a participle after a quantified plural qualifies that plural, not the sentence subject', () => {
  const f = facts(analyze('The Popular Mobilization Forces, which include several factions funded by Iran, held a parade.'));
  assert.ok(!f.includes('popular-mobilization-forces backed_by iran'), f.join('; '));
});

test('"Z considers X to be part of Y" is Z\'s view, not a standing fact', () => {
  const f = facts(analyze('Turkey considers the YPG to be the Syrian branch of the PKK.'));
  assert.ok(!f.includes('ypg part_of pkk'), f.join('; '));
  assert.ok(facts(analyze('The YPG is the Syrian branch of the PKK.')).includes('ypg part_of pkk'));
});

test('"X and Y, two of the most powerful Iran-backed factions": each is backed by Iran', () => {
  const f = facts(analyze('Officials blamed Kataib Hezbollah and Harakat Hezbollah al-Nujaba, two of the best-armed Iran-backed factions, for the attack.'));
  assert.ok(f.includes('kataib-hezbollah backed_by iran'), f.join('; '));
  assert.ok(f.includes('harakat-hezbollah-al-nujaba backed_by iran'), f.join('; '));
});

test('"X, a faction that is part of Y\'s state-funded Z": part of Z', () => {
  const f = facts(analyze('Kataib Sayyid al-Shuhada, a militia that is part of Iraq\'s state-funded Popular Mobilization Forces, buried its dead.'));
  assert.ok(f.includes('kataib-sayyid-al-shuhada part_of popular-mobilization-forces'), f.join('; '));
});

test('"W, whose main component is X": X is part of W', () => {
  const f = facts(analyze('The Syrian Democratic Forces, whose largest component is the YPG, held the town.'));
  assert.ok(f.includes('ypg part_of syrian-democratic-forces'), f.join('; '));
});

test('"X, founded by Y" and "X was founded by Y": Y founded X', () => {
  assert.ok(facts(analyze('Kataib Hezbollah, founded by Abu Mahdi al-Muhandis after 2003, denied the claim.')).includes('abu-mahdi-al-muhandis founded kataib-hezbollah'));
  assert.ok(facts(analyze('Harakat Hezbollah al-Nujaba was set up by Akram al-Kaabi in 2013.')).includes('akram-al-kaabi founded harakat-hezbollah-al-nujaba'));
});

test('"X pledged allegiance to Y": part of a group Y, not of a person', () => {
  assert.ok(facts(analyze('In 2014 Ansar Bait al-Maqdis pledged allegiance to the Islamic State.')).some((f) => /part_of isis$/.test(f)));
  assert.ok(facts(analyze('Abu Bakr al-Baghdadi once swore allegiance to al-Qaeda.')).includes('abu-bakr-al-baghdadi member_of al-qaeda'));
  assert.ok(!facts(analyze('Akram al-Kaabi has pledged allegiance to Ali Khamenei.')).some((f) => f.includes('ali-khamenei')));
});
