// The Markdown syntax-tree pieces the changelog and upgrade renderers build their output
// from, and the one way both serialise it, so upstream text is escaped by the library.
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
export const paragraph = (content: PhrasingContent[]): RootContent => ({ type: 'paragraph', children: content });
export const list = (lines: PhrasingContent[][]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: lines.map((line): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: line }] })),
});

/** The document as Markdown: `-` bullets, one space after them, GFM escaping. */
export function serialiseMarkdown(children: RootContent[]): string {
  return toMarkdown({ type: 'root', children } satisfies Root, { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one' });
}
