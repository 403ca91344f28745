import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseMatcher } from './phrase-matcher.js';

const m = new PhraseMatcher([
  { phrase: 'said', value: 'said' },
  { phrase: 'hold * responsible', value: 'hold' },
  { phrase: 'rocket|rockets was|were fired at', value: 'fired' },
  { phrase: "group's leader", value: 'leader' },
  { phrase: 'قال', value: 'qala' },
]);
const values = (text: string): string[] => m.find(text).map((h) => h.value);

const table: Array<[string, string[]]> = [
  ['The commander said it.', ['said']],
  ['The commander SAID it.', ['said']],
  ['Nobody resaid or saids it.', []], // whole words only
  ['They will hold the United States responsible.', ['hold']],
  ['They will hold responsible the state.', ['hold']],
  ['They hold a b c d responsible.', []], // the gap is at most three words
  ['They hold the government “responsible” for it.', ['hold']], // a quotation may open after the gap
  ['They hold “the occupation responsible.', []], // but the gap never runs through a mark
  ['Two rockets were fired at the base.', ['fired']],
  ['The group’s leader spoke.', ['leader']], // curly apostrophe
  ['وقال المتحدث', ['qala']], // Arabic conjunction prefix
];
for (const [text, expected] of table) {
  test(`finds ${JSON.stringify(expected)} in "${text}"`, () => assert.deepEqual(values(text), expected));
}

test('hits lie inside the searched range, in order, without overlap', () => {
  fc.assert(fc.property(fc.string({ maxLength: 120 }), fc.nat(60), (text, cut) => {
    const from = Math.min(cut, text.length);
    let last = from;
    for (const h of m.find(text, from)) {
      assert.ok(h.start >= last && h.end <= text.length && h.start < h.end);
      last = h.end;
    }
  }));
});

test('a matcher built after a text was read still finds its phrases in that text', () => {
  const text = 'The envoy crossed the zephyr ridge; وأكد القائد';
  assert.deepEqual(new PhraseMatcher([{ phrase: 'envoy', value: 1 }]).find(text).map((h) => h.value), [1]);
  const later = new PhraseMatcher([{ phrase: 'zephyr ridge', value: 2 }, { phrase: 'أكد', value: 3 }]);
  assert.deepEqual(later.find(text).map((h) => h.value), [2, 3]);
  assert.deepEqual(later.find(text, 20, 36).map((h) => h.value), [2]);
});

test('among many phrases opening with one word, the longest that matches wins and gives its own value', () => {
  const shared = new PhraseMatcher([
    { phrase: 'will strike', value: 'strike' },
    { phrase: 'will strike back hard', value: 'back-hard' },
    { phrase: 'will not stop', value: 'not-stop' },
    { phrase: 'will * respond', value: 'respond' },
    { phrase: 'will|would retaliate', value: 'retaliate' },
    { phrase: 'will', value: 'bare' },
  ]);
  const found = (text: string): string[] => shared.find(text).map((h) => h.value);
  assert.deepEqual(found('They will strike back hard tonight.'), ['back-hard']);
  assert.deepEqual(found('They will strike back soon.'), ['strike']);
  assert.deepEqual(found('We WILL NOT STOP, and we would retaliate.'), ['not-stop', 'retaliate']);
  assert.deepEqual(found('They will surely and firmly respond.'), ['respond']);
  assert.deepEqual(found('Its will is strong; willing parties strike.'), ['bare']);
  // A range that cuts the longer phrase leaves the shorter one.
  const text = 'They will strike back hard.';
  assert.deepEqual(shared.find(text, 0, text.indexOf(' back')).map((h) => h.value), ['strike']);
});

test('a word that opens several two-word cues but is followed by none of their second words finds nothing, and one that is finds the cue', () => {
  const heads = new PhraseMatcher([
    { phrase: 'will strike', value: 'strike' },
    { phrase: 'will not stop', value: 'not-stop' },
    { phrase: "won't|will back down", value: 'back-down' },
    { phrase: 'will al-Quds fall', value: 'quds' },
  ]);
  const found = (text: string): string[] => heads.find(text).map((h) => h.value);
  assert.deepEqual(found('It will continue.'), []);
  assert.deepEqual(found('It will strikes.'), []);
  assert.deepEqual(found('It will not, they say, stop.'), []);
  assert.deepEqual(found('They will NOT stop; it will al–Quds fall; it will back down.'), ['not-stop', 'quds', 'back-down']);
});
