/**
 * The reported-speech fallback (statements-reported.ts) and its kind
 * classifier (statement-classify.ts, data/lexicons/statement-kinds.yaml):
 * declarations no statement cue typed, and what must not count as one.
 * Own sentences, through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
const analyze = (body: string): Doc => analyzeInput({
  name: 't.txt', bytes: new TextEncoder().encode(`Test report\n\nMarch 5, 2024\n\n${body}\n`), contentType: 'text/plain', origin: 'test',
}, knowledge);
const analyzeArabic = (body: string): Doc => analyzeInput({
  name: 't.txt', bytes: new TextEncoder().encode(`خبر للاختبار\n\n${body}\n`), contentType: 'text/plain', origin: 'test',
  hints: { published: '2024-03-05', language: 'ar' },
}, knowledge);
const kinds = (doc: Doc): string[] => doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`);
const allKinds = (doc: Doc): string[] => doc.statements.map((s) => `${s.kind} ${s.actor}`);
const fallback = (doc: Doc): string[] => doc.statements.filter((s) => /declaration/.test(s.provenance.rule)).map((s) => `${s.kind} ${s.actor}`);

test('a declaration reported by a speech verb takes its kind from its words', () => {
  assert.deepEqual(fallback(analyze('Naim Qassem said the bombing of the village was a crime.')), ['accusation naim-qassem']);
  assert.deepEqual(fallback(analyze('Kataib Hezbollah said the reports about its fighters were lies.')), ['denial kataib-hezbollah']);
  assert.deepEqual(fallback(analyze('Hamas said the Palestinian Authority should hold elections this year.')), ['demand hamas']);
  assert.deepEqual(fallback(analyze('Abdul-Malik al-Houthi said the fighters of Hamas were heroes.')), ['support abdul-malik-al-houthi']);
  assert.deepEqual(fallback(analyze('Naim Qassem said the situation on the border was dangerous.')), ['warning naim-qassem']);
  assert.deepEqual(fallback(analyze('Hamas said it was determined to free every prisoner.')), ['vow hamas']);
  // A deed the verb lexicon knows is claimed by the rule for reported deeds, the others by the fallback.
  assert.deepEqual(allKinds(analyze('Yahya Saree said the Houthi navy had destroyed a radar station.')), ['claim yahya-saree']);
});

test('a threat, and a cooperation, name whom they are aimed at', () => {
  assert.deepEqual(kinds(analyze('Yoav Gallant said Israel was in a total war with Hezbollah.')), ['threat yoav-gallant -> hezbollah']);
  assert.deepEqual(kinds(analyze('Qatar said it had agreed with Egypt on a new proposal.')), ['cooperation qatar -> egypt']);
});

test('a declaration with no word of any kind is not logged; its quotation stays among the quotes', () => {
  assert.deepEqual(kinds(analyze('Hamas told reporters that the talks in Cairo had reached a critical stage.')), []);
  const doc = analyze('"The region has changed and the old rules are gone," Naim Qassem said on Monday.');
  assert.deepEqual(kinds(doc), []);
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['naim-qassem']);
});

test('a quotation attributed in its sentence is its speaker\'s declaration, dated as the quotation', () => {
  const doc = analyze('"The border is more dangerous than ever," Naim Qassem said on Monday.');
  const st = doc.statements.filter((s) => s.provenance.rule === 'rule:quoted-declaration');
  assert.deepEqual(st.map((s) => `${s.kind} ${s.actor} @${s.date}`), ['warning naim-qassem @2024-03-04']);
  assert.equal(st[0]?.quote, 0);
});

test('no declaration in a question, a wire dateline, an anonymous official\'s words or a health official\'s', () => {
  assert.deepEqual(kinds(analyze('Did Hamas say the talks were over?')), []);
  assert.deepEqual(kinds(analyze('BEIRUT, March 4 (Reuters) - Hezbollah said the strike was a crime.')), []);
  assert.deepEqual(kinds(analyze('Lebanese officials, speaking on condition of anonymity, said the strike was a crime.')), []);
  assert.deepEqual(kinds(analyze('Health Minister Firass Abiad said the strike was a crime.')), []);
});

test('no declaration in background, commentary, or what was not said', () => {
  assert.deepEqual(kinds(analyze('Hezbollah had said in 2019 that the strike was a crime.')), []);
  assert.deepEqual(kinds(analyze('An analyst at the Washington Institute, Michael Knights, said the group was a tool of Tehran.')), []);
  assert.deepEqual(kinds(analyze('Hezbollah declined to say whether the strike was a crime.')), []);
});

test('a closing attribution is a source for facts, unless its words declare something', () => {
  assert.deepEqual(kinds(analyze('The convoy reached the city before dawn and unloaded its cargo, Hezbollah said.')), []);
  assert.deepEqual(fallback(analyze('The convoy was ambushed in a brutal attack near the city, Hezbollah said.')), ['accusation hezbollah']);
});

test('Arabic: a reported clause takes its kind from its words', () => {
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن قصف القرية جريمة بحق المدنيين.')), ['accusation naim-qassem']);
  assert.deepEqual(fallback(analyzeArabic('وأكدت كتائب حزب الله أن هذه التقارير أكاذيب.')), ['denial kataib-hezbollah']);
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن الحزب ماض في طريقه.')), ['vow naim-qassem']);
});

test('Arabic: no declaration in a question or in what had been announced before', () => {
  assert.deepEqual(kinds(analyzeArabic('هل قال نعيم قاسم إن قصف القرية جريمة؟')), []);
  assert.deepEqual(kinds(analyzeArabic('وكانت كتائب حزب الله قد أعلنت أن قصف القرية جريمة.')), []);
});

test('families of wording that type a declaration: escalation, success, condemnation, defiance, every means', () => {
  assert.deepEqual(fallback(analyze('"The campaign is not limited to the air," Yoav Gallant said on Monday.')), ['threat yoav-gallant']);
  assert.deepEqual(fallback(analyze('Naim Qassem said the coming days would prove what the resistance can do.')), ['threat naim-qassem']);
  assert.deepEqual(fallback(analyze('Yoav Gallant said the raid was the beginning of the end for the brigade.')), ['claim yoav-gallant']);
  assert.deepEqual(fallback(analyze('Hamas said the raid on the camp was shameful and reckless.')), ['accusation hamas']);
  assert.deepEqual(fallback(analyze('Hamas said the arrests did not frighten the prisoners.')), ['vow hamas']);
  assert.deepEqual(fallback(analyze('Naim Qassem said the party would spare no effort to rebuild the villages.')), ['vow naim-qassem']);
  assert.deepEqual(fallback(analyze('Naim Qassem said the closure of the crossing could fuel a wider war.')), ['warning naim-qassem']);
});

test('a word that labels the adversary does not decide the kind where another word does', () => {
  // "terrorist" describes whom the vow is about; "every tool" is what is said.
  assert.deepEqual(fallback(analyze('Yoav Gallant said Israel would use every tool against the terrorist cells in Jenin.')), ['vow yoav-gallant']);
  // What the speaker offers outranks the frame of a commitment.
  assert.deepEqual(fallback(analyze('Mohammed Shia al-Sudani said Iraq was determined to work with Jordan on the border.')), ['cooperation mohammed-shia-al-sudani']);
  // A label alone still accuses; a label qualified by its menace blames rather than warns.
  assert.deepEqual(fallback(analyze('Yoav Gallant said the cell in Jenin was a nest of terrorists.')), ['accusation yoav-gallant']);
  assert.deepEqual(fallback(analyze('Yoav Gallant said the commander was one of the most dangerous terrorists in the region.')), ['accusation yoav-gallant']);
});

test('a researcher\'s quoted reading is commentary, not a declaration', () => {
  const doc = analyze('Dr. Sarah Mitchell, a researcher at a Washington think tank, said the faction had become "more reckless and more brutal" since 2019.');
  assert.equal(doc.quotes.length, 1);
  assert.deepEqual(kinds(doc), []);
});

test('Arabic: families of wording that type a declaration', () => {
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن الاعتقالات لن تكسر إرادة الأسرى.')), ['vow naim-qassem']);
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن إغلاق المعبر قد يؤدي إلى حرب أوسع.')), ['warning naim-qassem']);
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن ما جرى ما هو إلا البداية.')), ['threat naim-qassem']);
  assert.deepEqual(fallback(analyzeArabic('وقالت حركة حماس إن ما ينشر مجرد مزاعم.')), ['denial hamas']);
  // The label of the adversary gives way to what is said of it.
  assert.deepEqual(fallback(analyzeArabic('وقال نعيم قاسم إن رجال المقاومة عازمون على مواجهة العدوان في الجنوب.')), ['vow naim-qassem']);
});

test('a deed negated in its clause is denied, not claimed', () => {
  assert.deepEqual(fallback(analyze('"None of the soldiers of the neighbouring army were targeted," Abbas Araghchi said.')), ['denial abbas-araghchi']);
  // A deed the verb lexicon knows is claimed by the rule for reported deeds, the others by the fallback.
  assert.deepEqual(allKinds(analyze('Yahya Saree said the Houthi navy had destroyed a radar station.')), ['claim yahya-saree']);
});

test('a vow or a claim names whom it aims at, as the other kinds do', () => {
  assert.ok(kinds(analyze('The PKK said it was determined to resist Turkey in the mountains.')).includes('vow pkk -> turkey'));
  assert.ok(kinds(analyze('Al-Shabaab said its fighters had destroyed a base of the Somali army near Baidoa.')).includes('claim al-shabaab -> somali-national-army'));
});
