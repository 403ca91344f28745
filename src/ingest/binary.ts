/**
 * Refusing input that is not text: known binary formats by their magic
 * bytes, and anything with NUL bytes or many control characters.
 */
import { IngestError } from '../core/errors.js';

const magic: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an executable', [0x4d, 0x5a]],
];

const SAMPLE = 8192;

/**
 * Throws IngestError('BINARY_INPUT') when the bytes are not text. UTF-16
 * with a byte-order mark is text even though half its bytes are NUL.
 */
export function refuseBinary(bytes: Uint8Array, name: string): void {
  for (const [what, sig] of magic) {
    if (sig.every((b, i) => bytes[i] === b)) throw new IngestError('BINARY_INPUT', `binary input (${what}), not text: ${name}`);
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  // An indexed loop: the iterator over the typed array cost more than the test, on every document.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) throw new IngestError('BINARY_INPUT', `binary input (NUL bytes), not text: ${name}`);
    // Tab, line feed, form feed, carriage return and escape occur in text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new IngestError('BINARY_INPUT', `binary input (${Math.round((100 * control) / sample.length)}% control bytes), not text: ${name}`);
  }
}
