/**
 * The decode stage: bytes to a string, with the encoding found (charset.ts),
 * binary and empty input refused, and the format told apart (HTML or text).
 */
import type { Stage } from '../core/stage.js';
import { warn } from '../core/stage.js';
import { IngestError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { refuseBinary } from './binary.js';
import { detectCharset } from './charset.js';

/** HTML when the MIME type says so, or when the first bytes open an HTML document. */
export function looksLikeHtml(contentType: string | null, head: string): boolean {
  if (contentType && /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) return true;
  if (contentType && /\btext\/plain\b/i.test(contentType) && !/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return false;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head)
    || (/<(?:p|div|article|title|meta)[\s>]/i.test(head) && /<\/(?:p|div|article|title|head)>/i.test(head));
}

export const decodeStage: Stage<unknown> = {
  name: 'decode',
  run(doc: Doc): void {
    const { bytes, name, contentType } = doc.input;
    if (bytes.length === 0) throw new IngestError('EMPTY_INPUT', `empty input: ${name}`);
    refuseBinary(bytes, name);
    const asciiHead = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const html = looksLikeHtml(contentType, asciiHead.replace(/\u0000/g, ''));
    const guess = detectCharset(bytes, contentType, html);
    let text: string;
    try {
      text = new TextDecoder(guess.charset).decode(bytes.subarray(guess.bomLength));
    } catch (err) {
      throw new IngestError('DECODE_FAILED', `cannot decode ${name} as ${guess.charset}`, { cause: err });
    }
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    if (replaced > 0) warn(doc, 'decode', `${replaced} byte sequence(s) invalid in ${guess.charset} replaced with U+FFFD`);
    if (guess.evidence === 'sniffed' || guess.evidence === 'default') warn(doc, 'decode', `no charset declared; decoded as ${guess.charset} (${guess.evidence})`);
    if (text.trim().length === 0) throw new IngestError('EMPTY_INPUT', `no text in input (only white space): ${name}`);
    doc.decoded = text;
    doc.charset = guess.charset;
    // UTF-16 pages can only be recognised as HTML after decoding.
    doc.format = html || (guess.charset.startsWith('utf-16') && looksLikeHtml(contentType, text.slice(0, 2048))) ? 'html' : 'text';
  },
};
