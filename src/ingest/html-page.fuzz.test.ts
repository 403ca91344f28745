/**
 * The HTML reader under hostile markup: deep nesting, unclosed tags, tag
 * soup, cut-off pages. It reads the page or throws an IngestError; it never
 * overflows the stack or runs for minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IngestError } from '../core/errors.js';
import { parseDocument } from './dom.js';
import { blocksOf } from './html-blocks.js';
import { htmlNestingDepth } from './html-depth.js';
import { MAX_HTML_DEPTH, readHtmlPage } from './html-page.js';
import { loadPageLexicon } from './lexicon.js';

const lex = loadPageLexicon();

interface Tree { tag: string; children: Array<Tree | string> }
const tagName = fc.constantFrom('div', 'span', 'section', 'b', 'em', 'blockquote', 'article', 'ul', 'table');
const { tree } = fc.letrec<{ tree: Tree; child: Tree | string }>((self) => ({
  tree: fc.record({ tag: tagName, children: fc.array(self('child'), { maxLength: 4 }) }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom('text', 'كلمة', '&amp;', ' '), self('tree')),
}));
const render = (t: Tree | string): string => (typeof t === 'string' ? t : `<${t.tag}>${t.children.map(render).join('')}</${t.tag}>`);
const depthOf = (t: Tree | string): number => (typeof t === 'string' ? 0 : 1 + Math.max(0, ...t.children.map(depthOf)));

test('the nesting estimate equals the true depth of well-formed markup, with void and optional-end tags ignored', () => {
  fc.assert(fc.property(tree, fc.constantFrom('', '<br>', '<img src=x>', '<p>', '<li>', '<hr/>', '<!-- <div> -->', '<script>if (a<b) "<div>"</script>'), (t, noise) => {
    const html = render(t).replace(/<\/b>/g, `</b>${noise}`);
    assert.equal(htmlNestingDepth(html), depthOf(t));
  }), { seed: 11, numRuns: 400 });
});

test('the nesting estimate never throws on tag soup and never exceeds the count of tags', () => {
  const soup = fc.array(fc.oneof(fc.constantFrom('<', '>', '</', '/>', '<div', '<div>', '</div>', '<!--', '-->', '<script>', '</script', '<p>', 'x', ' ', '"'), fc.string({ maxLength: 5 })), { maxLength: 200 }).map((a) => a.join(''));
  fc.assert(fc.property(soup, (html) => {
    const d = htmlNestingDepth(html);
    assert.ok(d >= 0 && d <= (html.match(/</g) ?? []).length);
  }), { seed: 12, numRuns: 1000 });
});

test('tag soup and cut-off pages are read or refused with an IngestError', () => {
  const part = fc.oneof(
    fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<a href="/x">', '</a>', '<nav>', '<article>', '<h1>', '<br>', '<table><tr><td>', '<!--', '-->', '<script>', '</script>', '<', '&', '&#x0;', '<p dir="rtl">'),
    fc.constantFrom('The council met on Monday and agreed the budget for the coming year.', 'قال المتحدث إن الاجتماع انتهى دون اتفاق على الموعد.', '\u202e\u200f', 'x'.repeat(300)),
  );
  fc.assert(fc.property(fc.array(part, { maxLength: 60 }), fc.nat(), (parts, cut) => {
    const html = parts.join('');
    const page = html.slice(0, cut % (html.length + 1));
    try {
      const reading = readHtmlPage(page, lex);
      assert.equal(typeof reading.body, 'string');
    } catch (err) {
      assert.ok(err instanceof IngestError, `unexpected ${String(err)}`);
    }
  }), { seed: 13, numRuns: 200 });
});

test('a page nested deeper than the limit is refused before parsing, with a one-line reason', () => {
  for (const html of [
    `<html><body>${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}</body></html>`,
    `<html><body>${'<b><i>word '.repeat(30_000)}</body></html>`,
  ]) {
    assert.throws(() => readHtmlPage(html, lex), (e: unknown) => e instanceof IngestError && e.code === 'PARSE_FAILED' && /more than \d+ deep/.test(e.message));
  }
});

test('a page nested just under the limit is read, its text found (no Readability, no recursion)', () => {
  const n = MAX_HTML_DEPTH - 10;
  const html = `<html><body>${'<div>'.repeat(n)}<p>The provincial council approved the new water budget after a long debate on Sunday evening, officials said.</p>${'</div>'.repeat(n)}</body></html>`;
  const reading = readHtmlPage(html, lex);
  assert.match(reading.body, /provincial council approved/);
});

test('the block reader walks a DOM far deeper than the call stack allows', () => {
  const n = 20_000;
  const dom = parseDocument(`<html><body>${'<span>'.repeat(n)}deep words${'</span>'.repeat(n)}</body></html>`);
  const blocks = blocksOf(dom.body!);
  assert.deepEqual(blocks.map((b) => b.text), ['deep words']);
});
