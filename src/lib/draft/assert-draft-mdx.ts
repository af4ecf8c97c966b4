import { visit } from 'unist-util-visit';
import { parseMdx } from '#lib/content/parse-mdx.ts';

/**
 * A last line of defence for generated MDX: it must parse, hold no JavaScript
 * (`import`/`export`), no expressions but comments, exactly the `expected` components,
 * and no raw HTML or links (a draft links nothing; upstream text must stay text).
 * Escaping makes this hold by construction; a failure here is a bug, never a draft.
 */
export function assertDraftMdx(mdx: string, expected: ReadonlyArray<{ name: string; attributes: Record<string, string> }>): void {
  const tree = parseMdx(mdx);
  const allowed = new Set(expected.map((element) => element.name));
  const found: Array<{ name: string; attributes: Record<string, string> }> = [];
  visit(tree, (node) => {
    const fail = (what: string) => {
      throw new Error(`draft: generated MDX holds ${what} at line ${node.position?.start.line}; refusing to write it`);
    };
    if (node.type === 'mdxjsEsm') fail('an import or export');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\/\*[\s\S]*\*\/$/.test(node.value.trim())) fail('an expression');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!allowed.has(node.name ?? '')) fail(`a <${node.name}> element`);
      const attributes = Object.fromEntries(node.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}', attribute.value]));
      found.push({ name: node.name ?? '', attributes: attributes as Record<string, string> });
    }
    if (node.type === 'html') fail('raw HTML');
    if (node.type === 'link' || node.type === 'image') fail(`a ${node.type}`);
  });
  // Attribute values must read back exactly as written (a tag may hold `&` or `"`).
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`draft: generated MDX does not read back as the elements it was built from; refusing to write it`);
  }
}
