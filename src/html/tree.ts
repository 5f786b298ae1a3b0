// A flat, read-only copy of the parsed page: every node gets an index in document order, and a subtree is the
// index range [i, end[i]]. Everything after parsing works on these arrays, bottom-up passes run backwards over
// them, and nothing recurses, so a page nested 10,000 deep costs no more than a flat one.
import { parseHTML } from 'linkedom';

/** The part of a linkedom node this module reads (the project compiles without the DOM lib). */
export interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly nodeValue: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
}

export interface DomDocument {
  readonly documentElement: DomNode | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Tags whose content is never text of the page. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'option', 'button', 'input', 'map', 'audio', 'video', 'source', 'picture']);

export const TEXT_TAG = '#text';

export interface Tree {
  readonly size: number;
  /** Lower-case tag, or '#text'. */
  readonly tag: string[];
  /** Text of a text node as in the page (whitespace not collapsed), '' for elements. */
  readonly text: string[];
  /** Lower-case "class id" of an element, '' for text. */
  readonly names: string[];
  readonly parent: Int32Array;
  /** Index of the last node of the subtree (inclusive). */
  readonly end: Int32Array;
  readonly depth: Int32Array;
  /** The linkedom element behind each index, for attribute reads. */
  readonly dom: DomNode[];
}

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export function attr(tree: Tree, i: number, name: string): string | null {
  const node = tree.dom[i];
  return node?.getAttribute ? node.getAttribute(name) : null;
}

/** Flattens the element into a Tree, skipping script-like subtrees. */
export function buildTree(root: DomNode): Tree {
  const tag: string[] = [];
  const text: string[] = [];
  const names: string[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const dom: DomNode[] = [];
  const ends: number[] = [];
  const open: number[] = [];

  const push = (node: DomNode, t: string, txt: string, nm: string): number => {
    const i = tag.length;
    tag.push(t);
    text.push(txt);
    names.push(nm);
    parents.push(open.length ? open[open.length - 1]! : -1);
    depths.push(open.length);
    dom.push(node);
    ends.push(i);
    return i;
  };

  let node: DomNode | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      const t = (node.localName ?? '').toLowerCase();
      if (!SKIPPED_TAGS.has(t)) {
        const nm = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`.toLowerCase();
        const i = push(node, t, '', nm);
        if (node.firstChild) {
          open.push(i);
          descend = true;
        }
      }
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? '';
      if (value.length) push(node, TEXT_TAG, value, '');
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // climb until a node has a next sibling, closing the elements we leave
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      const i = open.pop();
      if (i !== undefined) ends[i] = tag.length - 1;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  while (open.length) ends[open.pop()!] = tag.length - 1;

  return {
    size: tag.length,
    tag,
    text,
    names,
    parent: Int32Array.from(parents),
    end: Int32Array.from(ends),
    depth: Int32Array.from(depths),
    dom,
  };
}
