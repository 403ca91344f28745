/**
 * Relation constructions common in wire copy about groups not in the seeds:
 * a unit named after a group's possessive ("the commander of the IRGC's Quds
 * Force"), a title over a function or department ("director of procurement",
 * "UN aid chief"), envoys, a second apposition ("X, the leader of Y and an
 * ally of Z"), "Y-based <group> <role> X", a sea's coast, and Arabic
 * relative clauses of leadership and "one of the factions within Y".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMay 20, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const facts = (doc: Doc): string[] => doc.relations.filter((r) => r.origin === 'document').map((r) => `${r.subject} ${r.predicate} ${r.object}`);
const has = (body: string, fact: string): void => { const f = facts(analyze(body)); assert.ok(f.includes(fact), `${fact} not in: ${f.join('; ')}`); };
const hasNot = (body: string, fact: string): void => { const f = facts(analyze(body)); assert.ok(!f.includes(fact), `${fact} in: ${f.join('; ')}`); };

test('the commander of a group\'s named unit leads the unit, not merely belongs to the group', () => {
  const body = 'Ali Reza Tabar, the commander of the IRGC\'s Quds Force, arrived in Damascus on Tuesday.';
  has(body, 'ali-riza-tabar leads quds-force');
  hasNot(body, 'ali-riza-tabar member_of irgc');
});

test('a director or head of a function is a member of the group', () => {
  const body = 'Officials named Karim Nasser, the Houthi director of procurement, in the filing.';
  const f = facts(analyze(body));
  assert.ok(f.some((x) => / member_of ansar-allah$/.test(x)), f.join('; '));
  assert.ok(!f.some((x) => / leads ansar-allah$/.test(x)), f.join('; '));
});

test('a department chief and an envoy of an international body are its members', () => {
  const a = facts(analyze('UN aid chief Martin Holbrook toured the camps near the border.'));
  assert.ok(a.some((x) => / member_of united-nations$/.test(x)) && !a.some((x) => / leads united-nations$/.test(x)), a.join('; '));
  const b = facts(analyze('The UN special envoy for Libya, Johan Mertens, asked both sides to hold their fire.'));
  assert.ok(b.some((x) => / member_of united-nations$/.test(x)), b.join('; '));
  // A department named with capitals is a unit of its own: no membership read from it.
  const c = facts(analyze('IRGC Aerospace commander Reza Farahani warned the ships.'));
  assert.ok(!c.some((x) => / member_of irgc$/.test(x)), c.join('; '));
});

test('a second apposition joined by "and" still describes the person', () => {
  const body = 'The plan came from Devlet Bahceli, the leader of the Nationalist Movement Party and a longtime ally of President Recep Tayyip Erdogan, last autumn.';
  has(body, 'devlet-bahceli allied_with recep-tayyip-erdogan');
  hasNot(body, 'mhp allied_with recep-tayyip-erdogan');
});

test('"Y-based <group> <role> X" places the person, not the group', () => {
  const body = 'Funds reached the Turkey-based Hamas official Zaher Jabarin through exchange houses.';
  has(body, 'zaher-jabarin located_in turkey');
  hasNot(body, 'hamas located_in turkey');
});

test('a sea before "coast" after a state\'s possessive is not placed in the state', () => {
  hasNot('The rebels hold much of Yemen\'s Red Sea coast and the islands off it.', 'red-sea located_in yemen');
});

test('Arabic: a relative clause names the head of the group before it', () => {
  has('ووصلت منظمة بدر الذي يرأسه هادي العامري إلى مدينة كربلاء صباح اليوم.', 'hadi-al-amiri leads badr-organization');
  has('وأعلنت حركة النجباء، التي يتزعمها أكرم الكعبي، رفضها للقرار.', 'akram-al-kaabi leads harakat-hezbollah-al-nujaba');
});

test('Arabic: one of the factions within a body is part of it', () => {
  has('وتعد عصائب أهل الحق، التي شاركت في الحكومة، من أبرز الفصائل المنضوية في الحشد الشعبي.', 'asaib-ahl-al-haq part_of popular-mobilization-forces');
  has('ويعد كتائب حزب الله من الفصائل المسلحة المنضوية في ما يعرف بـ"المقاومة الإسلامية في العراق".', 'kataib-hezbollah part_of islamic-resistance-in-iraq');
});

test('Arabic: a title before a quoted group name, a quoted holder after it', () => {
  has('وقال الأمين العام لـ"حزب الله" الشيخ نعيم قاسم إن الحزب لن يتراجع.', 'naim-qassem leads hezbollah');
  has('وقال المتحدث باسم كتائب القسام "أبو عبيدة" إن المعركة مستمرة.', 'abu-obeida spokesperson_of qassam-brigades');
  // The member title keeps its preposition: "القيادي في X".
  has('اتهم القيادي في حماس أسامة حمدان الاحتلال بعرقلة المحادثات.', 'osama-hamdan member_of hamas');
});

test('a person designated without a terrorist listing is sanctioned; with one, designated', () => {
  has('Maher al-Assad was designated by the United States in 2019 for his role in the drug trade.', 'maher-al-assad sanctioned_by united-states');
  has('Hamas was designated by the United States in 1997 as a terrorist organisation.', 'hamas designated_by united-states');
  // "for his role" does not make the person the agent of his own designation.
  hasNot('Maher al-Assad was designated by the United States in 2019 for his role in the drug trade.', 'maher-al-assad designated_by maher-al-assad');
});

test('"designating four <group> leaders": the people are designated, not the group', () => {
  hasNot('Today OFAC is designating three Hezbollah financiers who moved money through Turkey.', 'hezbollah designated_by ofac');
});

test('an epithet between the article and the title: "X, the masked spokesman of Y"', () => {
  has('Abu Obeida, the masked spokesman of the Qassam Brigades, said the fighters had new orders.', 'abu-obeida spokesperson_of qassam-brigades');
});

test('Arabic: "للأمين العام" after the preposition names the head', () => {
  has('وجاء ذلك في كلمة للأمين العام لحزب الله الشيخ نعيم قاسم مساء الأحد.', 'naim-qassem leads hezbollah');
});

test('"X\'s partners, from A to B" and "X\'s proxies, including A and B": each group listed', () => {
  const a = facts(analyze('The raids hurt Tehran\'s partners, from Lebanese Hezbollah to the Houthis in Yemen, within weeks.'));
  assert.ok(a.includes('hezbollah allied_with iran') && a.includes('ansar-allah allied_with iran'), a.join('; '));
  const b = facts(analyze('Iran\'s proxies, including Kataib Hezbollah and Hamas, vowed revenge.'));
  assert.ok(b.includes('kataib-hezbollah backed_by iran') && b.includes('hamas backed_by iran'), b.join('; '));
  // A range of places names no ally.
  assert.deepEqual(facts(analyze('Iran\'s allies lost ground in Syria, from Aleppo to the coast near Latakia.')).filter((f) => f.includes('allied_with')), []);
});
