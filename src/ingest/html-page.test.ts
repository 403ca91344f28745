import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredMeta } from './html-meta.js';
import { parseDocument } from './dom.js';
import { readHtmlPage } from './html-page.js';
import { loadPageLexicon } from './lexicon.js';

const lex = loadPageLexicon();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'pages', name), 'utf8');

test('Readability over linkedom finds the article; captions, read-more links, menus and footers go', () => {
  const page = readHtmlPage(fixture('national-jsonld.html'), lex);
  for (const s of ['A drone struck a weapons depot', 'caused no deaths', 'would not go unanswered', 'bases hosting foreign troops']) {
    assert.ok(page.body.includes(s), `kept: ${s}`);
  }
  for (const s of ['Smoke rises over the depot', 'Read more', 'Oil prices climb', 'Copyright', 'Home', 'By Layla Haddad', 'Drone strike hits militia depot']) {
    assert.ok(!page.body.includes(s), `dropped: ${s}`);
  }
  assert.equal(page.body.split('\n\n').length, 4);
});

test('JSON-LD NewsArticle metadata, inside an @graph', () => {
  const d = declaredMeta(parseDocument(fixture('national-jsonld.html')));
  assert.equal(d.title, 'Drone strike hits militia depot near Al Qaim');
  assert.equal(d.published, '2024-02-07T18:40:00+04:00');
  assert.deepEqual(d.authors, ['Layla Haddad']);
  assert.equal(d.publisher, 'The National');
  assert.equal(d.documentTitle, 'Drone strike hits militia depot near Al Qaim | The National');
});

test('Open Graph and <meta> tags when there is no JSON-LD', () => {
  const d = declaredMeta(parseDocument(fixture('rudaw-og.html')));
  assert.equal(d.title, 'Kurdish officials condemn rocket fire on Erbil - Rudaw');
  assert.equal(d.published, '2024-03-11');
  assert.deepEqual(d.authors, ['KARWAN FARIS']);
  assert.equal(d.url, 'https://www.rudaw.net/english/kurdistan/110320241');
});

test('visible byline and <time> when the page declares nothing', () => {
  const d = declaredMeta(parseDocument(fixture('shafaq-byline.html')));
  assert.equal(d.title, 'Armed faction threatens to resume attacks on US bases');
  assert.equal(d.published, '2024-01-28T11:05:00Z');
  assert.equal(d.byline, 'By Ali Hussein');
});

test('broken JSON-LD is ignored, not fatal', () => {
  const html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Fallback title"></head><body><p>x</p></body></html>';
  assert.equal(declaredMeta(parseDocument(html)).title, 'Fallback title');
});

test('a page Readability cannot read falls back to its blocks; link lists are dropped by link density', () => {
  const para = (s: string) => `<p>${s} The statement was read out by a spokesman in front of the ministry building in the capital.</p>`;
  const html = `<html><body><div><a href="/1">Home</a> <a href="/2">Politics</a> <a href="/3">Economy</a></div>${para('The militia said it would withdraw.')}${para('The ministry welcomed the move.')}<div><a href="/4">A linked story headline that is long enough to count</a></div></body></html>`;
  const page = readHtmlPage(html, lex);
  assert.ok(page.body.includes('The militia said it would withdraw.'));
  assert.ok(page.body.includes('The ministry welcomed the move.'));
  assert.ok(!page.body.includes('Politics'));
  assert.ok(!page.body.includes('linked story'));
});

test('truncated HTML still yields the text it holds', () => {
  const page = readHtmlPage(fixture('broken-tail.html'), lex);
  assert.ok(page.body.includes('its fighters had taken positions along the border crossing'));
  assert.ok(page.body.includes('tribal leaders intervened between the'));
});

test('<meta> keys are tried in order; for one key the first tag in the page wins, by property, name or itemprop', () => {
  const html = `<html><head><meta name="twitter:title" content="Second choice"><meta itemprop="og:title" content=" First tag "><meta property="og:title" content="Later tag">
<meta name="og:site_name" content=""><meta property="og:site_name" content="Desk Wire"></head><body><p>x</p></body></html>`;
  const d = declaredMeta(parseDocument(html));
  assert.equal(d.title, 'First tag');
  // The first tag of a key decides it: when its content is empty, the next key is tried, not the next tag.
  assert.equal(d.siteName, null);
});
