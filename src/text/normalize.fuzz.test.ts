/**
 * Normalization and segmentation over hostile text: mixed scripts and
 * directions, piles of combining marks, lone surrogates, invisible
 * characters. Normalizing is idempotent, never grows a run of marks past
 * 30 (Unicode's stream-safe bound), and every sentence and token lies
 * inside the normalized text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const hostile = fc.array(fc.oneof(
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.constantFrom(
    '\u0301', '\u0651', '\u064e', '\u0670', '\u20dd', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069',
    '\ufeff', '\u00ad', '\u061c', '\ud800', '\udfff', '\u2028', '\u2029', '\r', '\n\n', '\t', '\u00a0', '\u3000',
    'Kataib', 'كتائب', 'الله', 'ﷲ', 'ﻻ', '١٢٣', 'ي', 'ى', 'ک', 'Ḥ', 'é', 'e\u0301', '.', '؟', '"', '«',
  ),
), { maxLength: 80 }).map((a) => a.join(''));

const longestMarkRun = (s: string) => Math.max(0, ...(s.match(/\p{M}+/gu) ?? []).map((r) => [...r].length));

test('normalizing hostile text is idempotent and bounds runs of combining marks', () => {
  fc.assert(fc.property(hostile, (raw) => {
    const once = normalizeText(raw);
    assert.equal(normalizeText(once), once);
    assert.ok(longestMarkRun(once) <= 30, `mark run ${longestMarkRun(once)}`);
    assert.ok(!/[\u202a-\u202e\u2066-\u2069\ufeff\u200b]/.test(once), 'bidi controls and invisibles removed');
  }), { seed: 21, numRuns: 1500 });
});

test('sentences and tokens of normalized hostile text lie inside it, in order, without overlap', () => {
  fc.assert(fc.property(hostile, (raw) => {
    const text = normalizeText(raw);
    const sentences = segmentSentences(text);
    let last = 0;
    for (const s of sentences) {
      assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, `sentence [${s.start}, ${s.end}) in ${text.length}`);
      last = s.end;
    }
    let prev = 0;
    for (const t of tokenize(text, sentences)) {
      assert.ok(t.start >= prev && t.start < t.end && t.end <= text.length, `token [${t.start}, ${t.end})`);
      assert.ok(t.sentence >= 0 && (sentences.length === 0 || t.sentence < sentences.length));
      prev = t.end;
    }
  }), { seed: 22, numRuns: 1000 });
});

test('a pile of half a million combining marks, bare or split by invisibles, normalizes to a bounded run', () => {
  for (const raw of ['a' + '\u0301\u0651'.repeat(250_000), 'b' + '\u0301\u200b\u0651'.repeat(150_000), 'كـ' + '\u064e\u0651'.repeat(200_000)]) {
    const out = normalizeText(raw);
    assert.ok(longestMarkRun(out) <= 30);
    assert.ok(out.length <= 40);
  }
});

test('Arabic with its usual marks keeps every mark', () => {
  const vocalised = 'قَالَ المُتَحَدِّثُ إِنَّ الاجْتِمَاعَ انْتَهَى';
  assert.equal(normalizeText(vocalised), vocalised.normalize('NFC'));
});
