/**
 * Feed and Telegram readers under hostile input: random bytes, truncated
 * and deeply nested XML, entity bombs in every disguise, huge attributes,
 * JSON nested past the stack. Each input is read or refused with an
 * IngestError; nothing else escapes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IngestError } from '../core/errors.js';
import { parseFeed } from './feeds.js';
import { parseTelegramExport } from './telegram.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function readOrRefuse(bytes: Uint8Array): void {
  try {
    const feed = parseFeed(bytes, 'https://feeds.example.org/rss');
    for (const item of feed.items) assert.equal(typeof item.key, 'string');
  } catch (err) {
    assert.ok(err instanceof IngestError, `only IngestError may escape, got ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    assert.ok(!err.message.includes('\n'), 'one line');
  }
}

const rssItem = fc.record({
  title: fc.string({ maxLength: 30 }),
  body: fc.constantFrom('<![CDATA[<p>The brigade said it <b>will</b> respond.</p>]]>', '&lt;p&gt;escaped&lt;/p&gt;', '&#x202E;&#0;&#xD800;&#99999999;', '&amp;amp;&lt;', 'plain text'),
  date: fc.constantFrom('Mon, 06 May 2024 10:00:00 GMT', 'yesterday', '9999-99-99', '', '2024-02-30T25:61:00Z'),
  link: fc.constantFrom('https://news.example.org/a', 'javascript:alert(1)', '//x', 'not a url', 'file:///etc/passwd', ''),
}).map((i) => `<item><title>${i.title.replace(/[<&]/g, '')}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><description>${i.body}</description></item>`);

const feedXml = fc.tuple(fc.array(rssItem, { maxLength: 8 }), fc.option(fc.nat(), { nil: null })).map(([items, cut]) => {
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><link>https://news.example.org/</link>${items.join('')}</channel></rss>`;
  return cut === null ? xml : xml.slice(0, cut % (xml.length + 1));
});

test('random bytes, and feeds cut anywhere, are read or refused with an IngestError', () => {
  fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 1500 }), feedXml.map(utf8)), (bytes) => readOrRefuse(bytes)), { seed: 31, numRuns: 600 });
});

/** Entity expansion and external entities, however the declaration is dressed. */
const bombs: Array<[string, string]> = [
  ['billion laughs', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">${Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 3} "${`&lol${i + 2};`.repeat(10)}">`).join('')}]><rss><channel><title>&lol9;</title></channel></rss>`],
  ['external entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>'],
  ['parameter entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1/evil.dtd"> %p;]><rss><channel/></rss>'],
  ['lower-case doctype with spaces', '<?xml version="1.0"?><! doctype r [<!entity a "aaaa">]><rss><channel><title>&a;</title></channel></rss>'],
  ['doctype after a comment', '<?xml version="1.0"?><!-- hi --><!DOCTYPE r [<!ENTITY a "b">]><rss><channel><title>&a;</title></channel></rss>'],
  ['doctype hidden behind an unclosed CDATA', '<?xml version="1.0"?><rss><channel><title><![CDATA[x</title></channel></rss><!DOCTYPE r [<!ENTITY a "b">]>'],
  ['undeclared entity used', '<?xml version="1.0"?><rss><channel><title>&lol9;&#x0;</title><item><title>&undefined;</title><link>https://a.example/</link></item></channel></rss>'],
];

for (const [name, xml] of bombs) {
  test(`feed with ${name} is refused or read without expanding anything`, () => {
    try {
      const feed = parseFeed(utf8(xml), 'https://feeds.example.org/rss');
      const all = JSON.stringify(feed);
      assert.ok(all.length < 10_000, 'nothing expanded');
      assert.ok(!all.includes('root:'), 'no local file read');
    } catch (err) {
      assert.ok(err instanceof IngestError, String(err));
    }
  });
}

test('XML nested a hundred thousand deep, or with a ten-megabyte attribute, is refused or read', { timeout: 60_000 }, () => {
  const n = 100_000;
  readOrRefuse(utf8(`<?xml version="1.0"?><rss><channel>${'<x>'.repeat(n)}${'</x>'.repeat(n)}</channel></rss>`));
  readOrRefuse(utf8(`<?xml version="1.0"?><rss><channel>${'<x>'.repeat(n)}</channel></rss>`));
  readOrRefuse(utf8(`<?xml version="1.0"?><rss><channel><item a="${'x'.repeat(10_000_000)}"><title>t</title><link>https://a.example/</link></item></channel></rss>`));
  readOrRefuse(utf8(`<?xml version="1.0"?><rss><channel>${'<item><title>t</title><link>https://a.example/</link></item>'.repeat(20_000)}</channel></rss>`));
});

test('Telegram exports: random JSON, wrong shapes and JSON nested past the stack give an IngestError or messages', () => {
  const json = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.string({ maxLength: 200 }),
    fc.record({ name: fc.string(), messages: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ id: fc.integer(), type: fc.constant('message'), date: fc.string(), text: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.record({ type: fc.string(), text: fc.string() })))) })), { maxLength: 6 }) }).map((o) => JSON.stringify(o)),
  );
  const read = (s: string) => {
    try {
      const exp = parseTelegramExport(s, 'result.json');
      for (const m of exp.messages) assert.ok(m.text.length > 0);
    } catch (err) {
      assert.ok(err instanceof IngestError, `got ${String(err)}`);
    }
  };
  fc.assert(fc.property(json, read), { seed: 32, numRuns: 500 });
  read('['.repeat(200_000) + ']'.repeat(200_000));
  read(`{"messages":[{"id":1,"type":"message","date":"2024-01-01T00:00:00","text":${'['.repeat(50_000)}"x"${']'.repeat(50_000)}}]}`);
});
