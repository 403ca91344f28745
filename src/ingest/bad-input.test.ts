import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../core/errors.js';
import { readInputFile } from './read.js';

const cli = join(process.cwd(), 'dist/src/cli/main.js');
const fixtures = join(import.meta.dirname, 'fixtures', 'pages');

/** A 100 MB file that takes no disk space: the size check must refuse it before reading. */
function sparseFile(dir: string, bytes: number): string {
  const path = join(dir, 'huge.txt');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

test('a file over the size limit is refused before it is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-read-'));
  const path = sparseFile(dir, 100 * 1024 * 1024);
  assert.throws(() => readInputFile(path), (err: unknown) => err instanceof IngestError && err.code === 'TOO_LARGE' && /100\.0 MB, over the 20\.0 MB limit/.test(err.message));
  assert.throws(() => readInputFile(dir), (err: unknown) => err instanceof IngestError && err.code === 'NOT_A_FILE');
  assert.throws(() => readInputFile(join(dir, 'nope.txt')), (err: unknown) => err instanceof IngestError && err.code === 'NOT_FOUND');
});

test('vigil analyze: each bad input gets a one-line error record, the readable ones are analysed', { skip: existsSync(cli) ? false : 'dist/ is not built (npm test builds it)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bad-'));
  const file = (name: string, content: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, content); return p; };
  const inputs: Array<[string, RegExp | null]> = [
    [file('empty.txt', ''), /^empty input: empty\.txt$/],
    [file('blank.txt', '\n\n   \n'), /only white space/],
    [file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /^binary input \(a PNG image\), not text/],
    [file('nul.txt', new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44])), /^binary input \(NUL bytes\)/],
    [sparseFile(dir, 100 * 1024 * 1024), /^file is 100\.0 MB, over the 20\.0 MB limit/],
    [(() => { const d = join(dir, 'folder'); mkdirSync(d); return d; })(), /^is a directory, not a file/],
    [join(dir, 'missing.txt'), /^no such file/],
    [(() => { const p = join(dir, 'nothing.html'); copyFileSync(join(fixtures, 'empty-page.html'), p); return p; })(), /^no article text found in nothing\.html/],
    [file('bad-utf8.txt', new Uint8Array([...new TextEncoder().encode('The Houthis said on Sunday that they had fired missiles at a ship '), 0xc3, 0x28, ...new TextEncoder().encode(' in the Red Sea.\n')])), null],
    [(() => { const p = join(dir, 'truncated.html'); copyFileSync(join(fixtures, 'broken-tail.html'), p); return p; })(), null],
  ];
  const r = spawnSync(process.execPath, [cli, 'analyze', ...inputs.map(([p]) => p)], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; error?: string; text?: string; warnings?: string[] });
  assert.equal(records.length, inputs.length);
  inputs.forEach(([, error], i) => {
    const rec = records[i]!;
    if (error) {
      assert.equal(typeof rec.error, 'string', rec.doc);
      assert.match(rec.error!, error, rec.doc);
      assert.ok(!rec.error!.includes('\n'), `${rec.doc}: one line`);
    } else {
      assert.equal(rec.error, undefined, `${rec.doc}: ${rec.error}`);
      assert.ok((rec.text ?? '').length > 40, rec.doc);
    }
  });
  const badUtf8 = records.find((x) => x.doc === 'bad-utf8.txt')!;
  assert.ok(badUtf8.warnings?.some((w) => /replaced with U\+FFFD/.test(w)));
});
