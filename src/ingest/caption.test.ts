import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captionDescription } from './caption.js';
import { loadPageLexicon } from './lexicon.js';
import { readTextPage } from './text-page.js';

const lex = loadPageLexicon();

// Caption lines in the styles outlets print them, and what the article keeps of each.
const cases: Array<[caption: string, description: string]> = [
  // Wire style: agency in brackets after the sentence.
  ['Supporters of the faction wave flags in Basra, March 3, 2022. (AFP)', 'Supporters of the faction wave flags in Basra, March 3, 2022.'],
  ['   - Mourners carry a coffin through Najaf on Friday. (Reuters)', 'Mourners carry a coffin through Najaf on Friday.'],
  // Agency and photographer in brackets.
  ['Rescue teams search the rubble in Khan Younis (AP Photo/Sami Haddad)', 'Rescue teams search the rubble in Khan Younis'],
  ['Smoke rises over the port of Hodeidah (photo credit: REUTERS/KHALED NASSER)', 'Smoke rises over the port of Hodeidah'],
  ['Qais al-Khazali speaks to supporters in Baghdad [File: Omar Hadi/Reuters]', 'Qais al-Khazali speaks to supporters in Baghdad'],
  ['A drone on display at a Tehran exhibition (Photo by AFP via Getty Images)', 'A drone on display at a Tehran exhibition'],
  // Who is who, with a source label whose content is only a date.
  ['Abu Fadak (left) with Hadi al-Amiri (right) (Source: Telegram, June 1, 2023)', 'Abu Fadak (left) with Hadi al-Amiri (right)'],
  // Credit as the last segment, unbracketed.
  ['Fighters at a checkpoint near Sinjar. Photograph: Layla Aziz/AFP/Getty Images', 'Fighters at a checkpoint near Sinjar.'],
  ['Fighters at a checkpoint near Sinjar. REUTERS/Layla Aziz', 'Fighters at a checkpoint near Sinjar.'],
  ['Fighters at a checkpoint near Sinjar - Getty Images', 'Fighters at a checkpoint near Sinjar'],
  // Label first.
  ['File photo: Hezbollah fighters parade in south Lebanon', 'Hezbollah fighters parade in south Lebanon'],
  ['FILE PHOTO - Houthi supporters rally in Sanaa', 'Houthi supporters rally in Sanaa'],
  // Arabic.
  ['عناصر من الحشد الشعبي في استعراض ببغداد (أرشيف)', 'عناصر من الحشد الشعبي في استعراض ببغداد'],
  ['مقاتلون حوثيون في صنعاء (رويترز)', 'مقاتلون حوثيون في صنعاء'],
  // All credit: nothing to keep.
  ['Photo: AFP', ''],
  ['(photo credit: REUTERS/AKO RASHEED)', ''],
  ['[image: 3f0c2a77-1b2d-4e5f-9a8b-0c1d2e3f4a5b.jpg]', ''],
  ['Getty Images', ''],
  ['Credit: Handout', ''],
];

for (const [caption, description] of cases) {
  test(`caption "${caption.slice(0, 50)}" keeps ${description === '' ? 'nothing' : 'its description'}`, () => {
    assert.equal(captionDescription(caption, lex), description);
  });
}

test('brackets that are part of the description stay: positions, acronyms, names', () => {
  assert.equal(captionDescription('Members of the PMF march in Baghdad (PMF)', lex), 'Members of the PMF march in Baghdad (PMF)');
  assert.equal(captionDescription('Ali Khamenei (center) receives the delegation', lex), 'Ali Khamenei (center) receives the delegation');
  // A closing name without an agency or a slash is not a credit.
  assert.equal(captionDescription('The deputy speaker with Mohammed al-Halbousi', lex), 'The deputy speaker with Mohammed al-Halbousi');
});

const para = (n: number) => `Paragraph ${n} of the report says that the armed group has moved its fighters to the border area and that the government has asked it to withdraw them before the talks begin.`;

test('a caption inside the article keeps its description as a paragraph and loses its credit', () => {
  const page = readTextPage(['Gazette', '', para(1), '', 'Hamas leader Ismail Haniyeh (right) meets a delegation in Doha. (AFP)', '', para(2)].join('\n'), lex);
  assert.ok(page.body.includes('Hamas leader Ismail Haniyeh (right) meets a delegation in Doha.'));
  assert.ok(!page.body.includes('(AFP)'));
  assert.ok(page.captions.some((c) => c.includes('(AFP)')), 'the whole caption is still reported as a caption');
});

test('a caption printed twice, with and without its credit, is kept once', () => {
  const caption = 'Iraqi fighters guard the road to Tal Afar after the battle';
  const page = readTextPage(['Gazette', '', para(1), '', `${caption} (Reuters)`, caption, '', para(2)].join('\n'), lex);
  assert.equal(page.body.split(caption).length - 1, 1);
});

test('a credit alone inside the article is dropped', () => {
  const page = readTextPage(['Gazette', '', para(1), '', 'Photo: Reuters/Ali Saleh', '', para(2)].join('\n'), lex);
  assert.ok(!page.body.includes('Ali Saleh'));
  assert.ok(page.body.includes('Paragraph 2'));
});

test('a caption that reads as furniture once its credit is gone stays out', () => {
  const page = readTextPage(['Gazette', '', para(1), '', 'Copyright 2024. All rights reserved. (Getty Images)', '', para(2)].join('\n'), lex);
  assert.ok(!page.body.includes('rights reserved'));
});
