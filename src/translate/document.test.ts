import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateDocument } from './document.js';
import { TranslateError, type Translator } from './translator.js';

/** Upper-cases each text, and counts the calls. */
function shouting(): Translator & { calls: number } {
  return {
    provider: 'shout', kind: 'translation', calls: 0,
    translate(texts, from, to) {
      this.calls += 1;
      return Promise.resolve(texts.map((t) => ({ text: t.toUpperCase(), provider: 'shout', kind: 'translation' as const, from, to })));
    },
  };
}

test('title and text go in one call; the title comes back apart from the body', async () => {
  const t = shouting();
  const out = await translateDocument(t, { title: 'a headline', text: 'the body' }, 'xx', 'en');
  assert.equal(t.calls, 1);
  assert.deepEqual(out, { title: 'A HEADLINE', body: { text: 'THE BODY', provider: 'shout', kind: 'translation', from: 'xx', to: 'en' } });
});

test('a document without a title has none translated', async () => {
  const out = await translateDocument(shouting(), { title: null, text: 'only a body' }, 'xx', 'en');
  assert.equal(out.title, null);
  assert.equal(out.body.text, 'ONLY A BODY');
});

test('a provider answering with the wrong number of texts is a malformed answer', async () => {
  const short: Translator = { provider: 'short', kind: 'translation', translate: () => Promise.resolve([]) };
  await assert.rejects(translateDocument(short, { title: 't', text: 'b' }, 'xx', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'malformed');
});
