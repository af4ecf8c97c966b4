import type { Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster'] as const;

/**
 * Rewrites relative addresses in an HTML fragment against `base`, for feed readers,
 * which show item content away from the site; `also` transforms the tree on the way.
 */
export async function absolutizeHtml(html: string, base: URL, also: (tree: Root) => void = () => {}): Promise<string> {
  const file = await rehype()
    .data('settings', { fragment: true })
    .use(() => also)
    .use(() => (tree) => {
      visit(tree, 'element', (node: { properties?: Record<string, unknown> }) => {
        for (const name of URL_ATTRIBUTES) {
          const value = node.properties?.[name];
          if (typeof value !== 'string' || value.startsWith('#') || !URL.canParse(value, base)) continue;
          node.properties![name] = new URL(value, base).href;
        }
      });
    })
    .process(html);
  return String(file);
}
