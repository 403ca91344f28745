/**
 * Publishers the source registry does not know are still named, as a
 * reader would: the masthead line of a saved page, the owner in its
 * copyright line, or its host. Section labels, headlines, dates and bylines
 * are never taken for a publisher.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, type Doc } from '../core/types.js';
import { bodyStage } from './body.js';
import { decodeStage } from './decode.js';
import { loadPageLexicon } from './lexicon.js';
import { metadataStage } from './metadata.js';
import { copyrightOwner, hostName, mastheadOf } from './outlet.js';
import { loadSourceRegistry } from './sources.js';

const lex = loadPageLexicon();
const knowledge = { sources: loadSourceRegistry(), pageLexicon: lex };

function ingest(text: string, origin = 'page.txt'): Doc {
  const doc = newDoc({ name: 'page.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin });
  decodeStage.run(doc, knowledge);
  bodyStage.run(doc, knowledge);
  metadataStage.run(doc, knowledge);
  return doc;
}

const BODY = 'An armed faction said on Sunday it would resume attacks on foreign forces if the strikes on its positions near the border continued.\n\nIts spokesman told reporters that the pause announced last month was over and that the group was ready.\n';

test('masthead: a short capitalised first line above the headline', () => {
  const doc = ingest(`Levant Monitor\nHome | World | Opinion\nFaction threatens to resume attacks on bases\nBy Sarah Kline\nMarch 4, 2024\n${BODY}`);
  assert.equal(doc.meta.source, 'Levant Monitor');
  assert.equal(doc.meta.title, 'Faction threatens to resume attacks on bases');
  assert.equal(doc.meta.author, 'Sarah Kline');
});

test('masthead in capitals comes out in title case; a publisher word finds it below the headline', () => {
  assert.equal(mastheadOf(['THE BAGHDAD OBSERVER', 'Politics', 'Premier meets envoy over troop timetable'], 'Premier meets envoy over troop timetable', lex), 'The Baghdad Observer');
  assert.equal(mastheadOf(['Analysis', 'How the factions adapted after the strike', 'Near East Security Review'], 'How the factions adapted after the strike', lex), 'Near East Security Review');
});

test('section labels, headlines, dates and bylines are not publishers', () => {
  assert.equal(mastheadOf(['World News', 'Rockets fired at northern towns after strike'], 'Rockets fired at northern towns after strike', lex), null);
  assert.equal(mastheadOf(['Middle East', 'March 4, 2024', 'By John Doe'], null, lex), null);
  assert.equal(mastheadOf(['بسم الله الرحمن الرحيم', 'فصيل يتوعد بالرد على الغارة'], 'فصيل يتوعد بالرد على الغارة', lex), null);
  assert.equal(mastheadOf(['Militia vows revenge after commander killed'], 'Militia vows revenge after commander killed', lex), null);
  // A name on a second line with no publisher word may be a person or a place.
  assert.equal(mastheadOf(['Drone strike hits depot near the border', 'Karwan Aziz'], 'Drone strike hits depot near the border', lex), null);
});

test('copyright owner', () => {
  assert.equal(copyrightOwner('© 2024 The Baghdad Observer. All rights reserved.'), 'The Baghdad Observer');
  assert.equal(copyrightOwner('Copyright 2019-2024 Gulf Courier Media | Privacy'), 'Gulf Courier Media');
  assert.equal(copyrightOwner('All rights reserved ©'), null);
});

test('host name: the registrable label, without www or language subdomains', () => {
  assert.equal(hostName('www.levantmonitor.com'), 'Levantmonitor');
  assert.equal(hostName('english.example-news.co.uk'), 'Example-news');
  assert.equal(hostName('localhost'), null);
});

test('a byline and a date on one line: "NAME | 5 February 2024"', () => {
  const doc = ingest(`Premier meets coalition envoy over troop withdrawal timetable\nAhmed Jasim | 5 February 2024\n${BODY}`);
  assert.equal(doc.meta.author, 'Ahmed Jasim');
  assert.equal(doc.meta.published, '2024-02-05');
});

test('"Posted on DATE by NAME"', () => {
  const doc = ingest(`Drone attack targets air base; no casualties reported\nPosted on 3 January 2024 by Karwan Aziz\n${BODY}`);
  assert.equal(doc.meta.author, 'Karwan Aziz');
  assert.equal(doc.meta.published, '2024-01-03');
});

test('a masthead with a publisher word is not the headline, even beside a headline ending in a full stop', () => {
  const doc = ingest(`Iraq News Network\nPMF chief says the forces will not be dissolved.\n2024-03-04\n${BODY}`);
  assert.equal(doc.meta.source, 'Iraq News Network');
  assert.notEqual(doc.meta.title, 'Iraq News Network');
});
