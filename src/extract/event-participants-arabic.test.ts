/**
 * Who acted and on whom in Arabic event sentences: a nisba adjective that
 * names the state behind a force or a raid ("مسيّرات إسرائيلية"، "مدفعية
 * تركية"), the agent a passive names with its means ("في غارة ..."، "على يد
 * ..."، "برصاص ..."), the body a count of dead belonged to, and a clause
 * opened by فيما that keeps its object to itself. Own sentences, whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `وكالة اختبار\n\n5 آذار 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const events = (doc: Doc): string[] => doc.events.map((e) => `${e.cameo.slice(0, 2)} ${e.actor} -> ${e.target}`);

test('a nisba adjective after the subject noun names the state that acted', () => {
  const doc = analyze('شنت طائرات مسيّرة تركية ضربات على قرى في ريف الحسكة.');
  assert.ok(events(doc).some((e) => e.startsWith('19 turkey ->')), events(doc).join('; '));
  // Harakat inside the noun do not hide the subject after it.
  const doc2 = analyze('ونفذت مقاتلاتٌ روسية غارات على بلدات في ريف إدلب.');
  assert.ok(events(doc2).some((e) => e.startsWith('19 russia ->')), events(doc2).join('; '));
});

test('a nisba governed by a preposition is the means, not the subject or the one hit', () => {
  const doc = analyze('استشهد أربعة من عناصر حركة الجهاد الإسلامي في غارة إسرائيلية على مخيم جنين.');
  const killings = doc.events.filter((e) => e.cameo.startsWith('18'));
  assert.ok(killings.length > 0, events(doc).join('; '));
  for (const k of killings) assert.notEqual(k.target, 'israel', events(doc).join('; '));
});

test('a passive with its means names who acted: "قُتل ... على يد"، "برصاص"، "في غارة"', () => {
  const byHand = analyze('وكان المسعف قد قُتل على يد عناصر تنظيم داعش قرب الموصل.');
  assert.ok(events(byHand).includes('18 isis -> null'), events(byHand).join('; '));
  const byFire = analyze('وقُتل ثلاثة عناصر من حزب الله برصاص الجيش الإسرائيلي قرب الحدود.');
  assert.ok(events(byFire).some((e) => e.startsWith('18') && e.endsWith('-> hezbollah')), events(byFire).join('; '));
  assert.ok(events(byFire).some((e) => e === '18 israel-defense-forces -> hezbollah' || e === '18 israel -> hezbollah'), events(byFire).join('; '));
  const byRaid = analyze('وارتقى قائد في كتائب القسام في غارة إسرائيلية على رفح.');
  assert.ok(events(byRaid).some((e) => e === '18 israel -> qassam-brigades'), events(byRaid).join('; '));
});

test('a death with no one named is still logged, with the facility hit as its place', () => {
  const doc = analyze('وقال مصدر طبي إن خمسة أشخاص قُتلوا في القصف الذي طال قاعدة عين الأسد.');
  const k = doc.events.find((e) => e.cameo.startsWith('18'));
  assert.ok(k, events(doc).join('; '));
  assert.equal(k.target, null);
  assert.equal(k.place, 'ayn-al-asad-air-base');
});

test('"فيما" opens a clause of its own: the first verb\'s object stops before it', () => {
  const doc = analyze('وقصفت الطائرات الأمريكية مواقع في اليمن، فيما أعلنت الحكومة العراقية الحداد.');
  assert.ok(!events(doc).some((e) => e.startsWith('19') && e.endsWith('-> iraqi-government')), events(doc).join('; '));
});

test('a nisba further on qualifies the object, not the subject: "دمروا دبابة ميركافا إسرائيلية"', () => {
  const doc = analyze('وقالت حركة حماس إن مقاتليها دمروا آلية عسكرية إسرائيلية شرق مدينة غزة يوم الأحد.');
  assert.ok(events(doc).includes('19 hamas -> israel'), events(doc).join('; '));
});

test('a noun cue with the accusative alef ("تبنت هجوماً بطائرة مسيرة على ...") is found', () => {
  const doc = analyze('وتبنت كتائب حزب الله هجوماً بطائرتين مسيرتين على قاعدة عين الأسد يوم السبت.');
  assert.ok(events(doc).includes('19 kataib-hezbollah -> ayn-al-asad-air-base'), events(doc).join('; '));
});

test('an action verb joined by و to an earlier one shares its subject: "وداهمت القوات ... واعتقلت ثلاثة"', () => {
  const doc = analyze('وداهمت قوات الأمن العراقية مخبأ لتنظيم داعش في الموصل واعتقلت أربعة مطلوبين.');
  const arrest = doc.events.find((e) => e.cameo === '173');
  assert.ok(arrest, events(doc).join('; '));
  assert.notEqual(arrest.actor, 'isis', events(doc).join('; '));
});

test('Arabic abductions, withdrawals with the subject before the preposition, and ships seized are logged', () => {
  const doc = analyze('وخطف مسلحون صحفيين في ريف حلب. وانسحبت القوات الأمريكية من قاعدة في ريف الحسكة. واستولت قوات إيرانية على ناقلة نفط في مضيق هرمز.');
  const codes = doc.events.map((e) => e.cameo);
  assert.ok(codes.includes('181') && codes.includes('0874') && codes.includes('1711'), events(doc).join('; '));
});

test('an object named by its rank in a body ("قيادياً في حركة حماس") makes that body the target', () => {
  const doc = analyze('واغتالت طائرة مسيرة إسرائيلية قيادياً في حركة الجهاد الإسلامي شمال قطاع غزة.');
  assert.ok(events(doc).includes('18 israel -> palestinian-islamic-jihad'), events(doc).join('; '));
});
