import GithubSlugger from 'github-slugger';
import { remember } from './remember.ts';
import { scanMdx } from './scan-mdx.ts';

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
  // A body that does not parse has no sections; the MDX compiler reports the error itself.
  const scan = scanMdx(body);
  if (!scan.ok) return new Map();
  const slugger = new GithubSlugger();
  const groups: Array<{ section: ItemSection | null; refs: string[] }> = [{ section: null, refs: [] }];
  for (const entry of scan.outline) {
    if ('heading' in entry) groups.push({ section: { text: entry.heading, id: slugger.slug(entry.heading) }, refs: [] });
    else groups.at(-1)!.refs.push(entry.item);
  }
  return new Map(groups.filter((group) => group.section && group.refs.length === 1).map((group) => [group.refs[0]!, group.section!]));
}
