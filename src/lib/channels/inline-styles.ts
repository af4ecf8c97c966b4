import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import juice from 'juice';
import { CHANNEL_CSS } from './channel-css.ts';
import { stripSiteAttributes } from './portable-tree.ts';

/** Writes `css` into style attributes with juice, then drops every class and id; `document` for a whole page. */
export function inlineStyles(html: string, css = CHANNEL_CSS, { document = false } = {}): string {
  const inlined = juice.inlineContent(html, css, { applyWidthAttributes: false, applyHeightAttributes: false, applyAttributesTableElements: false });
  const tree = fromHtml(inlined, { fragment: !document });
  stripSiteAttributes(tree);
  return toHtml(tree);
}
