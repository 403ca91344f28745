import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { tokenize } from '../text/tokenize.js';
import { fts5Match, highlightSnippet, indexText, indexWords, indexWordsOf, parseQuery } from './search-text.js';

test('queries and index text fold the same way', () => {
  const table: Array<[string, string]> = [
    ['Kataib Hezbollah', 'kataib hezbollah'],
    ["al-Ka'bi", 'al kabi'],
    ['الإسلاميّة', 'الاسلاميه'],
    ['مُقاوَمة', 'مقاومه'],
  ];
  for (const [input, folded] of table) {
    assert.equal(indexText(input), folded, input);
    assert.deepEqual(parseQuery(input).groups.flat(), folded.split(' '), input);
  }
});

test('quoted text is one phrase group, other words one group each', () => {
  assert.deepEqual(parseQuery('drone "air base" Erbil').groups, [['drone'], ['air', 'base'], ['erbil']]);
  assert.deepEqual(parseQuery('"" ,,, ').groups, []);
});

test('any query string makes valid FTS5 syntax (never an error, never an operator)', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')");
  db.prepare('INSERT INTO t (body) VALUES (?)').run(indexText('near or and not the base'));
  const search = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (q) => {
    const parsed = parseQuery(q);
    if (parsed.groups.length === 0) return;
    search.get(fts5Match(parsed));
  }), { numRuns: 300 });
  assert.equal((search.get(fts5Match(parseQuery('NEAR OR'))) as { n: number }).n, 1, 'operator words are searched as words');
  db.close();
});

test('snippets mark matches in the display text, whatever spelling matched', () => {
  const text = 'Officials said the Islamic Resistance claimed the attack. بيان المقاومة الإسلامية صدر اليوم.';
  const s = highlightSnippet(text, parseQuery('الاسلاميه attack').words);
  assert.match(s, /«attack»/);
  assert.match(s, /«الإسلامية»/);
});

test('a long text gives a window around the matches, with ellipses', () => {
  const filler = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
  const s = highlightSnippet(`${filler} the target sentence ${filler}`, parseQuery('target').words, 20);
  assert.match(s, /^… .*«target».* …$/);
  assert.ok(s.split(' ').length <= 24);
});

test('indexWordsOf: the pipeline tokens give the same words as tokenizing again; stale tokens are not trusted', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
    assert.deepEqual(indexWordsOf({ text, tokens: tokenize(text) }), indexWords(text));
    assert.deepEqual(indexWordsOf({ text, tokens: [] }), indexWords(text));
  }));
  const longer = 'the envoy arrived in the capital on tuesday';
  const cut = 'the envoy arrived';
  assert.deepEqual(indexWordsOf({ text: cut, tokens: tokenize(longer) }), ['the', 'envoy', 'arrived']);
});
