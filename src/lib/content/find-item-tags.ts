import { scanMdx } from './scan-mdx.ts';

export interface ItemTag {
  ref: string;
  /** 1-based line within the text searched. */
  line: number;
}

/**
 * Finds every `<Item ref="…" />` an issue body places, in order. A body that does
 * not parse has none; the MDX compiler reports the syntax error itself.
 */
export function findItemTags(body: string): ItemTag[] {
  const scan = scanMdx(body);
  if (!scan.ok) return [];
  return scan.tags.filter((tag) => tag.name === 'Item' && tag.attributes.ref !== undefined).map((tag) => ({ ref: tag.attributes.ref!, line: tag.line }));
}
