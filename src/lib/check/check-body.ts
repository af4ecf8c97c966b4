import type { ContentProblem } from '#lib/content/content-error.ts';
import { isComponentName } from '#lib/content/mdx-components.ts';
import { compileProblem, scanMdx } from '#lib/content/scan-mdx.ts';
import { internalTarget, isGeneratedAsset } from '#lib/site/site-routes.ts';

export interface BodyContext {
  /** Site path of the page the body renders on, for relative links. */
  pagePath: string;
  routes: ReadonlySet<string>;
  demos: ReadonlySet<string>;
  /** The components the page passes to this kind of content (src/lib/content/mdx-components.ts). */
  components: readonly string[];
  /**
   * Whether a record exists, to check `<Item>` refs; left out for issues, whose cards are
   * checked against their `items` (which must resolve) instead.
   */
  hasRecord?: (ref: string) => boolean;
}

/**
 * Checks an MDX body: it compiles, uses only the components its page provides and no
 * `import`/`export`, its `<Demo>` elements name real demos, and its internal links resolve.
 */
export function checkBody(file: string, body: string, bodyLine: number, context: BodyContext): ContentProblem[] {
  const refused = compileProblem(body, bodyLine - 1);
  if (refused) return [{ file, line: refused.line, message: `MDX does not compile: ${refused.message}` }];
  const scan = scanMdx(body, bodyLine - 1);
  if (!scan.ok) return [{ file, line: scan.line, message: `MDX does not compile: ${scan.message}` }];
  const problems: ContentProblem[] = [];
  const known = context.components.length > 0 ? context.components.join(', ') : 'none on this kind of page';
  for (const line of scan.esm) {
    problems.push({ file, line, message: `\`import\`/\`export\` is not allowed in content: the site provides the components (${known})` });
  }
  for (const tag of scan.tags) {
    if (isComponentName(tag.name) && !context.components.includes(tag.name)) {
      problems.push({ file, line: tag.line, message: `<${tag.name}> is not a component this page provides (known: ${known})` });
    }
  }
  for (const tag of scan.tags.filter((candidate) => candidate.name === 'Item' && context.components.includes('Item'))) {
    const ref = tag.attributes.ref;
    if (!ref) problems.push({ file, line: tag.line, message: '<Item> needs a ref="owner/repo#123" or ref="owner/repo@tag" attribute' });
    else if (context.hasRecord && !context.hasRecord(ref)) {
      problems.push({ file, line: tag.line, message: `<Item ref="${ref}"> does not resolve to an upstream record; gather it first (npm run gather) or fix the reference` });
    }
  }
  for (const tag of scan.tags.filter((candidate) => candidate.name === 'Demo' && context.components.includes('Demo'))) {
    const name = tag.attributes.name;
    if (!name) problems.push({ file, line: tag.line, message: '<Demo> needs a name="…" attribute' });
    else if (!context.demos.has(name)) {
      const demos = [...context.demos].join(', ') || 'none yet';
      problems.push({ file, line: tag.line, message: `<Demo name="${name}"> does not exist under content/demos/ (known: ${demos})` });
    }
  }
  for (const link of scan.links) {
    const target = internalTarget(link.url, context.pagePath);
    if (target !== null && !context.routes.has(target) && !isGeneratedAsset(target)) {
      problems.push({ file, line: link.line, message: `link to ${link.url} does not resolve to a page of the site` });
    }
  }
  return problems;
}
