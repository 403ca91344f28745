/**
 * Statement targets named the way speakers name them: epithets, a state
 * named for its forces or for its armed groups, the subject of "must", and
 * never the speaker's own side or the victim avenged. Own sentences, run
 * through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Statement } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { defaultDataDir, extractDataFiles, loadDataFile } from './lexicons.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
test('every epithet names actors of the registry, and countries that are states', () => {
  const refs = loadDataFile(defaultDataDir(), extractDataFiles.references);
  for (const e of refs.epithets ?? []) {
    assert.ok(knowledge.actors.byId(e.to), `epithet target ${e.to}`);
    for (const [country, id] of Object.entries(e.from ?? {})) {
      assert.equal(knowledge.actors.byId(country)?.type, 'state', `${country} is a state`);
      assert.ok(knowledge.actors.byId(id), `epithet target ${id}`);
    }
  }
});

const first = (doc: Doc, kind: string): Statement | undefined => doc.statements.find((s) => s.kind === kind);

test('an epithet for Israel is the target of a Lebanese speaker\'s threat', () => {
  const doc = analyze('Israel shelled three villages on Monday. Naim Qassem said the Zionist entity would pay a heavy price for the shelling.');
  assert.equal(first(doc, 'threat')?.target, 'israel');
});

test('"the occupiers" of an Iraqi speaker are the US forces the document names', () => {
  const doc = analyze('US forces in Iraq were put on alert on Sunday. "The occupiers will not be safe anywhere in our country," Akram al-Kaabi said.');
  const s = first(doc, 'threat');
  assert.equal(s?.actor, 'akram-al-kaabi');
  assert.equal(s?.target, 'us-forces');
});

test('"the occupation" of a Palestinian speaker is Israel', () => {
  const doc = analyze('Israel raided Jenin overnight. Hamas said the occupation would regret the raid.');
  assert.equal(first(doc, 'threat')?.target, 'israel');
});

test('an epithet never stands for the speaker\'s own state', () => {
  const doc = analyze('Hezbollah fired rockets at Metula. Israeli Defense Minister Yoav Gallant said the enemy would pay for every rocket.');
  assert.notEqual(first(doc, 'threat')?.target, 'israel');
});

test('a state named with "bases" stands for its forces when the document names them', () => {
  const doc = analyze('US forces in Syria came under fire last week. Kataib Hezbollah vowed to keep striking US bases until the war ends.');
  assert.equal(first(doc, 'vow')?.target, 'us-forces');
});

test('"the US in Iraq" is the US forces there', () => {
  const doc = analyze('US forces carried out a raid near Qaim. Qais al-Khazali threatened to target the US in Iraq.');
  assert.equal(first(doc, 'threat')?.target, 'us-forces');
});

test('a nationality with "resistance factions" is that country\'s armed group in the document', () => {
  const doc = analyze('Hamas thanked its allies on Friday. Akram al-Kaabi said his movement was ready to cooperate with the Palestinian resistance factions.');
  assert.equal(first(doc, 'cooperation')?.target, 'hamas');
});

test('the subject of "must" is the one a demand is made of', () => {
  const doc = analyze('Hezbollah said on Monday that Israel must withdraw from the border villages.');
  assert.equal(first(doc, 'demand')?.target, 'israel');
});

test('the one whose blood is avenged is not the target', () => {
  const doc = analyze('Kataib Hezbollah vowed to avenge the blood of Abu Mahdi al-Muhandis.');
  assert.notEqual(first(doc, 'vow')?.target, 'abu-mahdi-al-muhandis');
});

test('a hostile statement does not target the speaker\'s own state', () => {
  const doc = analyze('Lebanese Prime Minister Najib Mikati condemned what he called an attack on Lebanon.');
  assert.notEqual(first(doc, 'accusation')?.target, 'lebanon');
});

test('Arabic: an epithet after the verb and its subject is the target', () => {
  const text = 'خبر للاختبار\n\nقصفت إسرائيل بلدة في الجنوب يوم الاثنين. وتوعد نعيم قاسم العدو برد قاس.\n';
  const doc = analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test', hints: { published: '2024-03-05', language: 'ar' } }, knowledge);
  const s = doc.statements.find((x) => x.actor === 'naim-qassem');
  assert.equal(s?.target, 'israel');
});

test('the wire service in a dateline is no antecedent: "its attacks" after it is the subject\'s', () => {
  const text = 'Test report\n\nMarch 5, 2024\n\nERBIL, March 4 (Reuters) - Kataib Hezbollah vowed on Monday to keep up its attacks on US forces in Syria.\n';
  const doc = analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, loadKnowledge());
  const vow = doc.statements.find((s) => s.kind === 'vow');
  assert.equal(vow?.actor, 'kataib-hezbollah');
  assert.equal(vow?.target, 'us-forces');
});

test('a pronoun for the speaker after the object does not hide the object: "called on X to stop what he described as"', () => {
  const doc = analyze('Nasser Kanaani called on the United States to stop what he described as reckless policies.');
  assert.equal(first(doc, 'demand')?.target, 'united-states');
});

test('"revenge for what it called a crime": the pronoun naming the deed is not the target', () => {
  const doc = analyze('Kataib Hezbollah, a faction within the Popular Mobilization Forces, said four of its fighters were killed. The group vowed to take revenge for what it called a crime.');
  assert.notEqual(first(doc, 'vow')?.target, 'popular-mobilization-forces');
});

test('"thanked X for what he called": X is the target, not the pronoun', () => {
  const doc = analyze('Bahrain\'s foreign minister Abdullatif al-Zayani thanked the United States for what he called a firm stand.');
  assert.equal(first(doc, 'support')?.target, 'united-states');
});

test('an epithet late in a vow names its target beyond the cue\'s window', () => {
  const doc = analyze('Israel bombed the port of Hodeidah on Monday. "We pledge to our people, to our soldiers and to the mothers of every martyr that we will respond, and that the enemy will find no rest," Abdulmalik al-Houthi said.');
  const s = doc.statements.find((x) => x.actor === 'abdul-malik-al-houthi' && x.kind === 'vow');
  assert.equal(s?.target, 'israel');
});

test('a vow names its target late in the sentence as a state\'s armed presence', () => {
  const doc = analyze('US forces in Iraq came under fire on Monday, the United States said. Asaib Ahl al-Haq vowed to avenge the blood of the fighters killed in the raid near the border by expelling the American presence from the country.');
  assert.equal(doc.statements.find((s) => s.kind === 'vow')?.target, 'us-forces');
});

test('Arabic: the one avenged is not the target, a kunya before his name or not', () => {
  for (const body of ['توعد حزب الله بالرد على اغتيال القائد أبو حمزة الغزاوي.', 'توعدت حركة الجهاد الإسلامي بالثأر لدماء الشهيد أبي علي البرغوثي.']) {
    const doc = analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(`خبر للاختبار\n\n${body}\n`), contentType: 'text/plain', origin: 'test', hints: { published: '2024-03-05', language: 'ar' } }, knowledge);
    assert.ok(doc.statements.length > 0 && doc.statements.every((s) => s.target === null), doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`).join('; '));
  }
});

test('a state named for its deed of arms before the cue ("the Turkish bombardments ..., warning that") is the adversary', () => {
  const sdf = analyze('Turkey struck Kobani on Sunday. Mazloum Abdi said the Turkish bombardments threaten the whole region, warning that the SDF would not stay silent.');
  assert.equal(sdf.statements.find((s) => s.kind === 'warning' && s.actor === 'mazloum-abdi')?.target, 'turkey');
  const krg = analyze('Iran fired missiles at Erbil. The Kurdistan Region\'s presidency said Iranian missile attacks on the city endanger civilians, warning that it would not accept them.');
  assert.equal(krg.statements.find((s) => s.kind === 'warning')?.target, 'iran');
});
