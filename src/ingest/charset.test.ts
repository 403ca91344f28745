import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charsetFromContentType, charsetFromMeta, detectCharset, utf8Census } from './charset.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'pages');
const ascii = (s: string) => new TextEncoder().encode(s);

test('a byte-order mark decides, whatever the page declares', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="windows-1256">x')]);
  assert.deepEqual(detectCharset(bytes, 'text/html; charset=iso-8859-6', true), { charset: 'utf-8', evidence: 'bom', bomLength: 3 });
  assert.equal(detectCharset(new Uint8Array([0xff, 0xfe, 0x41, 0]), null, false).charset, 'utf-16le');
});

test('the HTTP charset comes before the <meta> charset', () => {
  const bytes = ascii('<html><head><meta charset="windows-1256"></head></html>');
  assert.deepEqual(detectCharset(bytes, 'text/html; charset="ISO-8859-6"', true), { charset: 'iso-8859-6', evidence: 'content-type', bomLength: 0 });
  assert.equal(detectCharset(bytes, 'text/html', true).charset, 'windows-1256');
});

test('content-type and meta labels are mapped to decoder names', () => {
  const table: Array<[string | null, string | null]> = [
    ['text/html; charset=UTF-8', 'utf-8'],
    ['text/html;charset=cp1256', 'windows-1256'],
    ['text/plain; charset=arabic', 'iso-8859-6'],
    ['text/html', null],
    ['text/html; charset=no-such-thing', null],
    [null, null],
  ];
  for (const [ct, want] of table) assert.equal(charsetFromContentType(ct), want, String(ct));
  assert.equal(charsetFromMeta(ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')), 'windows-1256');
  assert.equal(charsetFromMeta(ascii("<META CHARSET='iso-8859-6'>")), 'iso-8859-6');
  // A page cannot declare UTF-16 in ASCII bytes: the HTML standard reads that as UTF-8.
  assert.equal(charsetFromMeta(ascii('<meta charset="utf-16">')), 'utf-8');
});

test('a few stray bytes in UTF-8 stay UTF-8; a legacy page is sniffed', () => {
  const damaged = new Uint8Array([...new TextEncoder().encode('Hezbollah — الحشد الشعبي — Nujaba '), 0xff, ...ascii(' end')]);
  assert.deepEqual(utf8Census(damaged).invalid, 1);
  assert.equal(detectCharset(damaged, null, false).charset, 'utf-8');
  const legacy = readFileSync(join(fixtures, 'arabic-undeclared-1256.txt'));
  const guess = detectCharset(legacy, 'text/plain', false);
  assert.equal(guess.charset, 'windows-1256');
  assert.equal(guess.evidence, 'sniffed');
});

test('declared windows-1256 and ISO-8859-6 pages decode to the same Arabic', () => {
  const a = readFileSync(join(fixtures, 'arabic-windows-1256.html'));
  const b = readFileSync(join(fixtures, 'arabic-iso-8859-6.html'));
  const ga = detectCharset(a, null, true);
  const gb = detectCharset(b, null, true);
  assert.deepEqual([ga.charset, ga.evidence, gb.charset, gb.evidence], ['windows-1256', 'meta', 'iso-8859-6', 'meta']);
  const text = (bytes: Uint8Array, cs: string) => new TextDecoder(cs).decode(bytes).replace(/<[^>]+>/g, '').replace(/windows-1256|iso-8859-6/g, '');
  assert.equal(text(a, ga.charset), text(b, gb.charset));
  assert.match(text(a, ga.charset), /فصيل مسلح يهدد/);
});
