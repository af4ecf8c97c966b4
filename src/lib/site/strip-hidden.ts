import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Feed readers show HTML without the site's stylesheet, so what the page hides with
 * CSS or from assistive technology would show as stray text: the `#` after each
 * heading (`aria-hidden`), visually hidden labels such as a card's "PR", and `hidden`
 * elements. They are removed from the tree.
 */
export function stripHidden(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !isHidden(node)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function isHidden(node: Element): boolean {
  const properties: Record<string, unknown> = node.properties ?? {};
  const classes = [properties.className ?? []].flat().map(String);
  return String(properties.ariaHidden) === 'true' || (properties.hidden !== undefined && properties.hidden !== false) || classes.includes('visually-hidden');
}
