import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-docs.js';
import { framingOf, framingSideBySide, loadFramingLexicon, parseFramingLexicon } from './framing.js';
import { gatherFacts } from './facts.js';
import { corroborate } from './corroboration.js';
import { gradeFact, gradeOutlets } from './admiralty.js';

const lexicon = loadFramingLexicon();
const story = [
  fixtureDoc({ id: 'a', outlet: 'Resistance Voice', published: '2024-01-29', text: 'The Islamic Resistance struck the occupiers at Tower 22. Three martyrs fell in the earlier American aggression.' }),
  fixtureDoc({ id: 'b', outlet: 'Western Wire', published: '2024-01-29', text: 'An Iran-backed militia killed three US soldiers in Jordan. Officials called the terrorist proxies reckless.' }),
  fixtureDoc({ id: 'c', outlet: 'قناة', published: '2024-01-29', text: 'أعلنت المقاومة الإسلامية استهداف قاعدة للاحتلال الأمريكي.' }),
];

test('the shipped framing lexicon loads whole', () => {
  assert.ok(lexicon.length >= 8);
  assert.throws(() => parseFramingLexicon('version: 1\nterms:\n  - {term: x, stance: angry, forms: {en: [x]}}\n', 'f.yaml'), /f\.yaml: terms\.0\.stance/);
});

test('each outlet\'s words for one story, side by side, English and Arabic', () => {
  const s = framingSideBySide(story, lexicon);
  const by = new Map(s.outlets.map((o) => [o.outlet, o]));
  assert.deepEqual(by.get('resistance-voice')?.counts, { martyr: 1, resistance: 1, occupation: 1, aggression: 1 });
  assert.deepEqual(by.get('western-wire')?.counts, { 'Iran-backed': 1, militia: 1, terrorist: 1, proxy: 1 });
  assert.equal(by.get('western-wire')?.stance.adversarial, 4);
  assert.deepEqual(framingOf(story[2]!, lexicon).counts, { resistance: 1, occupation: 1 });
  assert.equal(framingOf(story[0]!, lexicon).examples.martyr?.sentence, 'Three martyrs fell in the earlier American aggression.');
});

test('Admiralty grades: corroboration sets credibility, the registry sets reliability', () => {
  const text = 'Rockets hit the embassy compound.';
  const mk = (id: string, outlet: string) => fixtureDoc({ id, outlet, published: '2024-02-01', text,
    events: [{ kind: 'attack', actor: null, target: 'embassy', cameo: '190', goldstein: -10, words: text }] });
  const reliability = (o: string) => (o === 'wire-a' ? 'A' : o === 'blog-c' ? 'C' : 'F') as 'A' | 'C' | 'F';
  const [three] = corroborate(gatherFacts([mk('1', 'Wire A'), mk('2', 'Blog C'), mk('3', 'Other')]));
  assert.deepEqual(gradeFact(three!, reliability).map((g) => g.code), ['A1', 'C1', 'F1']);
  const [single] = corroborate(gatherFacts([mk('1', 'Wire A')]));
  assert.equal(gradeFact(single!, reliability)[0]?.code, 'A3');
  const [unrated] = corroborate(gatherFacts([mk('1', 'Other')]));
  assert.equal(gradeFact(unrated!, reliability)[0]?.code, 'F6');
  assert.equal(gradeFact(single!, reliability, true)[0]?.code, 'A5');
  assert.deepEqual(gradeOutlets(corroborate(gatherFacts([mk('1', 'Wire A'), mk('2', 'Blog C')])), reliability).map((o) => [o.outlet, o.reliability, o.meanCredibility]), [['blog-c', 'C', 2], ['wire-a', 'A', 2]]);
});

test('a story: the document, its copies, and documents reporting the same facts; nothing else', async () => {
  const { fixtureDoc } = await import('./fixture-docs.js');
  const { gatherFacts } = await import('./facts.js');
  const { storyOf } = await import('./framing.js');
  const threat = (words: string) => ({ kind: 'threat' as const, actor: 'front', target: 'garrison', date: '2024-02-01', words });
  const a = fixtureDoc({ id: 'a', outlet: 'Wire', published: '2024-02-01', text: 'The front threatened the garrison.', statements: [threat('The front threatened the garrison.')] });
  const copy = fixtureDoc({ id: 'a2', outlet: 'Reprint', published: '2024-02-01', cluster: 'a', text: 'Copy without extraction.' });
  const other = fixtureDoc({ id: 'b', outlet: 'Channel', published: '2024-02-02', text: 'Our heroes warned the occupier garrison.', statements: [threat('Our heroes warned the occupier garrison.')] });
  const unrelated = fixtureDoc({ id: 'c', outlet: 'Paper', published: '2024-02-01', text: 'A minister met an envoy.' });
  const docs = [a, copy, other, unrelated];
  assert.deepEqual(storyOf(docs, 'a', gatherFacts(docs)).map((d) => d.id), ['a', 'a2', 'b']);
  assert.deepEqual(storyOf(docs, 'missing', gatherFacts(docs)), []);
});
