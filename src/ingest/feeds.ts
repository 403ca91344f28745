/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a FeedItem, and
 * a FeedItem becomes a RawInput whose metadata travels as `hints`. One bad
 * item is reported and skipped; the rest of the feed is still read.
 */
import { createHash } from 'node:crypto';
import { IngestError } from '../core/errors.js';
import type { DocumentMeta, RawInput } from '../core/types.js';
import { decodeFeedBytes, decodeXmlText, parseFeedXml } from './feeds-xml.js';

export interface FeedItem {
  /** Stable identity of the item within its feed: guid/id, else link, else a hash of title and date. */
  key: string;
  title: string | null;
  /** Absolute URL of the article, when the item links to one. */
  link: string | null;
  /** The date as the feed wrote it. */
  publishedRaw: string | null;
  /** YYYY-MM-DD in the feed's own time zone, or null. */
  published: string | null;
  author: string | null;
  /** The fullest body the feed carries (content:encoded / content, else description / summary), as HTML. */
  html: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  items: FeedItem[];
  /** Items that could not be read, one line each. */
  problems: string[];
}

type Node = Record<string, unknown>;

function asNode(v: unknown): Node | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
}

function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of an element that may be a plain string or an object with #text and attributes. */
function text(v: unknown): string | null {
  const first = list(v)[0];
  if (typeof first === 'string') return decodeXmlText(first) || null;
  if (typeof first === 'number') return String(first);
  const node = asNode(first);
  if (node && typeof node['#text'] === 'string') return decodeXmlText(node['#text']) || null;
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const months: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * The calendar date a feed timestamp names, in the time zone it was written
 * in: "Tue, 31 Oct 2023 23:30:00 -0500" is 31 October, not 1 November UTC.
 */
export function feedDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // RFC 822 / 2822: "Wed, 1 Nov 2023 10:00:00 GMT"; two-digit years are 20xx.
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})/.exec(s);
  const month = rfc ? months[rfc[2]!.toLowerCase()] : undefined;
  if (rfc && month) {
    const year = rfc[3]!.length === 2 ? `20${rfc[3]}` : rfc[3]!;
    return `${year}-${month}-${rfc[1]!.padStart(2, '0')}`;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function itemKey(id: string | null, link: string | null, title: string | null, date: string | null): string | null {
  if (id) return id;
  if (link) return link;
  if (!title && !date) return null;
  return 'sha256:' + createHash('sha256').update(`${title ?? ''}\n${date ?? ''}`).digest('hex').slice(0, 32);
}

function rssItem(node: Node, base: string): FeedItem | string {
  const title = text(node.title);
  const link = absolute(text(node.link), base);
  const guidNode = list(node.guid)[0];
  const guid = text(guidNode);
  // A permalink guid doubles as the link when <link> is missing.
  const guidIsLink = asNode(guidNode)?.['@_isPermaLink'] !== 'false';
  const url = link ?? (guidIsLink ? absolute(guid, base) : null);
  const publishedRaw = text(node.pubDate) ?? text(node['dc:date']);
  const author = text(node['dc:creator']) ?? text(node.author);
  const html = text(node['content:encoded']) ?? text(node.description);
  const key = itemKey(guid, url, title, publishedRaw);
  if (!key || (!html && !url && !title)) return 'an item with no title, link, id or content';
  return { key, title, link: url, publishedRaw, published: feedDate(publishedRaw), author, html };
}

function atomLink(links: unknown[], base: string): string | null {
  const nodes = links.map(asNode).filter((n): n is Node => n !== null);
  const alternate = nodes.find((n) => (n['@_rel'] ?? 'alternate') === 'alternate') ?? nodes[0];
  const href = alternate?.['@_href'];
  return absolute(typeof href === 'string' ? href : null, base);
}

function atomAuthor(v: unknown): string | null {
  const names = list(v).map((a) => text(asNode(a)?.name) ?? text(a)).filter((n): n is string => !!n);
  return names.length ? names.join(', ') : null;
}

/** An Atom text construct of type html or xhtml holds markup; a title should be plain words. */
function plainText(v: unknown): string | null {
  const raw = text(v);
  const type = asNode(list(v)[0])?.['@_type'];
  if (!raw || (type !== 'html' && type !== 'xhtml')) return raw;
  return decodeXmlText(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() || null;
}

function atomEntry(node: Node, base: string, feedAuthor: string | null): FeedItem | string {
  const title = plainText(node.title);
  const id = text(node.id);
  const link = atomLink(list(node.link), base);
  const publishedRaw = text(node.published) ?? text(node.updated);
  const html = text(node.content) ?? text(node.summary);
  const key = itemKey(id, link, title, publishedRaw);
  if (!key || (!html && !link && !title)) return 'an entry with no title, link, id or content';
  return { key, title, link, publishedRaw, published: feedDate(publishedRaw), author: atomAuthor(node.author) ?? feedAuthor, html };
}

/** Reads a feed; throws IngestError when the whole feed is unreadable (malformed, refused, not a feed). */
export function parseFeed(bytes: Uint8Array, feedUrl: string, contentType: string | null = null): Feed {
  if (bytes.length === 0) throw new IngestError('EMPTY_INPUT', `empty feed: ${feedUrl}`);
  const root = parseFeedXml(decodeFeedBytes(bytes, contentType));
  const problems: string[] = [];
  const collect = <T>(results: Array<T | string>): T[] =>
    results.flatMap((r, i) => {
      if (typeof r === 'string') { problems.push(`item ${i + 1} skipped: ${r}`); return []; }
      return [r];
    });

  const rss = asNode(root.rss);
  if (rss) {
    const channel = asNode(list(rss.channel)[0]);
    if (!channel) throw new IngestError('PARSE_FAILED', `RSS feed without a channel: ${feedUrl}`);
    const base = absolute(text(channel.link), feedUrl) ?? feedUrl;
    const items = list(channel.item).map((i) => { const n = asNode(i); return n ? rssItem(n, base) : 'an item that is not an element'; });
    return { format: 'rss', title: text(channel.title), link: absolute(text(channel.link), feedUrl), items: collect(items), problems };
  }
  const atom = asNode(root.feed);
  if (atom) {
    const base = absolute(typeof atom['@_xml:base'] === 'string' ? atom['@_xml:base'] : null, feedUrl) ?? feedUrl;
    const feedAuthor = atomAuthor(atom.author);
    const items = list(atom.entry).map((e) => { const n = asNode(e); return n ? atomEntry(n, base, feedAuthor) : 'an entry that is not an element'; });
    return { format: 'atom', title: plainText(atom.title), link: atomLink(list(atom.link), feedUrl), items: collect(items), problems };
  }
  const rdf = asNode(root['rdf:RDF']);
  if (rdf) {
    const channel = asNode(list(rdf.channel)[0]);
    const items = list(rdf.item).map((i) => { const n = asNode(i); return n ? rssItem(n, feedUrl) : 'an item that is not an element'; });
    return { format: 'rdf', title: text(channel?.title), link: absolute(text(channel?.link), feedUrl), items: collect(items), problems };
  }
  const top = Object.keys(root).filter((k) => !k.startsWith('?'))[0];
  throw new IngestError('PARSE_FAILED', `not an RSS or Atom feed (root element <${top ?? 'none'}>): ${feedUrl}`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** What the feed says about an item, for the metadata stage to prefer over guessing. */
export function feedItemHints(item: FeedItem, outlet: string | null): Partial<DocumentMeta> {
  const hints: Partial<DocumentMeta> = {};
  if (item.title) hints.title = item.title;
  if (item.published) hints.published = item.published;
  if (item.author) hints.author = item.author;
  if (item.link) hints.url = item.link;
  if (outlet) hints.source = outlet;
  return hints;
}

/**
 * A feed item as a raw input: a small HTML document (title, meta tags and the
 * item's HTML body) so that readers which ignore hints still see the metadata.
 */
export function feedItemToInput(item: FeedItem, feedUrl: string, outlet: string | null): RawInput {
  const head = [
    '<meta charset="utf-8">',
    item.title ? `<title>${escapeHtml(item.title)}</title>` : '',
    item.author ? `<meta name="author" content="${escapeHtml(item.author)}">` : '',
    item.published ? `<meta property="article:published_time" content="${escapeHtml(item.publishedRaw ?? item.published)}">` : '',
    outlet ? `<meta property="og:site_name" content="${escapeHtml(outlet)}">` : '',
    item.link ? `<link rel="canonical" href="${escapeHtml(item.link)}">` : '',
  ].filter(Boolean).join('\n');
  const body = `<article>\n${item.title ? `<h1>${escapeHtml(item.title)}</h1>\n` : ''}${item.html ?? ''}\n</article>`;
  const html = `<!DOCTYPE html>\n<html>\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  return {
    name: item.link ?? item.key,
    bytes: new TextEncoder().encode(html),
    contentType: 'text/html; charset=utf-8',
    origin: feedUrl,
    hints: feedItemHints(item, outlet),
  };
}
