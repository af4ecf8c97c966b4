import type { ContentProblem } from '../content/content-error.ts';
import { scanMdx } from '../content/scan-mdx.ts';
import { internalTarget, isGeneratedAsset } from '../site/site-routes.ts';

export interface BodyContext {
  /** Site path of the page the body renders on, for relative links. */
  pagePath: string;
  routes: ReadonlySet<string>;
  demos: ReadonlySet<string>;
}

/** Checks an MDX body: it parses, its `<Demo>` elements name real demos, and its internal links resolve. */
export function checkBody(file: string, body: string, bodyLine: number, context: BodyContext): ContentProblem[] {
  const scan = scanMdx(body, bodyLine - 1);
  if (!scan.ok) return [{ file, line: scan.line, message: `MDX does not parse: ${scan.message}` }];
  const problems: ContentProblem[] = [];
  for (const tag of scan.tags.filter((candidate) => candidate.name === 'Demo')) {
    const name = tag.attributes.name;
    if (!name) problems.push({ file, line: tag.line, message: '<Demo> needs a name="…" attribute' });
    else if (!context.demos.has(name)) {
      const known = [...context.demos].join(', ') || 'none yet';
      problems.push({ file, line: tag.line, message: `<Demo name="${name}"> does not exist under content/demos/ (known: ${known})` });
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
