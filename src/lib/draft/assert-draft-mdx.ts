import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * A last line of defence for generated MDX: it must parse, hold no JavaScript
 * (`import`/`export`), no expressions but comments, no components but `allowed`,
 * and no raw HTML or links (a draft links nothing; upstream text must stay text).
 * Escaping makes this hold by construction; a failure here is a bug, never a draft.
 */
export function assertDraftMdx(mdx: string, allowed: readonly string[]): void {
  const tree = parser.parse(mdx) as Root;
  visit(tree, (node) => {
    const fail = (what: string) => {
      throw new Error(`draft: generated MDX holds ${what} at line ${node.position?.start.line}; refusing to write it`);
    };
    if (node.type === 'mdxjsEsm') fail('an import or export');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\/\*[\s\S]*\*\/$/.test(node.value.trim())) fail('an expression');
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !allowed.includes(node.name ?? '')) fail(`a <${node.name}> element`);
    if (node.type === 'html') fail('raw HTML');
    if (node.type === 'link' || node.type === 'image') fail(`a ${node.type}`);
  });
}
