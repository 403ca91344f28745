import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newDoc } from '../core/types.js';
import { applyTextBudget, budgetCut } from './text-budget.js';

const piece = fc.oneof(
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.constantFrom('\n\n', '. ', '? ', '؟ ', '\n', ' ', 'word', 'كلمة', '😀', '\ud83d\ude00'),
);
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

test('the cut is a prefix within the limit, at a break when the last fifth holds one, never inside a surrogate pair', () => {
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 400 }), (t, limit) => {
    const cut = budgetCut(t, limit);
    if (t.length <= limit) { assert.equal(cut, t.length); return; }
    assert.ok(cut >= 0 && cut <= limit, `cut ${cut} within ${limit}`);
    const before = t.charCodeAt(cut - 1);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff), 'no lone high surrogate at the end');
    const window = t.slice(Math.floor(limit * 0.8), limit + 1);
    if (window.includes('\n\n')) assert.ok(t.startsWith('\n\n', cut), 'a paragraph break wins when there is one');
    else if (window.includes(' ')) assert.ok(cut >= Math.floor(limit * 0.8), 'a break in the last fifth is used');
  }), { seed: 7, numRuns: 2000 });
});

test('a document within its budget is untouched; one over it is cut with one warning', () => {
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 400 }), (t, limit) => {
    const doc = newDoc({ name: 'x', bytes: new Uint8Array(), contentType: null, origin: 'x' });
    doc.text = t;
    applyTextBudget(doc, limit);
    if (t.length <= limit) {
      assert.equal(doc.text, t);
      assert.equal(doc.warnings.length, 0);
    } else {
      assert.ok(t.startsWith(doc.text) && doc.text.length <= limit);
      assert.equal(doc.warnings.length, 1);
      assert.equal(doc.warnings[0]!.stage, 'budget');
    }
  }), { seed: 8, numRuns: 1000 });
});
