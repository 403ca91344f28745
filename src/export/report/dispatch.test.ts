import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from '../../analyze/fixture-docs.js';
import type { SourceDoc } from '../../analyze/corpus.js';
import { buildDispatch } from './dispatch.js';
import { renderHtml, escapeHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';

const docs: SourceDoc[] = [
  fixtureDoc({ id: 'd1', outlet: 'Outlet One', published: '2024-01-05', title: 'Commander speaks',
    text: 'Abu Hussein, the commander of Saraya Example, spoke on Friday. "We will answer every raid <script>alert(1)</script>," he said. He threatened the foreign forces. A mortar hit the airport.',
    entities: [
      { id: 'saraya-example', type: 'armed_group', name: 'Saraya Example', mentions: ['Saraya Example'] },
      { id: 'abu-hussein', type: 'person', name: 'Abu Hussein', mentions: ['Abu Hussein'] },
    ],
    quotes: [{ words: 'We will answer every raid <script>alert(1)</script>,', speaker: 'saraya-example' }],
    statements: [{ kind: 'threat', actor: 'saraya-example', target: 'foreign-forces', words: 'He threatened the foreign forces.' }],
    events: [{ kind: 'attack', actor: 'saraya-example', target: 'airport', date: '2024-01-04', cameo: '190', goldstein: -10, words: 'A mortar hit the airport.' }],
    relations: [{ subject: 'abu-hussein', predicate: 'leads', object: 'saraya-example', words: 'the commander of Saraya Example' }] }),
  fixtureDoc({ id: 'd2', outlet: 'Outlet Two', published: '2024-03-02', text: 'Saraya Example again threatened the foreign forces. Washington listed the group in 2020.',
    statements: [{ kind: 'threat', actor: 'saraya-example', target: 'foreign-forces', words: 'Saraya Example again threatened the foreign forces.' }],
    events: [{ kind: 'designation', actor: 'united-states', target: 'saraya-example', date: '2020', cameo: '172', goldstein: -5, words: 'Washington listed the group in 2020.' }] }),
  fixtureDoc({ id: 'd3', outlet: 'Outlet Three', published: '2024-03-09', text: 'The group has been on the US list since 2021.',
    events: [{ kind: 'designation', actor: 'united-states', target: 'saraya-example', date: '2021', cameo: '172', goldstein: -5, words: 'The group has been on the US list since 2021.' }] }),
];

const dispatch = buildDispatch(docs, 'saraya-example');

test('every footnote resolves to a real sentence of a real document, and every line is cited', () => {
  assert.ok(dispatch.footnotes.length >= 5);
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const c of dispatch.footnotes) {
    const doc = byId.get(c.docId);
    assert.ok(doc, `footnote cites unknown document ${c.docId}`);
    assert.equal(doc.text.slice(c.start, c.end), c.sentence);
    assert.ok(c.sentence.length > 0);
    assert.equal(c.published, doc.meta.published);
  }
  for (const line of [...dispatch.quotations, ...dispatch.threats, ...dispatch.events, ...dispatch.relations, ...dispatch.contradictions]) {
    assert.ok(line.notes.length > 0, `uncited: ${line.text}`);
    for (const n of line.notes) assert.ok(n >= 1 && n <= dispatch.footnotes.length);
  }
});

test('the dispatch holds the quotation, threats, the event, the relation and the designation-year contradiction', () => {
  assert.equal(dispatch.quotations.length, 1);
  assert.equal(dispatch.threats.length, 2);
  assert.equal(dispatch.events.length, 3); // the attack and two designations (as target)
  assert.match(dispatch.relations[0]!.text, /Abu Hussein leads Saraya Example/);
  assert.match(dispatch.contradictions[0]!.text, /year: 2020 \(outlet-two\) vs 2021 \(outlet-three\)/);
  assert.deepEqual(dispatch.timeline.map((b) => b.period), ['2024-01', '2024-03']);
});

test('html: stored text is escaped, the chart is inline SVG, footnotes link', () => {
  const html = renderHtml(dispatch);
  assert.ok(!html.includes('<script>'), 'stored text rendered as markup');
  assert.ok(html.includes(escapeHtml('<script>alert(1)</script>')));
  assert.match(html, /<svg [^>]*role="img"/);
  assert.match(html, /<sup><a href="#fn1">1<\/a><\/sup>/);
  assert.match(html, /<li id="fn1">/);
});

test('markdown: footnotes, and markup in stored text neutralised', () => {
  const md = renderMarkdown(dispatch);
  assert.match(md, /\[\^1\]: /);
  assert.ok(!md.includes('<script>'));
});

test('pdf: renders a PDF document', async () => {
  const pdf = await renderPdf(dispatch);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.subarray(pdf.length - 8).toString('latin1'), /%%EOF/);
  assert.ok(pdf.length > 1500);
});

test('since/until narrow the dispatch', () => {
  const d = buildDispatch(docs, 'saraya-example', { since: '2024-03' });
  assert.deepEqual(d.timeline.map((b) => b.period), ['2024-03']);
  assert.equal(d.quotations.length, 0);
});
