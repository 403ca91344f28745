import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixtureDoc } from './fixture-docs.js';
import { framingOf, loadFramingLexicon } from './framing.js';
import { framingSentences } from './framing-marks.js';

const lexicon = loadFramingLexicon();

function tally(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of framingSentences(text, lexicon)) for (const m of s.marks) counts[m.term] = (counts[m.term] ?? 0) + 1;
  return counts;
}

test('marks sit on the words in the original text, English with case and accents', () => {
  const text = 'Quiet opening line.\nThe MILITIA said the Résistance would answer. Officials called them Iran-backed proxies.';
  const sentences = framingSentences(text, lexicon);
  assert.deepEqual(sentences.map((s) => s.text), ['The MILITIA said the Résistance would answer.', 'Officials called them Iran-backed proxies.']);
  const words = sentences.flatMap((s) => s.marks.map((m) => [m.term, text.slice(m.start, m.end)]));
  assert.deepEqual(words, [['militia', 'MILITIA'], ['resistance', 'Résistance'], ['Iran-backed', 'Iran-backed'], ['proxy', 'proxies']]);
  assert.equal(text.slice(sentences[0]!.start, sentences[0]!.end), sentences[0]!.text);
});

test('Arabic: the mark covers the word with its attached article and prepositions, and its short vowels', () => {
  const text = 'أعلنت المُقاوَمة الإسلامية استهداف قاعدة للاحتلال.';
  const [s] = framingSentences(text, lexicon);
  assert.deepEqual(s?.marks.map((m) => [m.term, text.slice(m.start, m.end)]), [['resistance', 'المُقاوَمة'], ['occupation', 'للاحتلال']]);
});

test('a document\'s marks add up to its framing counts', () => {
  const texts = [
    'The Islamic Resistance struck the occupiers at the depot. Three martyrs fell in the earlier aggression.',
    'An Iran-backed militia hit the base. Officials called the terrorist proxies reckless; the armed factions denied it.',
    'أعلنت المقاومة الإسلامية استهداف قاعدة للاحتلال الأمريكي وسقط شهداء.',
  ];
  for (const text of texts) {
    assert.deepEqual(tally(text), framingOf(fixtureDoc({ id: 'x', outlet: 'o', published: null, text }), lexicon).counts, text);
  }
});

test('any text: marks stay inside their sentence and the text, in order, and agree with the counts', () => {
  const words = ['militia', 'Resistance', 'martyrs', 'المقاومة', 'للاحتلال', 'proxy', 'Iran-backed', 'élan', "Ka'bi", 'x', '😀', '\u064B', '.', '\n', ' ', '؟'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
    const text = parts.join(' ');
    const sentences = framingSentences(text, lexicon);
    for (const s of sentences) {
      assert.equal(text.slice(s.start, s.end), s.text);
      for (const m of s.marks) assert.ok(s.start <= m.start && m.start < m.end && m.end <= s.end, JSON.stringify(m));
    }
    assert.deepEqual(tally(text), framingOf(fixtureDoc({ id: 'x', outlet: 'o', published: null, text }), lexicon).counts);
  }), { numRuns: 300 });
});
