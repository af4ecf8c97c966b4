import type { PhrasingContent, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { parseMdx } from '#lib/content/parse-mdx.ts';


/** `export …` or `import …` at the start of a paragraph would be read as JavaScript: escape its first letter. */
export const ESM_LOOKALIKES = [
  { atBreak: true, character: 'e', after: 'xport\\b' },
  { atBreak: true, character: 'i', after: 'mport\\b' },
];

/**
 * Inline content that shows `value` exactly as written. Escaping covers MDX and
 * Markdown syntax, but GFM turns URL-like text (`https://…`, `www.…`, emails)
 * into links after escapes are resolved; those stretches become inline code,
 * which keeps every character and links nothing. The parser that would link
 * them is the one that finds them.
 */
export function literalText(value: string): PhrasingContent[] {
  const escaped = toMarkdown({ type: 'paragraph', children: [{ type: 'text', value }] }, {
    extensions: [gfmToMarkdown(), mdxToMarkdown(), { unsafe: ESM_LOOKALIKES }],
  });
  const tree = parseMdx(escaped);
  const out: PhrasingContent[] = [];
  const paragraph = tree.children[0];
  if (tree.children.length === 1 && paragraph?.type === 'paragraph') {
    for (const child of paragraph.children) {
      if (child.type === 'text') out.push({ type: 'text', value: child.value });
      else if (child.type === 'link') out.push({ type: 'inlineCode', value: textOf(child) });
      else return [{ type: 'inlineCode', value }];
    }
  }
  const shown = out.map((node) => (node as { value: string }).value).join('');
  // Anything unexpected (a line break, a stray construct): show it all as code.
  return shown === value ? out : [{ type: 'inlineCode', value }];
}

function textOf(node: PhrasingContent): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}
