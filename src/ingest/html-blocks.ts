/**
 * Cutting a DOM subtree into text blocks: one unit per paragraph, heading,
 * list item or line break, with the share of each block's text that sits
 * inside links (menus and link lists are nearly all links).
 */
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import type { Unit } from './units.js';

export interface Block extends Unit {
  linkDensity: number;
}

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text of the article. */
const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE']);

export interface BlockOptions {
  /** Tags whose whole subtree is left out (page chrome, captions). */
  skip?: ReadonlySet<string>;
}

export function blocksOf(root: DomElement, options: BlockOptions = {}): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) {
      const links = Math.min(linkChars, t.length);
      blocks.push({ text: t, start: 0, end: t.length, blankBefore: 1, linkDensity: t.length ? links / t.length : 0 });
    }
    text = '';
    linkChars = 0;
  };
  const walk = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      text += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').length;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (skipTags.has(tag) || options.skip?.has(tag)) return;
    if (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') return;
    const block = blockTags.has(tag);
    if (block) flush();
    const link = inLink || tag === 'A';
    for (const child of Array.from(node.childNodes)) walk(child, link);
    if (block) flush();
    else if (tag === 'IMG') text += ' ';
  };
  walk(root, false);
  flush();
  return blocks;
}
