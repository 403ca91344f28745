import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DictdDictionary } from './freedict.js';
import { GistTranslator } from './gist.js';
import { loadGlossary } from './glossary.js';
import { TranslateError, toTranslationRecord } from './translator.js';

// The project's glossary only, so these results do not depend on the machine.
const offline = new GistTranslator({ glossary: loadGlossary(undefined, [['عصائب أهل الحق', 'Asaib Ahl al-Haq']]), dictionary: null });

const cases: Array<[string, string, string]> = [
  ['clitics around known words', 'والمقاومة ضد الاحتلال', 'and the resistance against the occupation'],
  ['a name from the registry, with a clitic on its first word', 'وعصائب أهل الحق', 'and Asaib Ahl al-Haq'],
  ['phrases before words', 'طائرة مسيرة', 'drone'],
  ['a possessive', 'قادتهم', 'their leaders'],
  ['Arabic punctuation and digits become Latin', 'هجوم، ٣ صواريخ؟', 'attack, 3 rockets?'],
  ['an unknown word stays in Arabic', 'هجوم زمبرك', 'attack زمبرك'],
  ['diacritics do not hide a word', 'تَهْدِيد', 'threat'],
  ['Latin text passes through', 'US forces هجوم', 'US forces attack'],
];

for (const [name, arabic, english] of cases) {
  test(`gist: ${name}`, () => {
    assert.equal(offline.gist(arabic).text, english);
  });
}

test('gist counts the words it glossed', () => {
  assert.deepEqual(offline.gist('هجوم زمبرك على القاعدة'), { text: 'attack زمبرك on the base', words: 4, glossed: 3 });
});

test('as a Translator: labelled as a gist, Arabic to English only', async () => {
  const [result] = await offline.translate(['تهديد'], 'ar', 'en');
  assert.deepEqual(result, { text: 'threat', provider: 'gist', kind: 'gist', from: 'ar', to: 'en' });
  await assert.rejects(offline.translate(['x'], 'en', 'ar'), (err: unknown) => err instanceof TranslateError && err.reason === 'config');
});

test('a translation record keeps the document id, provider, kind and time beside the text', async () => {
  const [result] = await offline.translate(['تهديد'], 'ar', 'en');
  const record = toTranslationRecord('abc123', result!, new Date('2024-03-21T10:00:00Z'));
  assert.deepEqual(record, { docId: 'abc123', provider: 'gist', kind: 'gist', from: 'ar', to: 'en', text: 'threat', created: '2024-03-21T10:00:00.000Z' });
});

test('with FreeDict: words outside the glossary are found there', (t) => {
  const dictionary = DictdDictionary.open();
  if (!dictionary) {
    t.skip('FreeDict Arabic-English is not installed (Debian package dict-freedict-ara-eng, installed by .ci/run)');
    return;
  }
  const withFreedict = new GistTranslator({ glossary: loadGlossary(), dictionary });
  // The glossary wins over FreeDict's first senses ("footwork" for الحركة).
  assert.equal(withFreedict.gist('الحركة').text, 'the movement');
  // Not in the glossary at all; FreeDict knows it (through the article).
  const gist = withFreedict.gist('بالتزيين');
  assert.equal(gist.glossed, 1);
  assert.match(gist.text, /^by (the )?adorn/);
});
