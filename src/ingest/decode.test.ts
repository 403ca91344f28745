import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../core/errors.js';
import { newDoc, type Doc } from '../core/types.js';
import { decodeStage, looksLikeHtml } from './decode.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'pages');

function decode(bytes: Uint8Array, contentType: string | null = null, name = 'input'): Doc {
  const doc = newDoc({ name, bytes, contentType, origin: name });
  decodeStage.run(doc, undefined);
  return doc;
}

function refusal(bytes: Uint8Array, code: string, message: RegExp): void {
  assert.throws(() => decode(bytes, null, 'x.bin'), (err: unknown) => {
    assert.ok(err instanceof IngestError, 'an IngestError');
    assert.equal(err.code, code);
    assert.match(err.message, message);
    assert.ok(!err.message.includes('\n'), 'one line');
    return true;
  });
}

test('bad inputs are refused with one clear line', () => {
  refusal(new Uint8Array(), 'EMPTY_INPUT', /^empty input: x\.bin$/);
  refusal(new TextEncoder().encode(' \n\t\n  '), 'EMPTY_INPUT', /only white space/);
  refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'BINARY_INPUT', /PDF document/);
  refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'BINARY_INPUT', /PNG image/);
  refusal(new Uint8Array([0x48, 0x69, 0x00, 0x21]), 'BINARY_INPUT', /NUL bytes/);
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x61));
  refusal(controls, 'BINARY_INPUT', /control bytes/);
});

test('invalid UTF-8 decodes with replacement characters and a warning', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('Kataib Hezbollah — كتائب حزب الله said '), 0xc3, 0x28, ...new TextEncoder().encode(' more.')]);
  const doc = decode(bytes);
  assert.equal(doc.charset, 'utf-8');
  assert.match(doc.decoded, /\uFFFD/);
  assert.match(doc.decoded, /كتائب حزب الله/);
  assert.equal(doc.warnings.length, 1);
  assert.match(doc.warnings[0]!.message, /invalid in utf-8 replaced/);
});

test('a UTF-8 byte-order mark is not part of the text', () => {
  const doc = decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]));
  assert.equal(doc.decoded, 'Hi');
});

test('UTF-16 with a byte-order mark is text, not binary', () => {
  const body = 'Houthi statement';
  const bytes = new Uint8Array(2 + body.length * 2);
  bytes[0] = 0xff; bytes[1] = 0xfe;
  for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
  assert.equal(decode(bytes).decoded, body);
});

test('legacy Arabic pages decode from their declared or sniffed charset', () => {
  const table: Array<[string, string, 'html' | 'text']> = [
    ['arabic-windows-1256.html', 'windows-1256', 'html'],
    ['arabic-iso-8859-6.html', 'iso-8859-6', 'html'],
    ['arabic-undeclared-1256.txt', 'windows-1256', 'text'],
  ];
  for (const [file, charset, format] of table) {
    const doc = decode(readFileSync(join(fixtures, file)), file.endsWith('.html') ? 'text/html' : 'text/plain', file);
    assert.equal(doc.charset, charset, file);
    assert.equal(doc.format, format, file);
    assert.ok(!doc.decoded.includes('\uFFFD'), file);
    assert.match(doc.decoded, /[\u0621-\u064A]{4,}/, file);
  }
});

test('HTML is told from text by MIME type or by how the document opens', () => {
  const table: Array<[string | null, string, boolean]> = [
    ['text/html', 'plain words', true],
    [null, '<!DOCTYPE html><html><body>x</body></html>', true],
    [null, '  <html lang="ar">', true],
    [null, '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', true],
    [null, '<div class="x"><p>text</p></div>', true],
    ['text/plain', '<div class="x"><p>text</p></div>', false],
    ['text/plain', '<!doctype html><html>', true],
    [null, 'The group said x < y and <b> is bold.', false],
    [null, 'Iraq | Special Dispatch', false],
  ];
  for (const [ct, head, want] of table) assert.equal(looksLikeHtml(ct, head), want, `${ct} ${head}`);
});
