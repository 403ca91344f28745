/**
 * The HTML reader: the article found by Readability (run over linkedom),
 * or, when Readability finds none, the page's blocks with menus and link
 * lists removed by link density; then the same furniture rules as text.
 */
import { Readability } from '@mozilla/readability';
import { isElement, parseDocument, textOf, type DomDocument, type DomElement } from './dom.js';
import { IngestError } from '../core/errors.js';
import { blocksOf } from './html-blocks.js';
import { htmlNestingDepth } from './html-depth.js';
import { declaredMeta } from './html-meta.js';
import type { PageLexicon } from './lexicon.js';
import type { PageReading } from './page-reading.js';
import { classifyUnits } from './text-page.js';

/** Below this many characters Readability's article is taken as a miss. */
const MIN_ARTICLE_CHARS = 140;

const chrome = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'FIGCAPTION']);

/**
 * Readability's time grows with the cube of the tree's depth (1,000 nested
 * divs take seconds, 50,000 never end) and with the number of elements.
 * Real articles nest a few dozen levels; deeper or larger trees are hostile
 * or broken, and the linear block reader handles them instead.
 */
const READABILITY_MAX_DEPTH = 160;
const READABILITY_MAX_ELEMENTS = 40_000;

/** True when the tree is small and shallow enough for Readability; walks it once, without recursion. */
function fitsReadability(root: DomElement | null): boolean {
  if (!root) return false;
  const stack: Array<{ node: DomElement; depth: number }> = [{ node: root, depth: 1 }];
  let elements = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (++elements > READABILITY_MAX_ELEMENTS || item.depth > READABILITY_MAX_DEPTH) return false;
    const children = item.node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (isElement(child)) stack.push({ node: child, depth: item.depth + 1 });
    }
  }
  return true;
}

/** Deeper than this the page is refused before parsing (see html-depth.ts); real pages nest a few dozen levels. */
export const MAX_HTML_DEPTH = 1000;

export function readHtmlPage(html: string, lex: PageLexicon): PageReading {
  if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new IngestError('PARSE_FAILED', `the HTML nests elements more than ${MAX_HTML_DEPTH} deep; refused as malformed or hostile`);
  }
  const doc = parseDocument(html);
  const declared = declaredMeta(doc);
  const footer = Array.from(doc.querySelectorAll('footer, [class*="copyright"], [id*="copyright"]')).map((el) => textOf(el)).filter(Boolean);
  // Everything read from the untouched tree is read above: Readability changes the tree it
  // reads, so it takes this parse, and only the fallback (rare) pays for a fresh one.
  const fits = fitsReadability(doc.documentElement);
  const article = fits ? readabilityArticle(doc) : null;
  declared.byline ??= article?.byline ?? null;
  declared.siteName ??= article?.siteName ?? null;

  let reading: PageReading;
  if (article && textOf(article.content).length >= MIN_ARTICLE_CHARS) {
    reading = classifyUnits(blocksOf(article.content, { skip: new Set(['FIGCAPTION']) }), lex, { hasHeader: false });
  } else {
    const fresh = fits ? parseDocument(html) : doc;
    const body = fresh.body ?? fresh.documentElement;
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
