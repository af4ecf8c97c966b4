import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from './parse-mdx.ts';
import { remember } from './remember.ts';

export interface ItemSection {
  /** The heading's text, as the reader sees it. */
  text: string;
  /** Its id on the issue page, as rehype-slug makes it (GitHub's slugs, in document order). */
  id: string;
}

/**
 * For each `<Item ref>` an issue body places, the section written about it alone:
 * the nearest heading above the card, when no other card sits under that heading
 * (a section such as "Other news" that holds four releases names none of them).
 */
export function itemSections(body: string): Map<string, ItemSection> {
  return remember(SECTIONS, body, () => sectionsOf(body));
}

const SECTIONS = new Map<string, Map<string, ItemSection>>();

function sectionsOf(body: string): Map<string, ItemSection> {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch {
    return new Map(); // the MDX compiler reports the syntax error itself
  }
  const slugger = new GithubSlugger();
  const groups: Array<{ section: ItemSection | null; refs: string[] }> = [{ section: null, refs: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node as Heading).trim();
      groups.push({ section: { text, id: slugger.slug(text) }, refs: [] });
    } else if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Item') {
      const ref = (node as MdxJsxFlowElement).attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'ref')?.value;
      if (typeof ref === 'string') groups.at(-1)!.refs.push(ref);
    }
  }
  return new Map(groups.filter((group) => group.section && group.refs.length === 1).map((group) => [group.refs[0]!, group.section!]));
}
