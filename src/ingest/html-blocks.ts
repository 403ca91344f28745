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
  // An explicit stack, not recursion: hostile pages nest tens of thousands of elements deep.
  type Step = { node: DomNode; inLink: boolean } | { leave: string };
  const stack: Step[] = [{ node: root, inLink: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('leave' in step) {
      if (blockTags.has(step.leave)) flush();
      else if (step.leave === 'IMG') text += ' ';
      continue;
    }
    const { node, inLink } = step;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      text += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (skipTags.has(tag) || options.skip?.has(tag)) continue;
    if (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') continue;
    if (blockTags.has(tag)) flush();
    const link = inLink || tag === 'A';
    stack.push({ leave: tag });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink: link });
  }
  flush();
  return blocks;
}
