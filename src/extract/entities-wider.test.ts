/**
 * The wider registry files (places-wider, groups-wider, governments-wider,
 * international, media-wider): the spellings reporting uses link to one
 * actor, close names stay apart, and ordinary words that resemble a name do
 * not link. Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from '../resolve/registry.js';
import { extractEntities } from './entities-stage.js';
import { segmentedDoc } from './test-doc.js';

const registry = loadActorRegistry();

const docOf = segmentedDoc;

/** Entity ids found in `text`. */
function ids(text: string): Set<string> {
  return new Set(extractEntities(docOf(text), registry).mentions.map((m) => m.entityId));
}

const cases: Array<{ name: string; text: string; present: string[]; absent?: string[] }> = [
  {
    name: 'a Turkish ministry named by its long form, and border areas of northern Iraq',
    text: "Turkey's National Defence Ministry said its jets hit PKK shelters in Hakurk and on Gara Mountain overnight.",
    present: ['turkish-defense-ministry', 'pkk', 'hakurk', 'gara-mountain'],
  },
  {
    name: 'Pakistani bodies, a Baluch group and Baluch towns',
    text: 'The Pakistani Foreign Office blamed the Balochistan Liberation Army for the attack in Turbat, and ISPR said troops were sent from Quetta.',
    present: ['pakistani-foreign-ministry', 'balochistan-liberation-army', 'turbat', 'ispr', 'quetta'],
  },
  {
    name: 'the Somali theatre: al-Shabaab, its emir, a region and a Somali outlet',
    text: 'Al-Shabab fighters loyal to Ahmed Diriye attacked a base in Middle Shabelle, Hiiraan Online reported.',
    present: ['al-shabaab', 'ahmed-diriye', 'middle-shabelle', 'hiiraan-online'],
  },
  {
    name: 'an Islamic State province stays apart from the Islamic State',
    text: 'ISIS-K claimed the bombing in Kabul through Amaq, while the Islamic State central media office stayed silent.',
    present: ['iskp', 'kabul', 'amaq', 'isis'],
  },
  {
    name: 'Sinai places and the Sinai branch',
    text: 'Egyptian Armed Forces said Sinai Province militants were killed near El-Arish and Sheikh Zuweid in North Sinai.',
    present: ['egyptian-armed-forces', 'islamic-state-sinai', 'arish', 'sheikh-zuweid', 'north-sinai'],
  },
  {
    name: 'Arabic names of the Kurdish north-east of Syria',
    text: 'قالت قوات سوريا الديمقراطية إن طائرة مسيرة تركية قصفت موقعا قرب المالكية ثم قصفت بلدة تل تمر.',
    present: ['syrian-democratic-forces', 'al-malikiyah', 'tal-tamr'],
  },
  {
    name: 'Arabic words that resemble place names do not link',
    text: 'وقال المسؤول بأنه رفع الراية الزرقاء عند المفرق، وأضاف أن الدعم المالي سيصل.',
    present: [],
    absent: ['baneh', 'zarqa', 'mafraq', 'mali'],
  },
  {
    name: 'an English word one letter from a name does not link',
    text: 'Crowds marked Ashura in Karbala on Tuesday.',
    present: ['karbala'],
    absent: ['alhurra'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const found = ids(c.text);
    for (const id of c.present) assert.ok(found.has(id), `${id} not found in: ${[...found].join(', ')}`);
    for (const id of c.absent ?? []) assert.ok(!found.has(id), `${id} linked`);
  });
}

test('Tripoli is named by a qualified form for each country, never by the bare name alone', () => {
  const found = ids('Fighting resumed in Tripoli on Sunday.');
  assert.ok(!found.has('tripoli-libya') && !found.has('tripoli-lebanon'), [...found].join(', '));
  assert.ok(ids('Clashes shook the Libyan capital Tripoli.').has('tripoli-libya'));
});
