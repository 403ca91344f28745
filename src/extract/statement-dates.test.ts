/**
 * Dates of statements a report's sentences do not date themselves: the news
 * day its lead gives (the day of publication or the day before), else the
 * month of publication. Own sentences, run through the whole pipeline; the
 * report is published on Tuesday, March 5, 2024.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(paragraphs: string[]): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${paragraphs.join('\n\n')}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const dateOf = (doc: Doc, words: string): string | null | undefined => doc.statements.find((s) => s.text.includes(words))?.date;

// lead paragraph, later paragraph, words of the later statement, expected date
const table: Array<[string, string, string, string | null]> = [
  // The lead dates the news to the day of publication: later reactions were made that day.
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Hezbollah vowed to retaliate for what it called a flagrant aggression.', 'vowed to retaliate', '2024-03-05'],
  ['A drone hit a convoy of Kataib Hezbollah near Qaim early today, killing two commanders.',
    'The Iraqi government condemned the strike as a violation of Iraqi sovereignty.', 'condemned the strike', '2024-03-05'],
  // ... or to the day before.
  ['The Houthis said on Monday that they had fired missiles at a tanker in the Gulf of Aden.',
    'The US military accused the Houthis of endangering international shipping.', 'accused the Houthis', '2024-03-04'],
  ['Gunmen attacked a police checkpoint in Kirkuk yesterday, killing four officers.',
    '"We will hunt down every member of this cell," Iraqi Prime Minister Mohammed Shia al-Sudani said.', 'We will hunt down', '2024-03-04'],
  ['Iraqi police said on March 4 that gunmen had killed four officers at a checkpoint in Kirkuk.',
    'Prime Minister Mohammed Shia al-Sudani ordered the security forces to pursue the attackers.', 'ordered the security forces', '2024-03-04'],
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    '"This aggression will not pass without a response," Hezbollah said in a statement.', 'will not pass without a response', '2024-03-05'],
  // Older news leaves the day of a reaction open: the month of publication.
  ['A car bomb exploded outside a market in Mogadishu on Saturday, killing 12 people.',
    'The Somali president condemned the bombing as a cowardly act.', 'condemned the bombing', '2024-03'],
  // No day in the lead: the month.
  ['Tensions have risen along the Lebanese border for months.',
    'Hezbollah warned Israel against any ground incursion into the south.', 'warned Israel', '2024-03'],
  // A stand taken before is not the news.
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Hezbollah has repeatedly warned that it would answer any attack on Lebanese territory.', 'repeatedly warned', null],
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Iran has consistently denied arming Hezbollah.', 'consistently denied', null],
  // The statement's own date wins over the news day.
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Hezbollah threatened in January to strike deep inside Israel.', 'threatened in January', '2024-01'],
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Hezbollah said on Sunday that it had shot down an Israeli drone over the south.', 'shot down an Israeli drone', '2024-03-03'],
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Last week, Hezbollah warned Israel against widening the war.', 'warned Israel', '2024-03'],
  ['Israeli jets struck a Hezbollah depot in Nabatieh on Tuesday, the army said.',
    'Hezbollah had warned Israel against widening the war.', 'had warned', '2024-03'],
  // A state going on "since" a year dates no news.
  ['The Houthis have attacked ships in the Red Sea since 2023.',
    'The US military accused the Houthis of endangering international shipping.', 'accused the Houthis', '2024-03'],
  ['Hezbollah was founded in 1982 during the Israeli occupation of southern Lebanon.',
    'Hezbollah warned Israel against any ground incursion into the south.', 'warned Israel', '2024-03'],
];

for (const [lead, later, words, expected] of table) {
  test(`${words}: ${expected}`, () => {
    const doc = analyze([lead, later]);
    assert.equal(dateOf(doc, words), expected);
  });
}

function analyzeArabic(paragraphs: string[]): Doc {
  const text = `تقرير\n\n5 آذار 2024\n\n${paragraphs.join('\n\n')}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}

// Arabic: lead paragraph, later paragraph, words of the later statement, expected date
const arabic: Array<[string, string, string, string | null]> = [
  ['استهدفت غارة إسرائيلية اليوم مستودعا لحزب الله في النبطية.', 'وتوعد حزب الله بالرد على هذا العدوان.', 'وتوعد حزب الله', '2024-03-05'],
  ['استهدفت غارة إسرائيلية أمس مستودعا لحزب الله في النبطية.', 'وتوعد حزب الله بالرد على هذا العدوان.', 'وتوعد حزب الله', '2024-03-04'],
  ['استهدفت غارة إسرائيلية يوم السبت مستودعا لحزب الله في النبطية.', 'وتوعد حزب الله بالرد على هذا العدوان.', 'وتوعد حزب الله', '2024-03'],
];

for (const [lead, later, words, expected] of arabic) {
  test(`${words} (${lead.split(' ')[2]}): ${expected}`, () => {
    const doc = analyzeArabic([lead, later]);
    assert.equal(dateOf(doc, words), expected);
  });
}
