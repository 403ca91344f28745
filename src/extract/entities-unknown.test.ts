/**
 * Names outside the registry found by cues: occupations and standing before
 * or after a private person's name, organisation head nouns, place cues.
 * Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from '../resolve/registry.js';
import { extractEntities } from './entities-stage.js';
import { segmentedDoc } from './test-doc.js';

const registry = loadActorRegistry();

const docOf = segmentedDoc;

/** Mention texts of `text`, each with its entity's type. */
function found(text: string): Map<string, string> {
  const { entities, mentions } = extractEntities(docOf(text), registry);
  const type = new Map(entities.map((e) => [e.id, e.type]));
  return new Map(mentions.map((m) => [m.text, type.get(m.entityId) ?? '?']));
}

const cases: Array<{ name: string; text: string; present: Array<[string, string]>; absent?: string[] }> = [
  {
    name: 'a name in commas after a phrase holding a role word, the clause going on after it',
    text: "The movement's spokesman in the northern districts, Walid Kanaan, said the convoy had been hit twice. The head of the Upper Galilee Regional Council, Dana Shalev, has asked for more shelters.",
    present: [['Walid Kanaan', 'person'], ['Dana Shalev', 'person']],
  },
  {
    name: 'an occupation before a private person',
    text: 'The blast in the market killed local businessman Karwan Tofiq and two of his guards.',
    present: [['Karwan Tofiq', 'person']],
  },
  {
    name: 'an owner in apposition after a possessive',
    text: "Investigators said the company's owner, Saleh al-Jabouri, had moved funds abroad.",
    present: [['Saleh al-Jabouri', 'person']],
  },
  {
    name: 'the settlement of X is a place',
    text: 'Gunmen opened fire on a car near the settlement of Ofra on Tuesday night.',
    present: [['Ofra', 'location']],
  },
  {
    name: 'organisation head nouns close a name',
    text: 'Donors met the Ramadi Relief Network and the Anbar Trade Bank, while Zagros Airways suspended its flights.',
    present: [['Ramadi Relief Network', 'organization'], ['Anbar Trade Bank', 'organization'], ['Zagros Airways', 'organization']],
  },
  {
    name: 'a head noun with an of/for complement',
    text: 'Fighters stormed the Ministry of Water Resources, and the Union of Fishing Cooperatives and the Karbala Center for Heritage and Culture condemned it.',
    present: [['Ministry of Water Resources', 'organization'], ['Union of Fishing Cooperatives', 'organization'], ['Karbala Center for Heritage and Culture', 'organization']],
  },
  {
    name: 'a word that opens no name alone opens an organisation mid-sentence',
    text: 'The decision was taken by the Jihad Council after a long meeting on Monday.',
    present: [['Jihad Council', 'organization']],
  },
  {
    name: 'a weekday before a head noun opens nothing',
    text: 'The vote was held on Monday Council members said later.',
    present: [],
    absent: ['Monday Council'],
  },
  {
    name: 'an age written before the name',
    text: 'Police said a 23-year-old Yusra Khalaf was among the wounded.',
    present: [['Yusra Khalaf', 'person']],
  },
  {
    name: 'a capitalised office, a comma, then the name',
    text: 'The cabinet named the Second Deputy Prime Minister, Fadi Karam Nasser, to lead the talks.',
    present: [['Fadi Karam Nasser', 'person']],
  },
  {
    name: 'a role given by a copula',
    text: 'Tariq Mansour is a senior research fellow at a think tank in London.',
    present: [['Tariq Mansour', 'person']],
  },
  {
    name: 'the source after "according to"',
    text: 'According to Hiba Sarraf, the convoy left before dawn.',
    present: [['Hiba Sarraf', 'person']],
  },
  {
    name: 'an organisation after "according to" is no person',
    text: 'The strike killed four, according to Nineveh Relief Network.',
    present: [['Nineveh Relief Network', 'organization']],
  },
  {
    name: 'an office closing a capitalised title stays outside the name',
    text: 'Danish Defence Secretary Troels Moller spoke after Home Secretary Anneke Vos met the envoys.',
    present: [['Troels Moller', 'person'], ['Anneke Vos', 'person']],
    absent: ['Danish Defence Secretary Troels Moller', 'Defence Secretary Troels Moller', 'Home Secretary Anneke Vos'],
  },
  {
    name: 'a short name right after an inverted speech verb, or before "of" a body and a speech verb, is a person',
    text: '"The truce will not hold," said Tamsin Edgerley of the Lowther Forum. Piet Raaymakers of the Nordic Peace Institute told reporters the same.',
    present: [['Tamsin Edgerley', 'person'], ['Piet Raaymakers', 'person']],
  },
  {
    name: 'a title after an inverted speech verb is no person',
    text: '"We will find the money," said Under Secretary of the Treasury for Sanctions Policy Marek Halloran.',
    present: [],
    absent: ['Under Secretary'],
  },
  {
    name: 'a numbered unit: an ordinal before capitalised words ending in a unit head, or a number after the head',
    text: 'The 9th Armoured Division crossed the river while Brigade 17 and the Second Army held the hills.',
    present: [['9th Armoured Division', 'armed_group'], ['Brigade 17', 'armed_group'], ['Second Army', 'armed_group']],
    absent: ['Armoured Division', 'Brigade'],
  },
  {
    name: 'a number or a lower-case unit word makes no unit by itself',
    text: 'On the 3rd of May, the 5th division moved, and 12 Brigade officers resigned.',
    present: [],
    absent: ['3rd', '5th division', '12 Brigade'],
  },
  {
    name: 'a company before a speech verb is an organisation, not a person',
    text: 'Zagros Energy said its pipeline was shut, and Qandil Shipping said two crew were missing.',
    present: [['Zagros Energy', 'organization'], ['Qandil Shipping', 'organization']],
  },

  {
    name: 'the words that only qualify an office name no one',
    text: 'Deputy Foreign Minister Kamal Rostami told reporters the talks would resume.',
    present: [['Kamal Rostami', 'person']],
    absent: ['Foreign'],
  },
];

/** Entity ids of the mentions whose text is `word`. */
function idsOf(text: string, word: string): Set<string> {
  return new Set(extractEntities(docOf(text), registry).mentions.filter((m) => m.text === word).map((m) => m.entityId));
}

test('bare occupation words link to the occupier the statement has named', () => {
  const israeli = 'قصفت طائرات الاحتلال الصهيوني المخيم فجراً. وقال البيان إن الاحتلال سيدفع الثمن وإن العدو لن يفلت.';
  assert.deepEqual([...idsOf(israeli, 'الاحتلال')], ['israel']);
  assert.deepEqual([...idsOf(israeli, 'العدو')], ['israel']);
  const american = 'هاجمت المقاومة قاعدة الاحتلال الأمريكي في الصحراء، وأكدت أن لا هدنة مع المحتل.';
  assert.deepEqual([...idsOf(american, 'المحتل')], ['us-forces']);
  // Never qualified: the word names no one.
  assert.equal(idsOf('قال البيان إن الاحتلال لن يدوم.', 'الاحتلال').size, 0);
});

test('Arabic names after a rank qualifier, an honorific of praise, and before a time word', () => {
  const got = found('وقال العقيد أركان حرب سامر المصري إن القوات تقدمت. ونعت الكتيبة البطل رامي العطار الذي استشهد، بعد اغتيال الشهيد نادر الحلبي ليلة السبت.');
  assert.equal(got.get('سامر المصري'), 'person', JSON.stringify([...got]));
  assert.equal(got.get('رامي العطار'), 'person', JSON.stringify([...got]));
  assert.equal(got.get('نادر الحلبي'), 'person', JSON.stringify([...got]));
  assert.ok(![...got.keys()].some((m) => m.includes('أركان') || m.includes('ليلة')), JSON.stringify([...got]));
});

test('Arabic numbered units: a head, then a number or an ordinal, then branch words; the rank before a name stays a rank', () => {
  const got = found('وأعلنت الفرقة الخامسة مدرعة أن الكتيبة 40 واللواء الثاني تقدما، وقال اللواء سامي الحداد إن المنطقة العسكرية السابعة هادئة.');
  for (const unit of ['الفرقة الخامسة مدرعة', 'الكتيبة 40', 'اللواء الثاني', 'المنطقة العسكرية السابعة']) assert.equal(got.get(unit), 'armed_group', `${unit} in ${JSON.stringify([...got])}`);
  assert.equal(got.get('سامي الحداد'), 'person', JSON.stringify([...got]));
  assert.ok(![...got.keys()].some((m) => m.startsWith('اللواء سامي')), JSON.stringify([...got]));
});

test('Arabic: a rank word closing a name before the clause goes on is the family name', () => {
  const got = found('وقال المتحدث باسم حزب الله خالد العميد إن الحزب لن يرد. وأكد الرائد فراس النقيب، أن الطريق مفتوح.');
  assert.equal(got.get('خالد العميد'), 'person', JSON.stringify([...got]));
  assert.equal(got.get('فراس النقيب'), 'person', JSON.stringify([...got]));
});

for (const c of cases) {
  test(`unknown names: ${c.name}`, () => {
    const got = found(c.text);
    for (const [mention, type] of c.present) assert.equal(got.get(mention), type, `${mention} in ${JSON.stringify([...got])}`);
    for (const mention of c.absent ?? []) assert.ok(!got.has(mention), `${mention} should not be a mention`);
  });
}
