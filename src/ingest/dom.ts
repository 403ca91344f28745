/**
 * The few DOM members the HTML reader uses, so that the reader is typed
 * without the browser's DOM library; linkedom provides them.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export function parseDocument(html: string): DomDocument {
  // linkedom's types lean on the browser DOM library, which this project does not load.
  const window = parseHTML(html) as unknown as { document: DomDocument };
  return window.document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Text of an element with white space folded. */
export function textOf(node: DomNode | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
