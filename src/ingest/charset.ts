/**
 * Which encoding a document's bytes are in: a byte-order mark, then the
 * charset the HTTP Content-Type names, then the page's own <meta> charset,
 * then valid UTF-8, then a statistical guess (chardet).
 */
import chardet from 'chardet';

export type CharsetEvidence = 'bom' | 'content-type' | 'meta' | 'utf-8' | 'sniffed' | 'default';

export interface CharsetGuess {
  /** WHATWG encoding label accepted by TextDecoder. */
  charset: string;
  evidence: CharsetEvidence;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** TextDecoder labels for the names chardet and pages use. */
function decoderLabel(name: string): string | null {
  const label = name.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (label === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1] ? decoderLabel(m[1]) : null;
}

/** <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">, in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const direct = head.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  const label = direct?.[1] ? decoderLabel(direct[1]) : null;
  // A page saved as UTF-16 cannot declare itself in ASCII; a declared UTF-16 means UTF-8 (HTML spec).
  if (label === 'utf-16le' || label === 'utf-16be') return 'utf-8';
  return label;
}

function bomOf(bytes: Uint8Array): CharsetGuess | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', evidence: 'bom', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', evidence: 'bom', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', evidence: 'bom', bomLength: 2 };
  return null;
}

export interface Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalid: number;
}

/** Counts well-formed multi-byte sequences and stray bytes, to tell damaged UTF-8 from a legacy encoding. */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) { multibyte++; i += need + 1; } else { invalid++; i++; }
  }
  return { multibyte, invalid };
}

export function detectCharset(bytes: Uint8Array, contentType: string | null, isHtml: boolean): CharsetGuess {
  const bom = bomOf(bytes);
  if (bom) return bom;
  const declared = charsetFromContentType(contentType);
  if (declared) return { charset: declared, evidence: 'content-type', bomLength: 0 };
  if (isHtml) {
    const meta = charsetFromMeta(bytes);
    if (meta) return { charset: meta, evidence: 'meta', bomLength: 0 };
  }
  const census = utf8Census(bytes);
  // Mostly well-formed UTF-8, or ASCII with a rare stray byte, is damaged UTF-8; legacy
  // Arabic or Cyrillic pages have a high byte in nearly every word.
  if (census.invalid === 0 || census.multibyte >= census.invalid * 4 || census.invalid / bytes.length < 0.02) {
    return { charset: 'utf-8', evidence: 'utf-8', bomLength: 0 };
  }
  const sniffed = chardet.analyse(bytes.subarray(0, 65536)).map((c) => decoderLabel(c.name)).find((l): l is string => l !== null && !l.startsWith('utf-'));
  if (sniffed) return { charset: sniffed, evidence: 'sniffed', bomLength: 0 };
  return { charset: 'windows-1252', evidence: 'default', bomLength: 0 };
}
