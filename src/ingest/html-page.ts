/**
 * The HTML reader: the article found by Readability (run over linkedom),
 * or, when Readability finds none, the page's blocks with menus and link
 * lists removed by link density; then the same furniture rules as text.
 */
import { Readability } from '@mozilla/readability';
import { parseDocument, textOf, type DomDocument, type DomElement } from './dom.js';
import { blocksOf } from './html-blocks.js';
import { declaredMeta } from './html-meta.js';
import type { PageLexicon } from './lexicon.js';
import type { PageReading } from './page-reading.js';
import { classifyUnits } from './text-page.js';

/** Below this many characters Readability's article is taken as a miss. */
const MIN_ARTICLE_CHARS = 140;

const chrome = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'FIGCAPTION']);

export function readHtmlPage(html: string, lex: PageLexicon): PageReading {
  const doc = parseDocument(html);
  const declared = declaredMeta(doc);
  const footer = Array.from(doc.querySelectorAll('footer, [class*="copyright"], [id*="copyright"]')).map((el) => textOf(el)).filter(Boolean);
  // Readability changes the tree it reads: the fallback works on a fresh parse.
  const article = readabilityArticle(parseDocument(html));
  declared.byline ??= article?.byline ?? null;
  declared.siteName ??= article?.siteName ?? null;

  let reading: PageReading;
  if (article && textOf(article.content).length >= MIN_ARTICLE_CHARS) {
    reading = classifyUnits(blocksOf(article.content, { skip: new Set(['FIGCAPTION']) }), lex, { hasHeader: false });
  } else {
    const body = doc.body ?? doc.documentElement;
    const blocks = body ? blocksOf(body, { skip: chrome }).filter((b) => b.linkDensity < 0.5) : [];
    reading = classifyUnits(blocks, lex, { hasHeader: true });
  }
  reading.body = dropTitleLine(reading.body, declared.title);
  reading.furniture.push(...footer);
  reading.declared = declared;
  return reading;
}

interface ReadabilityArticle {
  content: DomElement;
  byline: string | null;
  siteName: string | null;
}

function readabilityArticle(doc: DomDocument): ReadabilityArticle | null {
  try {
    // Readability is typed against the browser DOM; linkedom's document has the members it uses.
    const reader = new Readability<DomElement>(doc as never, { serializer: (el) => el as unknown as DomElement, charThreshold: 200 });
    const r = reader.parse();
    if (!r?.content) return null;
    return { content: r.content, byline: r.byline?.trim() || null, siteName: r.siteName?.trim() || null };
  } catch {
    // Readability throws on some malformed trees; the density fallback still reads them.
    return null;
  }
}

/** Readability keeps the headline as the article's first heading; the body starts after it. */
function dropTitleLine(body: string, title: string | null): string {
  if (!title) return body;
  const [first, ...rest] = body.split('\n\n');
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return first !== undefined && fold(first) === fold(title) ? rest.join('\n\n') : body;
}
