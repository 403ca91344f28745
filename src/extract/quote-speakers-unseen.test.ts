/**
 * Speakers in constructions that articles about groups and outlets the dev
 * sets do not cover use often: a second speaker in a coordinated clause, an
 * unnamed source behind an aside, a name no registry knows, "quoted <long
 * title> X as saying", an attribution wrapped onto the next line, Arabic
 * "رأى X أن ... وقال:" and "وجاء في البيان:", and a state adjective opening
 * the name of one of its ministries. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string, header = 'Test report\n\nJune 12, 2024'): Doc {
  const text = `${header}\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const speakers = (doc: Doc): Array<string | null> => doc.quotes.map((q) => q.speaker);

test('"..., while X told the radio: "..."": the second clause\'s subject speaks the quotation after it', () => {
  let doc = analyze('"We accepted the proposal in good faith," Hamas spokesman Hazem Qassem said, while Prime Minister Benjamin Netanyahu told reporters: "There will be no deal under fire from Gaza."');
  assert.deepEqual(speakers(doc), ['hazem-qassem', 'benjamin-netanyahu']);
  doc = analyze('Lawmaker Hassan Fadlallah said the raid on the village was a crime, but Israel Katz wrote on X: "Every launcher in the south will be destroyed."');
  assert.deepEqual(speakers(doc), ['israel-katz']);
});

test('an unnamed source behind an aside is nobody, not the speaker before', () => {
  let doc = analyze('Defense Minister Israel Katz said the operation would go on. "We will reach every commander," Katz said.\n\nA senior security official, who spoke on condition of anonymity, said: "The army expects several more weeks of fighting."');
  assert.deepEqual(speakers(doc), ['israel-katz', null]);
  doc = analyze('Yahya Saree said the navy had fired missiles at a tanker. "Our operations will continue," Saree said.\n\nIn Aden, a spokeswoman for the port authority said the ships "had been diverted to other harbours for now."');
  assert.deepEqual(speakers(doc), ['yahya-saree', null]);
});

test('a speaker whose name the registry does not know is not the speaker named before', () => {
  const doc = analyze('"We have never seen floods like these," Mahmoud Abbas said on Monday.\n\nThe council\'s spokesman in Hebron, Nizar Qawasmeh, said the families had lost "everything they owned in one night."');
  const [first, second] = doc.quotes;
  assert.equal(first?.speaker, 'mahmoud-abbas');
  assert.notEqual(second?.speaker, 'mahmoud-abbas');
});

test('"quoted the head of ..., Sheikh X, as saying": the person between "quoted" and "as saying"', () => {
  let doc = analyze('Al Mayadeen quoted the secretary-general of Kataib Sayyid al-Shuhada, Sheikh Abu Alaa al-Walai, as saying: "Our fighters are ready for any order that comes."');
  assert.deepEqual(speakers(doc), ['abu-alaa-al-walai']);
  doc = analyze('State television quoted the chief of staff of the armed forces, Maj. Gen. Mohammad Bagheri, as saying: "Any aggression will be answered within hours."');
  assert.deepEqual(speakers(doc), ['mohammad-bagheri']);
});

test('an attribution wrapped onto the next line after "...," still names the speaker', () => {
  const doc = analyze('Ansar Allah said it had fired at a vessel.\n\n"The ship ignored the warnings of our naval forces and was struck twice,"\nsaid Yahya Saree, the group\'s military spokesman.');
  assert.deepEqual(speakers(doc), ['yahya-saree']);
});

test('Arabic: "رأى X أن ..." then "وقال: «...»" in the next paragraph carries X', () => {
  const doc = analyze('رأى الأمين العام لحزب الله الشيخ نعيم قاسم، في كلمة متلفزة، أن العدو فشل في تحقيق أهدافه.\n\nوقال: «سنبقى في الميدان ما دام الاحتلال قائما».', 'المنار\n\n12 يونيو 2024');
  assert.deepEqual(speakers(doc), ['naim-qassem']);
});

test('Arabic: "وجاء في البيان: «...»" speaks for the body that issued the statement', () => {
  const doc = analyze('أصدرت حركة حماس بيانا صحفيا حول المفاوضات الجارية في القاهرة.\n\nوجاء في البيان: «لن نقبل بأي اتفاق لا يضمن انسحاب الاحتلال الكامل من القطاع».', 'المركز الفلسطيني للإعلام\n\n12 يونيو 2024');
  assert.deepEqual(speakers(doc), ['hamas']);
});

test('"the Turkish defense ministry said in a statement ... the statement said": the ministry, not Turkey', () => {
  let doc = analyze('Turkish jets hit targets near Duhok overnight. The Turkish defense ministry said in a statement that the raids had destroyed caves and shelters. "Operations in the north of Iraq will go on as long as there is a threat," the statement said.');
  assert.deepEqual(speakers(doc), ['turkish-defense-ministry']);
  doc = analyze('Iranian drones were seen over the gulf on Monday. The Iranian foreign ministry said in a statement that the sanctions were unlawful. "These measures will not change our policy in the region," the statement said.');
  assert.deepEqual(speakers(doc), ['iranian-foreign-ministry']);
});

test('Arabic: a verb whose subject is a definite title and a name not in the registry does not carry the speaker before', () => {
  const doc = analyze('قال الأمين العام لحزب الله الشيخ نعيم قاسم إن «المقاومة لن تتراجع عن مواقعها في الجنوب».\n\nفي المقابل، قال الباحث السياسي كريم الزعبي لقناة محلية: «الحرب استنزفت الجميع ولا أحد يريد توسيعها».\n\nونقلت صحيفة محلية عن النائب المستقل وليد الخوري قوله: «على الدولة أن تستعيد قرار الحرب والسلم».', 'النهار\n\n12 يونيو 2024');
  const [first, second, third] = doc.quotes;
  assert.equal(first?.speaker, 'naim-qassem');
  assert.notEqual(second?.speaker, 'naim-qassem');
  assert.notEqual(third?.speaker, 'naim-qassem');
});
