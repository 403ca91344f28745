import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { GLOSSARY_FILES, glossaryKey, loadDictionaryFile, loadGlossary } from './glossary.js';

test('every data/dictionaries file loads whole', () => {
  const glossary = loadGlossary();
  assert.ok(glossary.entries.size >= 300, `only ${glossary.entries.size} entries`);
  assert.ok(glossary.maxWords >= 2);
  for (const [arabic, english] of [['تهديد', 'threat'], ['طائرة مسيرة', 'drone'], ['احتلال', 'occupation'], ['في', 'in']]) {
    assert.equal(glossary.entries.get(glossaryKey(arabic!)), english);
  }
});

test('keys are folded: spelling variants find the same entry', () => {
  const glossary = loadGlossary();
  assert.equal(glossary.entries.get(glossaryKey('امريكا')), 'America');
  assert.equal(glossary.entries.get(glossaryKey('الْحَرْب')), 'the war');
});

test('extra names win over the files', () => {
  const glossary = loadGlossary(undefined, [['تهديد', 'THREAT (name)']]);
  assert.equal(glossary.entries.get(glossaryKey('تهديد')), 'THREAT (name)');
});

function fileWith(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-dict-'));
  const path = join(dir, 'd.yaml');
  writeFileSync(path, content);
  return path;
}

const broken: Array<[string, string, RegExp]> = [
  ['no description', 'entries:\n  قصف: shelling\n', /description/],
  ['an empty gloss', 'description: x\nentries:\n  قصف: ""\n', /entries/],
  ['the same word twice after folding', 'description: x\nentries:\n  أمريكا: America\n  امريكا: America\n', /listed twice/],
  ['a duplicate YAML key', 'description: x\nentries:\n  قصف: a\n  قصف: b\n', /cannot read/],
  ['an unknown field', 'description: x\nentries: {}\nsource: me\n', /source|Unrecognized/],
];
for (const [name, content, message] of broken) {
  test(`a dictionary file with ${name} is rejected`, () => {
    assert.throws(() => loadDictionaryFile(fileWith(content)), (err: unknown) => err instanceof DataError && message.test(err.message));
  });
}

test('the consulted files are the ones shipped', () => {
  assert.deepEqual(GLOSSARY_FILES, ['ar-en-security.yaml', 'ar-en-common.yaml']);
});
