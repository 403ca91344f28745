/**
 * Registry facts confirmed by the sentence: the shapes that tie two names,
 * the kinds left out (heads of state, organs of intergovernmental bodies,
 * lists), the document's date against the registry's, and designations named
 * with their agent. On the project's own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import type { RegistryFact } from '../resolve/registry.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { heldAt, linkShape } from './relations-registry.js';

const knowledge = loadKnowledge();
function analyze(body: string, date = 'March 5, 2024'): Doc {
  const text = `Test report\n\n${date}\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const facts = (doc: Doc): string[] => doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
const fromRegistry = (doc: Doc): string[] => doc.relations.filter((r) => r.origin === 'registry').map((r) => `${r.subject} ${r.predicate} ${r.object}`);

test('linkShape: possessives, titles, appositions and modifiers tie two names; lists, clauses and verbs do not', () => {
  assert.equal(linkShape("'s elite ", 'was', false)?.kind, 'possessive');
  assert.equal(linkShape(' military spokesman ', 'sai', false)?.kind, 'title');
  assert.deepEqual(linkShape(', the commander of ', ', w', false), { kind: 'title', apposition: true, preposition: 'of' });
  assert.deepEqual(linkShape(' in northwestern ', ' on', false), { kind: 'title', apposition: false, preposition: 'in' });
  assert.deepEqual(linkShape('-backed ', ' fi', false), { kind: 'modifier', word: 'backed' });
  assert.deepEqual(linkShape(', then headed by ', '.', false), { kind: 'passive', word: 'headed' });
  assert.equal(linkShape(' for Terrorism and Financial Intelligence ', ' sa', false)?.kind, 'title');
  for (const gap of [', ', ' and ', ', and the ', ' said on Monday that ', ' fighters attacked ', ' "we will respond," ', '; ', ' alongside ', ' clashed with ']) {
    assert.equal(linkShape(gap, ' ne', false), null, gap);
  }
  // "the SDF, the YPG-led alliance": an apposition, though it looks like a list.
  assert.equal(linkShape(', the ', '-le', false)?.kind, 'title');
  // "Hezbollah, the ally of the Iran-backed Houthis": Iran only qualifies the Houthis.
  assert.equal(linkShape(', the ally of the ', '-ba', false), null);
  assert.equal(linkShape(' وسط مدينة ', '', true)?.kind, 'near');
  assert.equal(linkShape(' قال إن الهجوم استهدف ', '', true), null);
});

test('heldAt: a role counts from its start to its end at the document date, with a short grace if none replaced it', () => {
  const role = (from: string | null, to: string | null, object = 'g'): RegistryFact => ({ subject: 'p', predicate: 'leads', object, from, to, detail: null });
  assert.ok(heldAt(role('2019', null), '2024-03-05', [], null, false));
  assert.ok(!heldAt(role('2024-06', null), '2024-03-05', [], null, false));
  assert.ok(!heldAt(role('2010', '2018-05'), '2024-03-05', [], null, false));
  // A month-precise end covers the whole month.
  assert.ok(heldAt(role('2010', '2024-03'), '2024-03-20', [], null, false));
  // Reported days after the death: still the leader, unless someone else took the role.
  const ended = role('2010', '2024-02-20');
  assert.ok(heldAt(ended, '2024-03-05', [ended], null, false));
  assert.ok(!heldAt(ended, '2024-03-05', [ended, role('2024-02-25', null)], null, false));
  // The person's death ends every role.
  assert.ok(!heldAt(role('2010', null), '2024-03-05', [], '2022-01-01', false));
  // "then led by X": the text says the tie is past.
  assert.ok(heldAt(role('2010', '2015'), '2024-03-05', [], null, true));
});

test('a place named "in" the country the registry gives it lies there', () => {
  const doc = analyze('Warplanes struck fuel depots near the port of Hodeidah in western Yemen before dawn.');
  assert.ok(fromRegistry(doc).includes('hodeidah located_in yemen'), facts(doc).join('; '));
  // A group is not placed where it acted.
  assert.ok(!facts(analyze('The army said it hit Houthi positions in Yemen overnight.')).some((f) => f.startsWith('ansar-allah located_in')));
});

test('a unit named with its group\'s possessive pronoun is part of that group', () => {
  const doc = analyze('Hezbollah buried three fighters on Sunday. The group\'s Radwan Force had moved north of the Litani weeks earlier.');
  assert.ok(facts(doc).includes('radwan-force part_of hezbollah'), facts(doc).join('; '));
});

test('heads of state do not lead their state, and a name inside another name ties nothing', () => {
  const doc = analyze('US President Joe Biden addressed the UN General Assembly in New York on Tuesday.');
  assert.ok(!facts(doc).includes('joe-biden leads united-states'), facts(doc).join('; '));
  assert.ok(!facts(doc).some((f) => f.includes('part_of united-nations')), facts(doc).join('; '));
});

test('a leader whose term ended years before the document is not added from the registry', () => {
  const doc = analyze('Hamas leader Ismail Haniyeh once lived in Doha.', 'May 2, 2026');
  assert.ok(!fromRegistry(doc).includes('ismail-haniyeh leads hamas'), fromRegistry(doc).join('; '));
});

test('a designation the sentence speaks of, with the agent the registry records, however far apart', () => {
  const doc = analyze('Kataib Hezbollah was designated by the State Department as a terrorist organisation in 2009, while Asaib Ahl al-Haq was designated in January 2020.');
  assert.ok(facts(doc).includes('asaib-ahl-al-haq designated_by us-state-department'), facts(doc).join('; '));
  // Named but not designated in the sentence: nothing.
  const other = analyze('The State Department said Asaib Ahl al-Haq and Kataib Hezbollah had fired at the embassy, and it sanctioned two bankers.');
  assert.ok(!fromRegistry(other).some((f) => f.includes('designated_by') || f.includes('sanctioned_by')), fromRegistry(other).join('; '));
});

test('every place of a list "in" a country lies there; a place in a region of its country is read from the text, not from a quotation', () => {
  const doc = analyze('Jets bombed depots near al-Qaim and Akashat in western Iraq on Friday.');
  assert.ok(facts(doc).includes('akashat located_in iraq'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('al-qaim located_in iraq'), facts(doc).join('; '));
  const camp = analyze('Residents fled the Jabalia refugee camp in northern Gaza after the raid.');
  assert.ok(facts(camp).some((f) => / located_in gaza/.test(f)), facts(camp).join('; '));
  const quoted = analyze('"They shelled our homes in Jabalia in northern Gaza," a resident said.');
  assert.ok(!facts(quoted).some((f) => f.includes('located_in')), facts(quoted).join('; '));
});

test('a state named as the designating agent stands for its department the registry records, unless the department is named', () => {
  const doc = analyze('Last year the United States designated Kataib Hezbollah as a terrorist group once more.');
  assert.ok(facts(doc).includes('kataib-hezbollah designated_by united-states'), facts(doc).join('; '));
  const office = analyze('The U.S. Department of the Treasury\'s Office of Foreign Assets Control designated Kataib Hezbollah as a terrorist group.');
  assert.ok(!facts(office).includes('kataib-hezbollah designated_by united-states'), facts(office).join('; '));
});

test('Arabic: a title of a few words between a group and the one the registry places in it', () => {
  const text = 'تقرير\n\n5 مارس 2024\n\nنعى حزب الله القائد فؤاد شكر في بيان صدر مساء الأربعاء.\n';
  const doc = analyzeInput({ name: 'ar.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
  assert.ok(facts(doc).includes('fuad-shukr member_of hezbollah'), facts(doc).join('; '));
});
