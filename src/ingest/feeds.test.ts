import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseFeed, feedDate, feedItemToInput } from './feeds.js';
import { refuseDeclarations, decodeXmlText, decodeFeedBytes } from './feeds-xml.js';
import { VigilError } from '../core/errors.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url));

test('RSS 2.0: items with CDATA, entities, relative links, guid, dc:creator and local dates', () => {
  const feed = parseFeed(fixture('rss2.xml'), 'https://monitor.example/feed.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Frontier Monitor & Review');
  assert.equal(feed.items.length, 2);
  assert.deepEqual(feed.problems, ['item 3 skipped: an item with no title, link, id or content']);
  const [first, second] = feed.items;
  assert.equal(first?.key, 'monitor-item-1001');
  assert.equal(first?.title, 'Militia spokesman warns of "wider response"');
  assert.equal(first?.link, 'https://monitor.example/2024/02/militia-warns');
  assert.equal(first?.author, 'Layla Haddad');
  // 23:40 at -05:00 is the 13th where it was written, though the 14th in UTC.
  assert.equal(first?.published, '2024-02-13');
  assert.match(first?.html ?? '', /<b>any new strike<\/b>/, 'content:encoded is preferred to the teaser');
  assert.equal(second?.title, 'بيان جديد');
  assert.equal(second?.key, 'https://monitor.example/ar/statement-7');
  assert.equal(second?.html, '<p>Escaped HTML body with an ampersand: Q&amp;A.</p>');
  assert.equal(second?.published, '2024-02-05');
});

test('Atom: alternate link, xhtml and escaped html content, entry and feed authors, html titles as plain text', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://wire.example/feed.atom');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Harbor Wire');
  assert.equal(feed.link, 'https://wire.example/');
  const [first, second] = feed.items;
  assert.equal(first?.title, 'Group claims drone launch');
  assert.equal(first?.link, 'https://wire.example/news/drone-launch');
  assert.equal(first?.key, 'tag:wire.example,2024:drone-launch');
  assert.equal(first?.published, '2024-03-01');
  assert.equal(first?.author, 'Omar Saleh');
  assert.match(first?.html ?? '', /<p>The group said it launched a drone toward a port\.<\/p>/);
  assert.equal(second?.author, 'Harbor Wire Desk');
  assert.equal(second?.published, '2024-03-02', 'updated stands in for a missing published');
  assert.equal(second?.html, '<p>Summary only.</p>');
});

test('RSS 1.0 (RDF) feeds are read too', () => {
  const feed = parseFeed(fixture('rdf.xml'), 'https://old.example/rss');
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.items[0]?.title, 'Bulletin item');
  assert.equal(feed.items[0]?.published, '2023-12-24');
});

test('entity expansion and external entities are refused before parsing', () => {
  for (const name of ['billion-laughs.xml', 'external-entity.xml']) {
    assert.throws(() => parseFeed(fixture(name), 'https://x.example/feed'), (err: unknown) => {
      assert.ok(err instanceof VigilError);
      assert.equal(err.code, 'PARSE_FAILED');
      assert.match(err.message, /refused a feed with a DOCTYPE declaration/);
      return true;
    }, name);
  }
  assert.throws(() => refuseDeclarations('<rss><!ENTITY x "y"></rss>'), /ENTITY declaration/);
});

test('a DOCTYPE inside CDATA or a comment is content, not a declaration', () => {
  const feed = parseFeed(fixture('doctype-in-cdata.xml'), 'https://embed.example/feed');
  assert.match(feed.items[0]?.html ?? '', /Embedded page text/);
});

test('malformed XML and non-feeds fail with one clear line', () => {
  assert.throws(() => parseFeed(fixture('malformed.xml'), 'https://x.example/feed'), /malformed XML at line 2/);
  assert.throws(() => parseFeed(new TextEncoder().encode('<html><body>hi</body></html>'), 'https://x.example/'), /not an RSS or Atom feed \(root element <html>\)/);
  assert.throws(() => parseFeed(new Uint8Array(0), 'https://x.example/feed'), /empty feed/);
  assert.throws(() => parseFeed(new TextEncoder().encode('{"not":"xml"}'), 'https://x.example/feed'), VigilError);
});

test('feed dates name the calendar day in the zone they were written in', () => {
  const table: Array<[string | null, string | null]> = [
    ['Wed, 01 Nov 2023 10:00:00 GMT', '2023-11-01'],
    ['Tue, 31 Oct 2023 23:30:00 -0500', '2023-10-31'],
    ['1 Nov 23 06:00 +0300', '2023-11-01'],
    ['2023-11-01T01:30:00+03:00', '2023-11-01'],
    ['2023-11-01', '2023-11-01'],
    ['Sept 3 2023', '2023-09-03'],
    ['not a date', null],
    [null, null],
  ];
  for (const [raw, want] of table) assert.equal(feedDate(raw), want, String(raw));
});

test('a feed item becomes an HTML raw input with hints, and the HTML is escaped', () => {
  const input = feedItemToInput(
    { key: 'k1', title: 'A <script> & "quotes"', link: 'https://n.example/a', publishedRaw: '2024-01-02T00:00:00Z', published: '2024-01-02', author: 'R. Author', html: '<p>Body</p>' },
    'https://n.example/feed', 'N Example');
  const html = new TextDecoder().decode(input.bytes);
  assert.match(html, /<title>A &lt;script&gt; &amp; &quot;quotes&quot;<\/title>/);
  assert.match(html, /<p>Body<\/p>/);
  assert.equal(input.name, 'https://n.example/a');
  assert.equal(input.origin, 'https://n.example/feed');
  assert.deepEqual(input.hints, { title: 'A <script> & "quotes"', published: '2024-01-02', author: 'R. Author', url: 'https://n.example/a', source: 'N Example' });
});

test('charset: BOM, XML declaration, then UTF-8', () => {
  const win1256 = Uint8Array.from([...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1256"?><t>'), 0xc8, 0xed, 0xc7, 0xe4, ...new TextEncoder().encode('</t>')]);
  assert.match(decodeFeedBytes(win1256), /<t>بيان<\/t>/);
  const utf16 = Buffer.from('\ufeff<t>x</t>', 'utf16le');
  assert.equal(decodeFeedBytes(utf16), '<t>x</t>');
});

test('property: the feed reader never throws anything but a VigilError, and decodeXmlText never throws', () => {
  fc.assert(fc.property(fc.string(), (s) => {
    decodeXmlText(s);
    try {
      parseFeed(new TextEncoder().encode(s), 'https://p.example/feed');
    } catch (err) {
      assert.ok(err instanceof VigilError, `unexpected ${String(err)}`);
    }
  }), { numRuns: 300 });
  const item = fc.record({ title: fc.string(), body: fc.string() });
  fc.assert(fc.property(fc.array(item, { maxLength: 5 }), (items) => {
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml = `<rss><channel><title>t</title>${items.map((i, n) => `<item><guid>g${n}</guid><title>${esc(i.title)}</title><description>${esc(i.body)}</description></item>`).join('')}</channel></rss>`;
    const feed = parseFeed(new TextEncoder().encode(xml), 'https://p.example/feed');
    assert.equal(feed.items.length, items.length);
    feed.items.forEach((it, n) => assert.equal(it.title ?? '', items[n]!.title.trim()));
  }), { numRuns: 200 });
});
