import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeDictNumber, DictdDictionary, FREEDICT_ARA_ENG, FREEDICT_DIR, parseEntry } from './freedict.js';
import { TranslateError } from './translator.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function encode(n: number): string {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

test('dictd numbers: base64 digits, most significant first', () => {
  for (const [text, n] of [['A', 0], ['B', 1], ['/', 63], ['BA', 64], ['Lw7Y', 3_083_992]] as const) assert.equal(decodeDictNumber(text), n);
  assert.throws(() => decodeDictNumber('a-b'), TranslateError);
});

test('entry senses, numbered or not', () => {
  assert.deepEqual(parseEntry('قصف /qasf/\nShelling\n'), ['Shelling']);
  assert.deepEqual(parseEntry('جيش /dʒajʃ/\n1. Army\n2. Host\n'), ['Army', 'Host']);
});

/** A small dictd dictionary written to a temporary folder, with entries of our own. */
function writeDictionary(entries: Array<[string, string[]]>, compress: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-dictd-'));
  let dict = Buffer.alloc(0);
  const index: string[] = ['00databaseshort\tA\tB'];
  for (const [headword, senses] of entries) {
    const body = Buffer.from(`${headword} /x/\n${senses.length > 1 ? senses.map((s, i) => `${i + 1}. ${s}`).join('\n') : senses[0]}\n`, 'utf8');
    index.push(`${headword}\t${encode(dict.length)}\t${encode(body.length)}`);
    dict = Buffer.concat([dict, body]);
  }
  writeFileSync(join(dir, 'test.index'), index.join('\n') + '\n');
  if (compress) writeFileSync(join(dir, 'test.dict.dz'), gzipSync(dict));
  else writeFileSync(join(dir, 'test.dict'), dict);
  return dir;
}

for (const compress of [true, false]) {
  test(`reads a ${compress ? 'compressed' : 'plain'} dictionary; look-up folds diacritics and hamza`, () => {
    const dir = writeDictionary([['جَيْش', ['Army', 'Host']], ['أمير', ['Prince']], ['أمير', ['Emir']]], compress);
    const dictionary = DictdDictionary.open(dir, 'test');
    assert.ok(dictionary);
    assert.equal(dictionary.size, 2);
    assert.deepEqual(dictionary.lookup('جيش'), ['Army', 'Host']);
    assert.deepEqual(dictionary.lookup('امير'), ['Prince', 'Emir']);
    assert.deepEqual(dictionary.lookup('غائب'), []);
  });
}

test('a dictionary that is not installed opens as null', () => {
  assert.equal(DictdDictionary.open(mkdtempSync(join(tmpdir(), 'vigil-none-')), 'test'), null);
});

test('the installed FreeDict Arabic-English dictionary reads', (t) => {
  const dictionary = DictdDictionary.open(FREEDICT_DIR, FREEDICT_ARA_ENG);
  if (!dictionary) {
    t.skip(`${FREEDICT_DIR}/${FREEDICT_ARA_ENG}.index not found: install Debian's dict-freedict-ara-eng (as .ci/run does)`);
    return;
  }
  assert.ok(dictionary.size > 40_000);
  assert.ok(dictionary.lookup('هجوم').some((s) => /assault|attack/i.test(s)));
  assert.ok(dictionary.lookup('العراق').includes('Iraq'));
});
