// Adjusts an upstream body's HTML to sit inside a change page: its headings are
// re-levelled to start at h3 under the page's h2 and never skip a level, relative links point at the repository
// on GitHub rather than at this site, images become links, so reading a page
// never loads a third party's image (GitHub proxies them; a static site cannot), and
// code blocks left empty (a PR template's unfilled ```docs block) are dropped.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { LOCALES } from '#lib/i18n/locales.ts';

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|#)/i;
/** Links this site made itself (references resolved to change pages). */
const OWN_PAGE = new RegExp(`^/(?:${LOCALES.join('|')})/`);

/**
 * Heading levels for a body placed under an h`top - 1`: the body's highest heading
 * becomes h`top`, the others keep their distance from it, but none goes more than one
 * level below the heading before it (GitHub templates often start at `####`).
 */
export function relevelHeadings(levels: readonly number[], top: number): number[] {
  const highest = Math.min(...levels);
  let previous = top - 1;
  return levels.map((level) => (previous = Math.min(6, top + level - highest, previous + 1)));
}

export function rehypeUpstreamBody(options: { repo: string }) {
  const base = `https://github.com/${options.repo}/blob/HEAD/`;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined || toString(node).trim()) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName)) headings.push(node);
    });
    const levels = relevelHeadings(headings.map((node) => Number(node.tagName[1])), 3);
    headings.forEach((node, index) => (node.tagName = `h${levels[index]}`));
    visit(tree, 'element', (node: Element, index, parent) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href && !ABSOLUTE.test(href) && !OWN_PAGE.test(href)) {
        // As on GitHub: `docs/x.md` is relative to the repository, `/owner/repo` to github.com.
        node.properties.href = URL.canParse(href, base) ? new URL(href, base).href : base;
      }
      if (node.tagName === 'img' && parent && index !== undefined) {
        const src = typeof node.properties.src === 'string' ? node.properties.src : '';
        const alt = typeof node.properties.alt === 'string' && node.properties.alt ? node.properties.alt : src;
        parent.children[index] = { type: 'element', tagName: 'a', properties: { href: URL.canParse(src, base) ? new URL(src, base).href : base }, children: [{ type: 'text', value: `[image: ${alt}]` }] };
      }
    });
  };
}

/**
 * After sanitizing: the sanitizer prefixes every id with `user-content-` (so a body
 * cannot clobber the page's own ids) but leaves `#fragment` links as written. Point
 * each fragment link at the prefixed id when there is one, so footnotes work.
 */
export function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(`user-content-${href.slice(1)}`)) {
        node.properties.href = `#user-content-${href.slice(1)}`;
      }
    });
  };
}
