/**
 * Metadata an HTML page declares: JSON-LD (NewsArticle and kin), Open
 * Graph and article:* properties, <meta name=...> tags, <title>, canonical
 * link, and the visible byline element.
 */
import { textOf, type DomDocument, type DomElement } from './dom.js';
import { emptyDeclared, type DeclaredMeta } from './page-reading.js';

const articleTypes = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting|SocialMediaPosting|WebPage)$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function asObject(v: Json | undefined): Record<string, Json> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

/** A name out of a string, {name}, or a list of them. */
function namesOf(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(namesOf);
  const o = asObject(v);
  if (o && typeof o.name === 'string') return [o.name];
  return [];
}

function firstString(...vs: Array<Json | undefined>): string | null {
  for (const v of vs) {
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim()) return v[0].trim();
  }
  return null;
}

/** Every object in the JSON-LD blocks, @graph and nested lists flattened. */
function jsonLdObjects(doc: DomDocument): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    const o = asObject(v);
    if (!o) return;
    out.push(o);
    if (o['@graph'] !== undefined) visit(o['@graph']);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken JSON-LD block is common and tells us nothing; the other sources remain.
    }
  }
  return out;
}

function typeMatches(o: Record<string, Json>): number {
  const types = ([] as Json[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => articleTypes.test(t) && t !== 'WebPage')) return 2;
  return types.includes('WebPage') ? 1 : 0;
}

/** The page's <meta> tags, in document order, with the three attributes that name them. */
interface MetaTag {
  el: DomElement;
  property: string | null;
  name: string | null;
  itemprop: string | null;
}

/**
 * The first tag named `key` (by property, name or itemprop) with content, for each key in turn.
 * The tags are collected once per page: a selector per key compiled per query cost more than the rest of the reader.
 */
function metaContent(tags: readonly MetaTag[], keys: string[]): string | null {
  for (const key of keys) {
    const tag = tags.find((t) => t.property === key || t.name === key || t.itemprop === key);
    const v = tag?.el.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function metaTags(doc: DomDocument): MetaTag[] {
  return Array.from(doc.querySelectorAll('meta'), (el) => ({
    el, property: el.getAttribute('property'), name: el.getAttribute('name'), itemprop: el.getAttribute('itemprop'),
  }));
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export function declaredMeta(doc: DomDocument): DeclaredMeta {
  const meta = emptyDeclared();
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc).map((o) => ({ o, rank: typeMatches(o) })).filter((x) => x.rank > 0).sort((a, b) => b.rank - a.rank);
  const article = ld[0]?.o ?? null;
  if (article) {
    meta.title = firstString(article.headline, article.name);
    meta.published = firstString(article.datePublished, article.dateCreated, article.uploadDate);
    meta.authors = namesOf(article.author).map((n) => n.trim()).filter((n) => n && !isUrl(n));
    meta.publisher = namesOf(article.publisher)[0]?.trim() || null;
    meta.url = firstString(article.url, asObject(article.mainEntityOfPage)?.['@id']);
  }
  meta.title ??= metaContent(tags, ['og:title', 'twitter:title', 'headline', 'dc.title']);
  meta.published ??= metaContent(tags, [
    'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
    'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date',
  ]) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  if (meta.authors.length === 0) {
    const a = metaContent(tags, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']);
    if (a && !isUrl(a)) meta.authors = [a];
  }
  meta.siteName = metaContent(tags, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']);
  meta.url ??= doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(tags, ['og:url']);
  meta.documentTitle = textOf(doc.querySelector('title')) || null;
  meta.title ??= textOf(doc.querySelector('h1')) || null;
  const byline = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name, .article-author, .author');
  meta.byline = textOf(byline) || null;
  return meta;
}
