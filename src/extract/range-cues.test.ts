import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../core/types.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { hitsIn } from './range-cues.js';

const speech = new PhraseMatcher([{ phrase: 'said', value: 'either' }, { phrase: 'according to', value: 'after' }]);

function docOf(text: string): ReturnType<typeof newDoc> {
  const doc = newDoc({ name: 't', bytes: new Uint8Array(), contentType: null, origin: 'test' });
  doc.text = text;
  return doc;
}

test('hits over a range are what the matcher finds there, read once and shared', () => {
  const doc = docOf('The envoy said it would end. According to the aide, it said nothing.');
  const first = hitsIn(doc, speech, 0, 28);
  assert.deepEqual(first, speech.find(doc.text, 0, 28));
  assert.equal(hitsIn(doc, speech, 0, 28), first);
  // Another range, another answer.
  assert.deepEqual(hitsIn(doc, speech, 29, doc.text.length).map((h) => h.value), ['after', 'either']);
});

test('a changed text is read afresh', () => {
  const doc = docOf('The envoy said so.');
  assert.equal(hitsIn(doc, speech, 0, doc.text.length).length, 1);
  doc.text = 'The envoy spoke.';
  assert.equal(hitsIn(doc, speech, 0, doc.text.length).length, 0);
});
