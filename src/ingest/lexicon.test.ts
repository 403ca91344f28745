import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { defaultDataDir } from './data-files.js';
import { loadPageLexicon } from './lexicon.js';

test('the boilerplate and page-header lexicons load whole', () => {
  const lex = loadPageLexicon();
  assert.ok(lex.wholeLines.has('read more'));
  assert.equal(lex.months.get('february'), 2);
  assert.equal(lex.months.get('شباط'), 2);
  assert.ok(lex.functionWords.has('the') && lex.functionWords.has('في'));
  assert.ok(lex.strongPhrase.test('for membership information, send an email'));
  assert.ok(lex.sectionStart.test('most read'));
  assert.ok(lex.trailingCredit.test('a parade in baghdad. (afp)'));
  assert.ok(!lex.trailingCredit.test('the group (which is based in baghdad) said'));
  assert.ok(lex.sectionStart.test('read more'));
  assert.ok(lex.pitch.product.test('our morning newsletter') && lex.pitch.call.test('sign up here'));
  assert.ok(lex.houseNote.test('the courier will continue to follow the talks'));
  assert.ok(lex.deskEnd.test('reuters staff') && !lex.deskEnd.test('staffan'));
  assert.ok(lex.headerLabels.has('press'));
});

test('a lexicon missing a month is refused with the file named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-lex-'));
  mkdirSync(join(dir, 'lexicons'));
  const real = join(defaultDataDir(), 'lexicons');
  writeFileSync(join(dir, 'lexicons', 'boilerplate.yaml'), readFileSync(join(real, 'boilerplate.yaml')));
  writeFileSync(join(dir, 'lexicons', 'page-header.yaml'), readFileSync(join(real, 'page-header.yaml'), 'utf8').replace(/^ {2}12: .*$/m, ''));
  assert.throws(() => loadPageLexicon(dir), (err: unknown) => err instanceof DataError && /page-header\.yaml: months: all twelve months/.test(err.message));
});
