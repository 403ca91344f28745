import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './corpus.js';

test('bench corpus: same seed, same documents', () => {
  const a = generateCorpus(50, 7);
  const b = generateCorpus(50, 7);
  assert.deepEqual(a.map((d) => d.text), b.map((d) => d.text));
  assert.notDeepEqual(a.map((d) => d.text), generateCorpus(50, 8).map((d) => d.text));
});

test('bench corpus: 300-800 word articles, some Arabic, some HTML, bytes are the UTF-8 page', () => {
  const docs = generateCorpus(400);
  for (const d of docs) {
    assert.ok(d.words >= 300 && d.words < 950, `${d.input.name}: ${d.words} words`);
    const page = new TextDecoder().decode(d.input.bytes);
    if (d.input.contentType === 'text/html') assert.match(page, /^<!DOCTYPE html>/);
    else assert.equal(page, d.text);
  }
  const arabic = docs.filter((d) => d.language === 'ar').length;
  const html = docs.filter((d) => d.input.contentType === 'text/html').length;
  assert.ok(arabic > 20 && arabic < 120, `arabic ${arabic}`);
  assert.ok(html > 40 && html < 140, `html ${html}`);
});
