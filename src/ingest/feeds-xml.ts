/**
 * Guarded XML parsing for feeds. A feed is untrusted input: a DOCTYPE can
 * declare entities that expand exponentially ("billion laughs") or pull in
 * local files and URLs (external entities). Feeds never need one, so any
 * DOCTYPE or ENTITY declaration is refused before the parser sees the text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from '../core/errors.js';

/**
 * Text elements are kept raw: HTML inside them is not parsed as feed
 * structure, and decodeXmlText then treats CDATA and entities exactly.
 */
const textElements = ['title', 'description', 'content:encoded', 'content', 'summary', 'pubDate', 'published', 'updated',
  'dc:date', 'dc:creator', 'name', 'guid', 'id', 'link'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities are decoded by decodeXmlText, which knows only the predefined five and character references.
  processEntities: false,
  htmlEntities: false,
  stopNodes: textElements.map((n) => `*.${n}`),
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category', 'dc:creator'].includes(name),
});

// Comments and CDATA sections may legitimately contain the text "<!DOCTYPE" (an HTML page inside a CDATA block).
const inertSections = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** Throws when the XML declares a DOCTYPE or entities. */
export function refuseDeclarations(xml: string): void {
  const live = xml.replace(inertSections, '');
  const m = /<!\s*(DOCTYPE|ENTITY)\b/i.exec(live);
  if (m) {
    throw new IngestError('PARSE_FAILED', `refused a feed with a ${m[1]!.toUpperCase()} declaration (entity expansion and external entities are not allowed)`);
  }
}

/** Parses feed XML into plain objects, after the declaration guard and a well-formedness check. */
export function parseFeedXml(xml: string): Record<string, unknown> {
  refuseDeclarations(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError('PARSE_FAILED', `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  }
  try {
    return parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new IngestError('PARSE_FAILED', `malformed XML: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
}

const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return predefined[ref.toLowerCase()] ?? whole;
  });
}

/** Text of an element as the XML means it: CDATA taken literally, entity references decoded elsewhere. */
export function decodeXmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += decodeEntities(raw.slice(last, m.index));
    out += m[1] ?? '';
    last = (m.index ?? 0) + m[0].length;
  }
  return (out + decodeEntities(raw.slice(last))).trim();
}

/** Decodes feed bytes: BOM first, then the XML declaration's encoding, else UTF-8. */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.trimStart())?.[1]
    ?? /charset\s*=\s*"?([A-Za-z0-9._-]+)/i.exec(contentType ?? '')?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall back to UTF-8 rather than refusing the feed.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
