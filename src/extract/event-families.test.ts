/**
 * Event families read by general constructions: the deed a relative clause
 * hangs on ("the attack ... that killed"), a clause reported without "that",
 * a toll retold by a speaker, "by" inside an action noun's own phrase,
 * bombings named by a noun, a state's strikes, a weapon "launched by" its
 * sender, a year before an action noun. Own sentences, whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { retoldDeeds } from './events.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
/** Each event as "root kind actor target". */
const events = (body: string): string[] => analyze(body).events.map((e) => `${e.cameo.slice(0, 2)} ${e.kind} ${e.actor} ${e.target}`);

test('who condemns an attack does not do the killing its relative clause reports', () => {
  const found = events('Masrour Barzani condemned the attack by the Islamic Revolutionary Guard Corps on a house in Erbil that killed four civilians.');
  assert.ok(found.some((e) => e.startsWith('19 attack irgc')), found.join('; '));
  assert.ok(!found.some((e) => e.includes('masrour-barzani')), found.join('; '));
});

test('the subject of a verb of doing governs the deed whose relative clause kills: "Israel launched an airstrike that killed"', () => {
  const found = events('Israel launched an airstrike on Tuesday that killed a senior Hamas commander in Beirut.');
  assert.ok(found.some((e) => e.startsWith('18 killing israel')), found.join('; '));
});

test('a clause reported without "that" does not make the speaker the one hit', () => {
  const found = events('Turkish Defence Minister Yasar Guler said only militant positions had been targeted.');
  assert.ok(!found.some((e) => e.endsWith('yasar-guler')), found.join('; '));
});

test('a toll a speaker gives after the strike is told is the strike retold; a group\'s own losses are news', () => {
  const retold = events('US jets struck Kataib Hezbollah sites near al-Qaim on Sunday. Local health officials said at least six people were killed.');
  assert.ok(retold.some((e) => e.startsWith('19')), retold.join('; '));
  assert.ok(!retold.some((e) => e.startsWith('18')), retold.join('; '));
  const own = events('US jets struck sites near al-Qaim on Sunday. Kataib Hezbollah said four of its fighters were killed.');
  assert.ok(own.some((e) => e.startsWith('18 killing')), own.join('; '));
});

test('a "by" outside the action noun\'s phrase is another verb\'s: "a meeting with X at a dinner hosted by Y"', () => {
  const found = events('Recep Tayyip Erdogan held a brief meeting with Abdel Fattah el-Sisi at a dinner hosted by Sheikh Tamim bin Hamad Al Thani.');
  assert.ok(found.some((e) => e.startsWith('04 meeting recep-tayyip-erdogan')), found.join('; '));
});

test('bombings named by a noun are bombings (CAMEO 18), dated by a year before the noun', () => {
  const found = events('Saraya al-Ashtar has claimed bomb attacks on police in Bahrain.');
  assert.ok(found.some((e) => e.startsWith('18 attack saraya-al-ashtar')), found.join('; '));
  const doc = analyze('Aqil was wanted for his role in the 1983 bombings of the US Embassy in Beirut.');
  const bombing = doc.events.find((e) => e.cameo.startsWith('18'));
  assert.equal(bombing?.date, '1983');
});

test('a state firing missiles strikes; a group firing rockets attacks', () => {
  const state = events('Iran fired missiles at a base in Erbil on Monday.');
  assert.ok(state.some((e) => e.startsWith('19 strike iran')), state.join('; '));
  const group = events('Hezbollah fired rockets at military positions in northern Israel on Monday.');
  assert.ok(group.some((e) => e.startsWith('19 attack hezbollah')), group.join('; '));
  // Missiles with no one named stay a strike; rockets are a group's attack.
  const missiles = events('At least four civilians were killed when missiles struck several houses north of Erbil on Monday.');
  assert.ok(missiles.some((e) => e.startsWith('19 strike')), missiles.join('; '));
  const rockets = events('A volley of rockets struck the airport in Erbil on Monday.');
  assert.ok(rockets.some((e) => e.startsWith('19 attack')), rockets.join('; '));
  // A state's ground invasion stays an attack.
  const ground = events('Israel invaded southern Lebanon on Tuesday.');
  assert.ok(!ground.some((e) => e.includes(' strike ')), ground.join('; '));
});

test('a weapon "launched by" its sender names the actor of its explosion; "waged a campaign" its subject', () => {
  const drone = events('A drone launched by Hezbollah exploded near a base in northern Israel.');
  assert.ok(drone.some((e) => e.startsWith('18 attack hezbollah')), drone.join('; '));
  const campaign = events('The PKK has waged an armed campaign against Turkey for decades.');
  assert.ok(campaign.some((e) => e.startsWith('19 attack pkk turkey')), campaign.join('; '));
});

test('"the offensive began on" is an offensive (an alternative of a cue is one word)', () => {
  const found = events('The rebel offensive began on November 27 from Idlib province.');
  assert.ok(found.some((e) => e.startsWith('19 attack')), found.join('; '));
});

function analyzeArabic(body: string): Doc {
  const text = `تقرير\n\n9 آب 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const eventsAr = (body: string): string[] => analyzeArabic(body).events.map((e) => `${e.cameo.slice(0, 2)} ${e.kind} ${e.actor} ${e.target}`);

test('Arabic: a verb after a relative pronoun on a bombing is the bombing, not the act of who gives its toll', () => {
  const found = eventsAr('أعلنت وزارة الصحة العراقية ارتفاع حصيلة التفجيرين اللذين استهدفا سوقا في بغداد إلى 20 قتيلا.');
  assert.ok(found.some((e) => e.startsWith('18 attack')), found.join('; '));
  assert.ok(!found.some((e) => e.includes('ministry')), found.join('; '));
});

test('Arabic: what a group says while alleging ("زاعما أنه استهدف") is its version, not a reported deed', () => {
  const found = eventsAr('وأصدر تنظيم داعش بيانا زاعما أنه استهدف تجمعا للجنود.');
  assert.deepEqual(found, []);
});

test('a deed undergone that a speaker retells after the deed is told is no new event; "said no civilians had been hit" none', () => {
  const found = events('Turkish jets struck PKK positions in northern Iraq on Sunday. Defence Minister Yasar Guler said only militant positions had been targeted.');
  assert.equal(found.length, 1, found.join('; '));
  const none = events('The group said no civilians had been targeted in the raid.');
  assert.deepEqual(none, []);
});

test('a deed pointed back to by a demonstrative is one already told; "said that attacks on X" still reads', () => {
  const found = events('A drone struck the Tower 22 outpost in Jordan on Sunday. Washington blamed that attack on Kataib Hezbollah.');
  assert.equal(found.length, 1, found.join('; '));
  const clause = events('The ministry said that attacks on the Ain al-Asad air base resumed on Monday.');
  assert.ok(clause.some((e) => e.startsWith('19')), clause.join('; '));
});

test('a deed told again is kept aside for what speakers say of it, not logged', () => {
  const doc = analyze('US jets struck Kataib Hezbollah sites near al-Qaim on Sunday. Local health officials said at least six people were killed.');
  assert.ok(!doc.events.some((e) => e.cameo.startsWith('18')));
  assert.ok(retoldDeeds(doc).some((e) => e.cameo.startsWith('18')));
});

test('Arabic: a state named before the verb or qualifying the noun strikes; a state in the object is the one hit', () => {
  const cases: Array<[string, string]> = [
    // A drone of a state, then the verb: the state's strike.
    ['وقالت مصادر محلية إن طائرة مسيرة أمريكية استهدفت مساء أمس مخزنا للسلاح في مدينة الموصل.', '19 strike united-states'],
    // A group's own deed whose object carries a state's adjective stays an attack, never the state's strike.
    ['وأعلنت كتائب حزب الله أنها استهدفت القواعد الأمريكية في سوريا.', '19 attack'],
  ];
  for (const [body, want] of cases) {
    const found = eventsAr(body);
    assert.ok(found.some((e) => e.startsWith(want)), `${body}: ${found.join('; ')}`);
    if (want.endsWith('attack')) assert.ok(!found.some((e) => e.includes('strike')), found.join('; '));
  }
});

test('Arabic: raids named with the article or a possessor ("غاراته على") and a single clash ("اشتباك مع") are reported', () => {
  assert.ok(eventsAr('وواصل سلاح الجو غاراته على أطراف مدينة خان يونس طوال الليل.').some((e) => e.startsWith('19 strike')));
  assert.ok(eventsAr('وشنت الطائرات الغارات على مواقع في ريف إدلب الجنوبي.').some((e) => e.startsWith('19 strike')));
  assert.ok(eventsAr('قتل جندي عراقي خلال اشتباك مع عناصر داعش قرب الحدود.').some((e) => e.startsWith('19 attack')));
});
