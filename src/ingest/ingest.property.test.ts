import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IngestError } from '../core/errors.js';
import { newDoc } from '../core/types.js';
import { bodyStage } from './body.js';
import { decodeStage } from './decode.js';
import { loadPageLexicon } from './lexicon.js';
import { metadataStage } from './metadata.js';
import { loadSourceRegistry } from './sources.js';
import { splitUnits } from './units.js';
import { findDates } from './dates.js';

const knowledge = { sources: loadSourceRegistry(), pageLexicon: loadPageLexicon() };

/** Page-like strings: tags, dates, cue words, Arabic, wrapped lines, control bytes. */
const pieces = fc.constantFrom(
  '<html>', '<p>', '</p>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-13-45"}</script>',
  '<meta charset="windows-1256">', '<title>A | Reuters</title>', 'By JOHN DOE', 'Read more', 'Most Read', '\n', '\n\n', '\r\n',
  'November 31, 2023', '2024-02-30', 'The group said it would strike the base.', 'الحشد الشعبي', '(AFP)', '[1]', '©', '\t', '\u00a0', '\uFFFD',
);
const pageText = fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 })), { maxLength: 40 }).map((a) => a.join(' '));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  pageText.map((s) => new TextEncoder().encode(s)),
);

test('decode, body and metadata throw nothing but IngestError on any bytes', () => {
  fc.assert(fc.property(bytes, fc.constantFrom(null, 'text/html', 'text/plain; charset=windows-1256'), (b, contentType) => {
    const doc = newDoc({ name: 'p', bytes: b, contentType, origin: 'p' });
    try {
      decodeStage.run(doc, knowledge);
      bodyStage.run(doc, knowledge);
      metadataStage.run(doc, knowledge);
    } catch (err) {
      assert.ok(err instanceof IngestError, `unexpected ${String(err)}`);
      return;
    }
    assert.ok(doc.text.trim().length > 0);
    assert.ok(doc.meta.published === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.meta.published));
    assert.ok(doc.meta.published === null || !Number.isNaN(Date.parse(doc.meta.published)));
  }), { numRuns: 300 });
});

test('unit and date offsets always lie inside the text they came from', () => {
  fc.assert(fc.property(pageText, (text) => {
    for (const u of splitUnits(text)) {
      assert.ok(u.start >= 0 && u.start <= u.end && u.end <= text.length);
      assert.ok(text.slice(u.start, u.end).length > 0);
    }
    for (const d of findDates(text, knowledge.pageLexicon)) assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end);
  }), { numRuns: 300 });
});
