/**
 * Entity forms of wire and digest reporting that the registry's capitalised
 * spellings and the unknown-name cues used to miss or over-read: parties and
 * outlets with a lower-case head, ships after a flag adjective, lower-case
 * facility heads, administrative heads after a known place, plural demonyms.
 * Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from '../resolve/registry.js';
import { extractEntities } from './entities-stage.js';
import { segmentedDoc } from './test-doc.js';

const registry = loadActorRegistry();

function mentionsOf(text: string): Array<{ id: string; text: string }> {
  return extractEntities(segmentedDoc(text), registry).mentions.map((m) => ({ id: m.entityId, text: m.text }));
}
const ids = (text: string): Set<string> => new Set(mentionsOf(text).map((m) => m.id));

test("a party's or an outlet's head in lower case still names the registry actor", () => {
  const m = mentionsOf("Members of the Justice and Development party met the Kurdistan Workers' party envoy, the Firat news agency said.");
  assert.ok(m.some((x) => x.id === 'akp' && x.text === 'Justice and Development party'));
  assert.ok(m.some((x) => x.id === 'pkk'));
  assert.ok(m.some((x) => x.id === 'firat-news-agency' && x.text === 'Firat news agency'));
});

test('the name before a caseless head keeps its capitals', () => {
  assert.ok(!ids('The justice and development party line was not debated.').has('akp'));
});

test('a ship named after a flag adjective, a vessel word or a line prefix is a facility; its flag state is found', () => {
  const m = mentionsOf('The Liberia-flagged Northern Pearl was struck, and the container ship Bright Leader and MSC Orion changed course.');
  assert.ok(m.some((x) => x.id === 'liberia'));
  assert.ok(m.some((x) => x.text === 'Northern Pearl'));
  assert.ok(m.some((x) => x.text === 'Bright Leader'));
  assert.ok(m.some((x) => x.text === 'MSC Orion'));
});

test('a lower-case facility head closes a capitalised name and stays in its mention', () => {
  const m = mentionsOf('Gunmen stormed the Sea Crest hotel, and the wounded were taken to the Hodan hospital near the Saint Mark church.');
  assert.ok(m.some((x) => x.text === 'Sea Crest hotel'));
  assert.ok(m.some((x) => x.text === 'Hodan hospital'));
  assert.ok(m.some((x) => x.text === 'Saint Mark church'));
});

test('a village or a community named by its head noun is a place', () => {
  const m = mentionsOf('A drone hit a clinic in Darbok village, across from the Israeli community of Nahal Tzur.');
  assert.ok(m.some((x) => x.text === 'Darbok'));
  assert.ok(m.some((x) => x.text === 'Nahal Tzur'));
});

test('a registry place takes a lower-case administrative head into its mention', () => {
  const m = mentionsOf('Shelling hit villages in Nineveh province and Hasakah governorate.');
  assert.ok(m.some((x) => x.id === 'nineveh' && x.text === 'Nineveh province'));
  assert.ok(m.some((x) => x.id === 'hasakah' && x.text === 'Hasakah governorate'));
});

test('a state named only by its people in the plural is not an actor; named otherwise it stays', () => {
  assert.ok(!ids('The convoy carried flour for Palestinians sheltering in Rafah.').has('palestine'));
  assert.ok(ids('Americans were evacuated after the United States closed its embassy.').has('united-states'));
});

test('a role noun of party, church or crime reporting announces a person', () => {
  const m = mentionsOf('Patriarch Elias Haddad condemned the bombing. Karim Foo, co-chair of the party, called for calm.');
  assert.ok(m.some((x) => x.text === 'Elias Haddad'));
  assert.ok(m.some((x) => x.text === 'Karim Foo'));
});

test('a gerund alone does not stand for an organisation named earlier', () => {
  const m = mentionsOf('BBC Monitoring translated the statement. Monitoring note: the video could not be verified.');
  assert.equal(m.filter((x) => x.id === 'bbc-monitoring').length, 1);
});

test('a place before a building head with no determiner names the building; after one it stays the place', () => {
  const m = mentionsOf('The wounded were taken to Jeddah hospital, and a Damascus hospital took the rest.');
  assert.ok(m.some((x) => x.text === 'Jeddah hospital' && x.id !== 'jeddah'));
  assert.ok(m.some((x) => x.id === 'damascus'));
});

test('an Arabic nationality adjective alone does not make the state an actor, unless it follows forces, bases or ships', () => {
  assert.ok(!ids('وقال الوسيط الأمريكي إن الرد اللبناني إيجابي').has('united-states'));
  assert.ok(ids('وأعلنت الفصائل أنها استهدفت القواعد الأمريكية في سوريا').has('united-states'));
});

test('"رئيسي" as the adjective "main" is not Ebrahim Raisi', () => {
  assert.ok(!ids('وللحركة حليف رئيسي في البرلمان اللبناني').has('ebrahim-raisi'));
});

test('an Arabic full name closing on a known family name is a new person, not the family member named before', () => {
  const m = mentionsOf('Bashar al-Assad left Damascus. Hani Fadel al-Assad runs a depot near the port.');
  assert.ok(m.some((x) => x.text === 'Hani Fadel al-Assad' && x.id !== 'bashar-al-assad'));
  assert.equal(m.filter((x) => x.id === 'bashar-al-assad').length, 1);
});

test('a run opening like a place name is not read as an Arabic full name', () => {
  assert.ok(!mentionsOf('Shelling hit Tal Hamid al-Qadim overnight.').some((x) => x.text === 'Tal Hamid al-Qadim'));
});

test('a short name after a dual nationality is a person', () => {
  const m = mentionsOf('The dead included British-Iranian Leila Norouzi-Hart, the ministry said.');
  assert.ok(m.some((x) => x.text === 'Leila Norouzi-Hart'));
});

test('the definite head of an Arabic group name refers back to the one group named with it', () => {
  const one = mentionsOf('أعلنت سرايا القدس مسؤوليتها عن القصف، وقالت السرايا إن العملية مستمرة');
  assert.equal(one.filter((x) => x.id === 'al-quds-brigades').length, 2);
  const two = mentionsOf('أعلنت كتائب حزب الله وكتائب سيد الشهداء موقفهما، وقالت الكتائب إنها لن تتراجع');
  assert.ok(!two.some((x) => x.text === 'الكتائب'));
});
