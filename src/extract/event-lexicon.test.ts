/**
 * The broader verb lexicon (data/cameo/verbs.yaml): one family of wording per
 * CAMEO root news reports, in English and Arabic, and actions logged with an
 * unknown actor. Intentions, threats, conditions, negations and allegations
 * stay out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const ar = /[\u0600-\u06FF]/u.test(body);
  const text = ar ? `تقرير\n\n9 آب 2024\n\n${body}\n` : `Test report\n\nAugust 9, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
/** Each event as "root kind actor target". */
const events = (body: string): string[] => analyze(body).events.map((e) => `${e.cameo.slice(0, 2)} ${e.kind} ${e.actor} ${e.target}`);

// Each case: a sentence and the one event it reports.
const reported: ReadonlyArray<readonly [string, string]> = [
  // 18: killings by how they were done, hostage-taking, hijacking, bombs.
  ['Gunmen shot dead a police officer in Basra on Monday.', '18 killing null null'],
  ['Two members of Kataib Hezbollah were gunned down outside their office in Baghdad.', '18 killing null kataib-hezbollah'],
  ['The Houthis hijacked a cargo ship in the Red Sea in November.', '18 attack ansar-allah null'],
  ['Hamas took dozens of Israelis hostage during the raid.', '18 attack hamas null'],
  ['A car bomb exploded near a checkpoint in Mosul on Tuesday, killing four soldiers.', '18 attack null null'],
  // 19: wounding, gunfire, air defence, ground taken.
  ['Three Iraqi soldiers were seriously wounded in the ambush.', '19 attack null iraq'],
  ['Israeli troops opened fire on protesters near the fence.', '19 attack israel-defense-forces null'],
  ['Air defences shot down two drones over Erbil on Sunday.', '19 attack null null'],
  ['The rebels retook the town of Saraqeb on Friday.', '19 attack null null'],
  // 17: charges, curfews.
  ['Two Hezbollah members were charged with terrorism offences in Germany.', '17 other null hezbollah'],
  ['The army imposed a curfew on Basra after the riots.', '17 other null null'],
  // 16, 15, 08, 07, 04.
  ['Pakistan closed its embassy in Tehran.', '16 other pakistan null'],
  ['Iran held naval exercises near the Strait of Hormuz.', '15 deployment iran null'],
  ['Hamas freed three hostages on Sunday.', '08 other hamas null'],
  ['Iran delivered drones to the Houthis last year.', '07 other iran ansar-allah'],
  ['Joe Biden spoke by phone with Benjamin Netanyahu on Thursday.', '04 meeting joe-biden benjamin-netanyahu'],
  // A claim of one's own deed reports the deed, and the claimant did it.
  ['Al-Shabaab claimed responsibility for the bombing that killed twelve people in Mogadishu.', '18 attack al-shabaab null'],
  // Arabic: an explosion, air defence, a release, clashes, a siege, a demolition.
  ['انفجرت عبوة ناسفة في سوق شعبي ببغداد صباح اليوم.', '18 attack null null'],
  ['أسقطت الدفاعات الجوية طائرة مسيرة فوق أربيل.', '19 attack null null'],
  ['أفرجت حركة حماس عن ثلاثة أسرى.', '08 other hamas null'],
  ['اشتبكت قوات الجيش مع عناصر تنظيم داعش في الأنبار.', '19 attack null isis'],
  ['حاصرت قوات الاحتلال مخيم جنين.', '19 attack null null'],
  ['هدمت قوات الاحتلال منزلا في الخليل.', '17 other null null'],
];

for (const [sentence, expected] of reported) {
  test(`reported: ${sentence}`, () => {
    assert.deepEqual(events(sentence), [expected]);
  });
}

// Sentences that report no action: intentions, threats, conditions, negations, counts, allegations, standing ties.
const unreported: readonly string[] = [
  'The drone was not intercepted.',
  'No Iraqi soldiers were wounded.',
  'The ambassador was among the wounded.',
  'Hezbollah threatened to shoot down Israeli drones.',
  'Hezbollah vowed to free all prisoners held by Israel.',
  'Hezbollah warned it would retaliate if the strikes on Beirut continued.',
  'The army did not give the number of its soldiers killed.',
  'More than 500 people have been killed in the province since the war began.',
  'The Popular Mobilization Forces include militias armed and funded by Iran.',
  'لم تعترض الدفاعات الجوية الصاروخ.',
  'زعم الجيش أن قواته داهمت مقرا لحركة حماس.',
];

for (const sentence of unreported) {
  test(`not reported: ${sentence}`, () => {
    assert.deepEqual(events(sentence), []);
  });
}

test('a passive gap does not swallow the verb before it: "were killed and dozens wounded" stays a killing', () => {
  const found = events('At least nine people were killed and dozens wounded in the market, officials said.');
  assert.ok(found.some((e) => e.startsWith('18 killing')), found.join('; '));
});

test('a running toll is no event, but a deployment that has lasted since a date is one', () => {
  assert.deepEqual(events('Thousands of civilians have been killed in the region since 2015, according to the United Nations.'), []);
  const found = events('Hezbollah fighters have been deployed to Syria since 2013.');
  assert.ok(found.some((e) => e.startsWith('15 deployment')), found.join('; '));
});

test('a name before a relative clause is not the subject of its passive: "..., in which five people were killed"', () => {
  const found = events('The PKK claimed responsibility for the attack on the TUSAS headquarters near Ankara, in which five people were killed.');
  // Not its target; its actor is the doer of the attack the clause hangs on.
  assert.ok(found.includes('18 killing pkk null'), found.join('; '));
});

test('after "freed from" a place is where from, not who freed them', () => {
  assert.deepEqual(events('Crowds gathered in Damascus, and prisoners were freed from Sednaya prison.'), ['08 other null null']);
});

test('a visit or meeting verb with no one named is no event: "armed men who arrived in two speedboats"', () => {
  assert.deepEqual(events('The vessel was boarded by armed men who arrived in two speedboats.'), []);
});

test('fighting that breaks out between two sides: the first acts on the second', () => {
  assert.ok(events('Heavy clashes broke out on Friday between the Syrian Democratic Forces and the Syrian National Army near Manbij.')
    .includes('19 attack syrian-democratic-forces syrian-national-army'));
});

test('more English wording: crushing a rival, announcing arrests, a listing "in connection with"', () => {
  assert.ok(events('In 2017 Hayat Tahrir al-Sham crushed Ahrar al-Sham in Idlib.').some((e) => e.startsWith('19 attack hayat-tahrir-al-sham')));
  assert.ok(events('The Interior Ministry announced the arrest of a cell in Aleppo.').some((e) => e.startsWith('17 other')));
  assert.ok(events('Abu Mohammad al-Jolani had been listed in connection with al-Qaeda since 2013.').some((e) => e.startsWith('17 designation')));
});

test('Arabic listings: a past perfect with its subject before قد, the noun تصنيف, and who is listed inside the cue', () => {
  assert.ok(events('وكانت بريطانيا قد أدرجت حركة حماس على قائمة الإرهاب في عام 2021.').includes('17 designation united-kingdom hamas'));
  assert.ok(events('ورحبت إسرائيل بقرار تصنيف حزب الله منظمة إرهابية.').some((e) => e.startsWith('17 designation') && e.endsWith(' hezbollah')));
});

test('Arabic: a strike carried out (نفذت ... غارات), a killing with a preposition attached, the person after a body in a title', () => {
  assert.ok(events('ونفذت طائرات إسرائيلية غارات على بلدات في جنوب لبنان.').some((e) => e.startsWith('19 strike israel')));
  assert.ok(events('وأقيم حفل تأبيني بالذكرى الخامسة لاغتيال قائد فيلق القدس قاسم سليماني.').some((e) => e.startsWith('18 killing') && e.endsWith(' qasem-soleimani')));
});
