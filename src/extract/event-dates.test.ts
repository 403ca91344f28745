/**
 * Dates of deeds a sentence tells as lagging behind or ahead of the one it
 * dates ("a day after", "a week after", "hours after", "the previous
 * evening"). Own sentences, run through the whole pipeline; the report is
 * published on Tuesday, March 5, 2024.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const dateOf = (doc: Doc, actor: string): string | null | undefined => doc.events.find((e) => e.actor === actor)?.date;

// sentence, actor of the event, expected date
const table: Array<[string, string, string | null]> = [
  ['Israeli jets struck the port of Hodeidah on Monday, a day after a Houthi drone hit an apartment block in Tel Aviv.', 'ansar-allah', '2024-03-03'],
  ['Israeli jets struck the port of Hodeidah on Monday, a day after a Houthi drone hit an apartment block in Tel Aviv.', 'israel', '2024-03-04'],
  ['Turkish jets bombed PKK positions in northern Iraq on Sunday, a week after PKK militants attacked a police station in Ankara.', 'pkk', '2024-02-25'],
  ['Israeli jets struck a Hezbollah depot on Monday, hours after Hezbollah fired rockets at Kiryat Shmona.', 'hezbollah', '2024-03-04'],
  ['Hezbollah confirmed on Monday that its commander was killed in an Israeli strike on a car in Nabatieh the previous evening.', 'israel', '2024-03-03'],
  // A relative clause inside the phrase is not what lags.
  ['Turkish jets bombed PKK positions on Sunday, a week after a bombing in Istanbul that Ankara blamed on the PKK.', 'turkey', '2024-03-03'],
  // The deed's own clause dates it.
  ['Israeli jets struck Hodeidah on Monday, a day after the Houthis fired a missile at Eilat on Saturday.', 'ansar-allah', '2024-03-02'],
];

for (const [sentence, actor, expected] of table) {
  test(`${sentence.slice(0, 60)}… ${actor}: ${expected}`, () => {
    assert.equal(dateOf(analyze(sentence), actor), expected);
  });
}

// A report's lead tells its news: a deed there that nothing dates took place on the day the lead gives; one
// told as before the news ("had fled") or as lagging another keeps the month, and so does the background.
const newsReport = [
  'A senior commander of al-Shabaab has been killed in a raid near the port city of Kismayo.',
  'Somali officials said on Monday that government troops stormed a compound used by the group, and that its fighters had fled from Jilib.',
  'Elsewhere, gunmen attacked a police station in Baidoa weeks after the army raided a camp in the area.',
  'Kenyan forces clashed with al-Shabaab fighters near Mandera.',
].join('\n\n');

test('an undated deed in the lead takes the news day; background and earlier deeds keep the month', () => {
  const doc = analyze(newsReport);
  const on = (words: string): string | null | undefined => doc.events.find((e) => e.text.includes(words))?.date;
  assert.equal(on('has been killed'), '2024-03-04');
  assert.equal(on('gunmen attacked'), '2024-03');
  assert.equal(on('clashed with'), '2024-03');
});

// "in the same strike": the deed told before, with its date, even where the sentence dates only the telling.
test('a death "in the same strike" takes the date of the strike told before', () => {
  const doc = analyze('Israeli jets struck a convoy near Tyre on Sunday night. A Hezbollah field commander was also killed in the same strike, the group said.');
  assert.equal(doc.events.find((e) => e.kind === 'killing')?.date, '2024-03-03');
  const doc2 = analyze('A car bomb exploded near a checkpoint in Mosul on Saturday. Two soldiers were wounded in the same attack, police said on Monday.');
  assert.deepEqual(doc2.events.filter((e) => e.text.includes('wounded')).map((e) => e.date), ['2024-03-02']);
});

// A month before the action noun dates it: the last such month up to publication, or the year given with it.
test('"the February bombing", "the October 2021 bombing": a month modifier dates the deed', () => {
  const doc = analyze('The February bombing of a market in Kirkuk killed nine people.');
  assert.equal(doc.events.find((e) => e.cameo === '183')?.date, '2024-02');
  const doc2 = analyze('Police said the October 2021 bombing of a bus in Damascus was planned abroad.');
  assert.equal(doc2.events.find((e) => e.cameo === '183')?.date, '2021-10');
  const doc3 = analyze('Officials recalled the November bombing of a checkpoint near Aden.');
  assert.equal(doc3.events.find((e) => e.cameo === '183')?.date, '2023-11');
});

test('"that year" and "that month" keep only their unit of the date told before', () => {
  const doc = analyze([
    'Gunmen attacked a police station in Kirkuk on October 12, 2019, killing three officers.',
    'Later that year, Turkish jets bombed PKK positions in Sinjar.',
    'That month, Israeli jets also struck a Hezbollah depot in Nabatieh.',
  ].join(' '));
  assert.equal(dateOf(doc, 'turkey'), '2019');
  assert.equal(dateOf(doc, 'israel'), '2019-10');
});
