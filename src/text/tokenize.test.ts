import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldText } from './fold.js';
import { tokenize } from './tokenize.js';

function norms(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

const cases: Array<[string, string, string[]]> = [
  ['hyphenated article splits, hyphen makes no token', 'al-Kaabi', ['al', 'kaabi']],
  ['apostrophe inside a name keeps one token', "Ka'bi", ['kabi']],
  ['curly apostrophe inside a word', 'Shi’ite', ['shiite']],
  ['possessive is its own token', "Iraq's", ['iraq', "'s"]],
  ['curly possessive unified', 'Iraq’s', ['iraq', "'s"]],
  ['dotted acronym keeps its periods', 'U.S. forces', ['u', '.', 's', '.', 'forces']],
  ['decimal number is one token', 'rose 2.5 percent', ['rose', '2.5', 'percent']],
  ['thousands separator is one token', '1,000 fighters', ['1,000', 'fighters']],
  ['Arabic digits fold', 'عام ٢٠٢٤', ['عام', '2024']],
  ['quotes are tokens with their own char', '“We warned,” he said', ['“', 'we', 'warned', ',', '”', 'he', 'said']],
  ['single quotes around a word', "the 'resistance'", ['the', "'", 'resistance', "'"]],
  ['Arabic punctuation', 'قال، ثم؟', ['قال', '،', 'ثم', '؟']],
  ['Arabic marks fold away', 'أَعْلَنَتْ المقاومةُ', ['اعلنت', 'المقاومه']],
  ['Persian half-space stays inside the word', 'می\u200Cخواهد', ['ميخواهد']],
  ['spaced dash is a token', 'Iraq — Syria', ['iraq', '—', 'syria']],
  ['trailing hyphen is punctuation', 'pro- and anti-', ['pro', '-', 'and', 'anti', '-']],
  ['designator with digits', 'F-16 and MQ-9', ['f', '16', 'and', 'mq', '9']],
];

for (const [name, text, expected] of cases) {
  test(`tokenize: ${name}`, () => {
    assert.deepEqual(norms(text), expected);
  });
}

test('tokenize: offsets point into the text', () => {
  const text = 'Akram al-Kaabi’s statement';
  const spans = tokenize(text).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(spans, ['Akram', 'al', 'Kaabi', '’s', 'statement']);
});

test('tokenize: tokens take the index of the sentence that holds them', () => {
  const text = 'One two. Three four.';
  const sentences = [
    { start: 0, end: 8, index: 0, paragraph: 0 },
    { start: 9, end: 20, index: 1, paragraph: 0 },
  ];
  assert.deepEqual(tokenize(text, sentences).map((t) => t.sentence), [0, 0, 0, 1, 1, 1]);
});

test('tokens are in order, non-overlapping, inside the text, norms never empty (property)', () => {
  fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(..."aZ'’- .,\n\u200Cأَ١"), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), (text) => {
    let last = 0;
    for (const t of tokenize(text)) {
      assert.ok(t.start >= last && t.end > t.start && t.end <= text.length);
      assert.equal(text.slice(t.start, t.end).trim().length > 0, true);
      assert.notEqual(t.norm, '');
      last = t.end;
    }
  }), { numRuns: 2000 });
});

// The regex the scanner replaced (alternatives in order; see tokenize.ts): both must cut every text alike.
const W = '\\p{L}\\p{M}\\p{N}';
const REFERENCE = new RegExp(
  [
    `(\\p{N}+(?:[.,\\u066B\\u066C]\\p{N}+)+)`,
    `((?<=[${W}])['\\u2019][sS](?![${W}]))`,
    `([${W}][${W}\\p{Cf}]*(?:['\\u2019\\u2018\`\\u00B4](?![sS](?![${W}]))[${W}][${W}\\p{Cf}]*)*)`,
    `((?<=[${W}])[-\\u2010\\u2011](?=[${W}]))`,
    `([^\\s\\p{Cf}])`,
  ].join('|'),
  'gu',
);

/** Tokens as the regex cut them (the former tokenize, without sentences). */
function reference(text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    if (m[4] !== undefined) continue;
    const norm = m[2] !== undefined ? "'s" : m[5] !== undefined ? m[0] : foldText(m[0]);
    if (norm !== '') out.push([m.index, m.index + m[0].length, norm]);
  }
  return out;
}

const triples = (text: string) => tokenize(text).map((t): [number, number, string] => [t.start, t.end, t.norm]);

test('tokenize cuts texts as the reference regex does (property)', () => {
  const units = "aZs S1٢.,٫'’‘`´-\u2010\u2011 \n\u00a0\u200C\u200D\uFEFF\u0301ءأَ—“.!😀𝟏𝐀\uD800\uDC00";
  fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...units), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), (text) => {
    assert.deepEqual(triples(text), reference(text));
  }), { numRuns: 5000 });
});

test('tokenize: possessives, numbers and hyphens read as the reference regex reads them', () => {
  for (const text of ["Iraq's 1,000.5 al-Kaabi's", 'Ka’sim’S x', "2.5's", "'s alone", 'a\u200C-b', '𝐀’s 𝟏.𝟐', 'x\uD800y\uDC00']) {
    assert.deepEqual(triples(text), reference(text), text);
  }
});
