/** What a reader (text or HTML) makes of a page: the body, and the parts metadata is read from. */

export interface PageReading {
  /** Article paragraphs, separated by blank lines. */
  body: string;
  /** Units before the article (headline, dateline, byline, outlet, menus), in page order. */
  header: string[];
  /** Units classified as furniture anywhere on the page (footers, blurbs, copyright lines). */
  furniture: string[];
  /** Photo captions and credits: they name agencies, not the publisher. */
  captions: string[];
  /** Metadata the page declares in markup (HTML only). */
  declared: DeclaredMeta;
}

/** Metadata an HTML page states in JSON-LD, Open Graph or <meta> tags. */
export interface DeclaredMeta {
  title: string | null;
  /** <title> text, before the " | Outlet" suffix is removed. */
  documentTitle: string | null;
  published: string | null;
  authors: string[];
  publisher: string | null;
  siteName: string | null;
  url: string | null;
  /** Visible byline text (Readability's or a rel=author / .byline element). */
  byline: string | null;
}

export function emptyDeclared(): DeclaredMeta {
  return { title: null, documentTitle: null, published: null, authors: [], publisher: null, siteName: null, url: null, byline: null };
}
