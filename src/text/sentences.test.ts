import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentSentences } from './sentences.js';

function split(text: string): string[] {
  return segmentSentences(text).map((s) => text.slice(s.start, s.end));
}

const cases: Array<[string, string, string[]]> = [
  ['two plain sentences', 'The convoy was hit. Nobody was hurt.', ['The convoy was hit.', 'Nobody was hurt.']],
  ['question and exclamation', 'Who fired? Nobody knows! Ask again.', ['Who fired?', 'Nobody knows!', 'Ask again.']],
  ['dotted acronym mid-sentence', 'The U.S. military said it struck back.', ['The U.S. military said it struck back.']],
  ['dotted acronym at the end, opener follows', 'They blamed the U.S. The group denied it.', ['They blamed the U.S.', 'The group denied it.']],
  ['title abbreviations', 'Gen. Smith met Dr. Jones on Feb. 3 in St. Louis.', ['Gen. Smith met Dr. Jones on Feb. 3 in St. Louis.']],
  ['stacked ranks', 'Lt. Col. Ali Hassan spoke.', ['Lt. Col. Ali Hassan spoke.']],
  ['initial in a name', 'An analysis by Jane Q. Analyst appeared. It was long.', ['An analysis by Jane Q. Analyst appeared.', 'It was long.']],
  ['number sign abbreviation', 'See Dispatch No. 4512 for details. Then read on.', ['See Dispatch No. 4512 for details.', 'Then read on.']],
  ['decimal', 'Prices rose 2.5 percent. Markets fell.', ['Prices rose 2.5 percent.', 'Markets fell.']],
  ['ellipsis then lower case', 'He paused... then went on. Done.', ['He paused... then went on.', 'Done.']],
  ['ellipsis then capital', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
  ['quotation closed by attribution stays whole', '“We will respond. Our patience is over,” the spokesman said. Later he left.', ['“We will respond. Our patience is over,” the spokesman said.', 'Later he left.']],
  ['straight quotes with attribution', '"Leave now. This is the last warning," he said. Then nothing.', ['"Leave now. This is the last warning," he said.', 'Then nothing.']],
  ['quotation ending a sentence keeps its closing mark', 'He said: “We are ready.” The talks ended.', ['He said: “We are ready.”', 'The talks ended.']],
  ['parenthesis after the period', 'It was denied. (The statement was later removed.) Then quiet.', ['It was denied.', '(The statement was later removed.)', 'Then quiet.']],
  ['Arabic full stop and question mark', 'أعلنت الفصائل وقف العمليات. هل يستمر ذلك؟ لا أحد يعرف.', ['أعلنت الفصائل وقف العمليات.', 'هل يستمر ذلك؟', 'لا أحد يعرف.']],
  ['Arabic comma and semicolon do not split', 'قال المتحدث، إن الرد قادم؛ وسيكون قاسيا.', ['قال المتحدث، إن الرد قادم؛ وسيكون قاسيا.']],
  ['line break ends a headline', 'Militia warns of escalation\nBAGHDAD — The group said it was ready.', ['Militia warns of escalation', 'BAGHDAD — The group said it was ready.']],
  ['hyphenated acronym', 'The U.S.-led coalition withdrew.', ['The U.S.-led coalition withdrew.']],
  ['footnote marker stays with its sentence', 'They launched balloons.[4] In 2021 they did more.', ['They launched balloons.[4]', 'In 2021 they did more.']],
  ['died/born abbreviation before a year', 'The founder (d. 2019) built it. Then came war.', ['The founder (d. 2019) built it.', 'Then came war.']],
  ['time abbreviation followed by lower case', 'It began at 3 a.m. local time. Sirens sounded.', ['It began at 3 a.m. local time.', 'Sirens sounded.']],
];

for (const [name, text, expected] of cases) {
  test(`segmentSentences: ${name}`, () => {
    assert.deepEqual(split(text), expected);
  });
}

test('segmentSentences: paragraphs are numbered and indices run in order', () => {
  const text = 'First one. Second one.\n\nThird one.\nFourth line.\n\n\n\nFifth.';
  const s = segmentSentences(text);
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1, 1, 2]);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2, 3, 4]);
});

test('sentences are valid, ordered, trimmed ranges and never throw (property)', () => {
  const unit = fc.oneof(
    fc.constantFrom(...'aB .!?…؟۔"“”«»,\n\n ع'.split(''), 'U.S.', 'Dr.', 'No. 5', '...'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  fc.assert(fc.property(fc.array(unit, { maxLength: 80 }).map((a) => a.join('')), (text) => {
    let last = 0;
    let lastParagraph = 0;
    segmentSentences(text).forEach((s, i) => {
      assert.equal(s.index, i);
      assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
      assert.ok(!/\s/.test(text[s.start] ?? '') && !/\s/.test(text[s.end - 1] ?? ''));
      assert.ok(s.paragraph >= lastParagraph);
      last = s.end;
      lastParagraph = s.paragraph;
    });
  }), { numRuns: 2000 });
});
