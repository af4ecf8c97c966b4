import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** One external address, numbered in order of first appearance. */
export interface Reference {
  number: number;
  url: string;
  /** The text of the first link to it. */
  label: string;
}

export interface LinkReferenceOptions {
  /** Links that may stay links (WeChat keeps only its own articles' links). */
  keep?: (url: URL) => boolean;
  /** What marks the place of reference `n` in the text: `[n]` by default. */
  marker?: (number: number) => ElementContent;
}

/**
 * Replaces every link by its text followed by a reference number, `[1]`, and returns the
 * numbered addresses; a link to the same address twice gets the same number. A link within
 * the page (`#…`) just becomes its text.
 */
export function linkReferences(tree: Root, options: LinkReferenceOptions = {}): Reference[] {
  const references = new Map<string, Reference>();
  const marker = options.marker ?? ((number) => ({ type: 'text', value: `[${number}]` }));
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || parent === undefined || index === undefined) return;
    const href = typeof node.properties.href === 'string' ? node.properties.href : '';
    if (!URL.canParse(href)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    const url = new URL(href);
    if (options.keep?.(url)) return SKIP;
    let reference = references.get(url.href);
    if (!reference) {
      reference = { number: references.size + 1, url: url.href, label: toString(node).replace(/\s+/g, ' ').trim() };
      references.set(url.href, reference);
    }
    parent.children.splice(index, 1, ...node.children, marker(reference.number));
    return [SKIP, index + node.children.length + 1];
  });
  return [...references.values()];
}
