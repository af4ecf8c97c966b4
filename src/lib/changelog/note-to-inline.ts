import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Flattens a Markdown release note into inline content for one list line: block
 * breaks become spaces, code blocks become inline code, and raw HTML becomes
 * literal text, so an upstream note can never inject markup into the changelog.
 */
export function noteToInline(note: string): PhrasingContent[] {
  const tree = parser.parse(note) as Root;
  const out: PhrasingContent[] = [];
  const space = () => {
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
  };
  const visitBlock = (node: RootContent) => {
    if ('children' in node && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')) {
      space();
      out.push(...(node.children as PhrasingContent[]).map(flatten));
    } else if (node.type === 'code') {
      space();
      out.push({ type: 'inlineCode', value: node.value.replace(/\s+/g, ' ') });
    } else if (node.type === 'html') {
      space();
      out.push({ type: 'text', value: node.value.replace(/\s+/g, ' ') });
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) visitBlock(child);
    }
  };
  for (const child of tree.children) visitBlock(child);
  return out;
}

const SAFE_URL = /^(https?:|mailto:|#|\/)/i;

function flatten(node: PhrasingContent): PhrasingContent {
  if (node.type === 'text') return { type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') };
  if (node.type === 'html') return { type: 'text', value: node.value.replace(/\s+/g, ' ') };
  if (node.type === 'break') return { type: 'text', value: ' ' };
  // Images (tracking pixels, say) become their alt text; links keep only web addresses.
  if (node.type === 'image') return { type: 'text', value: node.alt ?? '' };
  if (node.type === 'link' && !SAFE_URL.test(node.url)) return { type: 'text', value: toString(node) };
  if ('children' in node) return { ...node, children: node.children.map(flatten) } as PhrasingContent;
  return node;
}
