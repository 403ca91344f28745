import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotations, pairQuoteMarks } from './quotations.js';

const quoted = (text: string): string[] => findQuotations(text).map((q) => text.slice(q.start, q.end));

const table: Array<[string, string, string[]]> = [
  ['straight quotes', 'He said: "We will return to the city soon." Then he left.', ['We will return to the city soon.']],
  ['curly quotes', 'The leader said “our fighters are ready for anything” on Monday.', ['our fighters are ready for anything']],
  ['curly opening, straight closing', 'It wrote that “the enemy cannot hide from us forever". Later.', ['the enemy cannot hide from us forever']],
  ['scare quotes of three words are labels', 'They call the troops "occupation forces" and the war "a crime".', []],
  ['title-case label of four words', 'It wants to be "Loyal, Brave and Free" in all things.', []],
  ['two quotations split around the attribution', '"We are ready to act," he said, "and we will not wait long."', ['We are ready to act,', 'and we will not wait long.']],
  ['guillemets', 'Le chef a dit «nous ne reculerons jamais devant eux» hier.', ['nous ne reculerons jamais devant eux']],
  ['Arabic guillemets among Arabic letters', 'وأضاف المسؤول «لن نسمح بمرور أي قافلة عبر المعبر» مساء الأحد.', ['لن نسمح بمرور أي قافلة عبر المعبر']],
  ['a quotation inside guillemets keeps the guillemets whole', 'وقال القائد «كتبنا لهم "اخرجوا من أرضنا" ولم يسمعوا النداء» أمس.', ['كتبنا لهم "اخرجوا من أرضنا" ولم يسمعوا النداء']],
  ['curly marks inside guillemets', 'وأضاف «رددنا عليهم “لن نركع أبدا” في كل مرة سابقة» ثم غادر.', ['رددنا عليهم “لن نركع أبدا” في كل مرة سابقة']],
  ['guillemets closed carelessly by a curly mark', 'وقال «سنواصل الطريق حتى النهاية مهما كلف” ثم صمت.', ['سنواصل الطريق حتى النهاية مهما كلف']],
];
for (const [name, text, expected] of table) test(name, () => assert.deepEqual(quoted(text), expected));

test('a quotation running over paragraphs is one quotation when the next paragraph reopens it', () => {
  const text = 'The commander said: "We have prepared for a long war.\n\n"No one will stop our fighters now."\n\nThe end.';
  const qs = quoted(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0]!, /long war\.[\s\S]*stop our fighters now\.$/);
});

test('an unclosed quotation ends with its paragraph', () => {
  const text = 'He wrote "this will not be forgiven by our people\n\nNext paragraph has no quote.';
  assert.deepEqual(quoted(text), ['this will not be forgiven by our people']);
});

test('spans always lie inside the text and in order', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom('a', ' ', '"', '“', '”', '\n', 'b', '.') }), (text) => {
    let last = -1;
    for (const q of pairQuoteMarks(text)) {
      assert.ok(q.open > last && q.start === q.open + 1 && q.end <= text.length && q.start <= q.end);
      last = q.close;
    }
  }));
});

test('a four-word noun or prepositional phrase in quotation marks is a label, four words of an utterance are speech', () => {
  const text = 'The envoy called the camp "a festering open wound" and said the talks would go on "in every possible format" while the commander said "We never stop fighting." in a speech.';
  assert.deepEqual(findQuotations(text).map((q) => text.slice(q.start, q.end)), ['We never stop fighting.']);
});
