/**
 * Speakers where the clause around a quotation decides: a clause joined
 * after it with a subject of its own, an indefinite subject carrying a place
 * or a relative clause, "an official of the group", the one told, a title
 * whose body only qualifies the name in apposition, "It added" after a
 * statement's words, and a statement's subject after an auxiliary.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nJune 12, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const speakers = (doc: Doc): Array<string | null> => doc.quotes.map((q) => q.speaker);

test('a clause joined after the quotation with its own subject does not speak it', () => {
  const doc = analyze('Hamas leader Yahya Sinwar warned on Sunday of a coming "explosion across all the occupied territories" in the weeks ahead, and the Israeli army accused the group of hiding weapons in schools.');
  assert.deepEqual(speakers(doc), ['yahya-sinwar']);
});

test('an indefinite subject with a place or a relative clause after the quotation is nobody', () => {
  let doc = analyze('Qais al-Khazali spoke on Friday. "The markets were empty and the roads were closed for days," a shopkeeper who fled the town of Tal Afar, some 60 kilometres west of Mosul, told Reuters.');
  assert.deepEqual(speakers(doc), [null]);
  doc = analyze('Qais al-Khazali spoke on Friday. "Nobody in the brigade was told about the deal in advance," a senior Shia commander in Basra told The Independent.');
  assert.deepEqual(speakers(doc), [null]);
});

test('the words after an unnamed source\'s quotation are not carried to the one told', () => {
  const doc = analyze('"The ceasefire will not hold beyond the end of the month," a senior Iraqi official told The National.\n\nThe agreement also forbids "incitement and calls to violence in any form".');
  assert.deepEqual(speakers(doc), [null, null]);
});

test('"a senior official of the group" speaks for nobody, unlike the group\'s spokesman', () => {
  const doc = analyze('Hezbollah did not comment at first. A senior official of the group in Beirut told a Lebanese channel that "the response will come at the time we choose, and not before".');
  assert.deepEqual(speakers(doc), [null]);
});

test('a title joined to its body by "of" leaves the name in apposition as the speaker', () => {
  const doc = analyze('The representative of Iran, Amir Saeid Iravani, rejected the report, saying it was "a collection of baseless claims and fabrications".');
  assert.deepEqual(speakers(doc), ['amir-sayd-iravani']);
});

test('"It added" after a quoted statement continues its issuer, not an outlet named before', () => {
  const doc = analyze('Kataib Hezbollah announced a pause in its operations in a statement carried by Al-Sumaria TV. "We have decided to suspend all military operations against the occupation forces," the statement said. It added that the group would keep "the right to defend our people in every place".');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah', 'kataib-hezbollah']);
});

test('", saying ..." reports the sentence subject\'s words', () => {
  const doc = analyze('The Houthis fired missiles at a tanker on Monday, saying it was "a legitimate target as long as the siege continues".');
  assert.deepEqual(speakers(doc), ['ansar-allah']);
});

test('Arabic: the US secretary of state and the Quds Brigades\' military spokesman are known by their Arabic names', () => {
  let doc = analyze('وقال وزير الخارجية الأمريكي ماركو روبيو في مؤتمر صحفي إن "واشنطن لن تسمح لهذه الميليشيات بتهديد قواتها في المنطقة".');
  assert.deepEqual(speakers(doc), ['marco-rubio']);
  doc = analyze('وقال الناطق العسكري باسم سرايا القدس "أبو حمزة" في تسجيل صوتي: "مقاتلونا جاهزون لكل الاحتمالات ولن يتراجعوا عن طريق المقاومة".');
  assert.deepEqual(speakers(doc), ['abu-hamza']);
});

test('Arabic: the Houthi armed forces speak for their statement, not the state named in the sentence before', () => {
  const doc = analyze('أعلنت القوات المسلحة اليمنية استهداف سفينة في خليج عدن. في المقابل، دعت الولايات المتحدة إلى وقف الهجمات.\n\nوأكدت القوات المسلحة في بيانها أن عملياتها «ستستمر ما دام الحصار مفروضاً على الشعب الفلسطيني».');
  assert.deepEqual(speakers(doc), ['houthi-armed-forces']);
});

test('Arabic: a kunya in the genitive after a preposition names the same person ("المعروف بأبي X"), and his surname later speaks', () => {
  const doc = analyze('ويقود الفصيل هاشم فلان المعروف بأبي آلاء الولائي منذ سنوات. وقال الولائي في تدوينة إن "العقوبات الأمريكية لن تغير شيئاً من موقفنا تجاه الاحتلال".');
  assert.deepEqual(speakers(doc), ['abu-alaa-al-walai']);
});

test('"X told reporters that ..." reports a declaration of X even where the quotation marks hold only a label', () => {
  const doc = analyze('Hadi al-Amiri told reporters that the presence of foreign forces had become "a ticking time bomb".');
  assert.deepEqual(doc.quotes.length, 0);
  assert.ok(doc.statements.some((s) => s.actor === 'hadi-al-amiri' && s.kind === 'warning'));
});

test('an unnamed office of another state ("the Jordanian foreign minister told reporters:") is someone new, not the last speaker', () => {
  const doc = analyze('Kataib Hezbollah said in a statement: "Every attack on our bases will be answered."\n\nIn Amman, the Jordanian foreign minister told reporters: "The region must not become a battlefield again."');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah', null]);
  const after = analyze('The Houthis said: "Shipping linked to Israel stays a target." "We urge restraint on every side," the Omani foreign minister said.');
  assert.deepEqual(speakers(after), ['ansar-allah', null]);
});

test('a name in apposition to a title speaks even behind an abbreviated rank the mention leaves out ("a spokesman, Lt. Col. X,")', () => {
  const doc = analyze('An Israeli military spokesman, Lt. Col. Avichay Adraee, said: "Residents of the border villages must leave now."');
  assert.deepEqual(speakers(doc), ['avichay-adraee']);
});
