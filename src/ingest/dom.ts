/**
 * The few DOM members the HTML reader uses, so that the reader is typed
 * without the browser's DOM library; linkedom provides them.
 */
import { parseHTML } from 'linkedom';
import { IngestError } from '../core/errors.js';

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
  const parse = (source: string) => {
    try {
      // linkedom's types lean on the browser DOM library, which this project does not load.
      return (parseHTML(source) as unknown as { document: DomDocument }).document;
    } catch (err) {
      throw new IngestError('PARSE_FAILED', `cannot parse the HTML: ${(err as Error).message.split('\n')[0]}`, { cause: err });
    }
  };
  const doc = parse(html);
  // A fragment without an element at the top leaves linkedom without a root; give it one.
  return doc.documentElement ? doc : parse(`<!DOCTYPE html><html><body>${html}</body></html>`);
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Text of an element with white space folded. */
export function textOf(node: DomNode | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
