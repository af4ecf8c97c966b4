// What a draft leaves for the editor: `<Placeholder>` elements and frontmatter text
// starting with TODO. The draft writes them, check and the build look for them here.
import type { ContentProblem } from './content-error.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { scanMdx } from './scan-mdx.ts';

/** The component that marks unwritten commentary. */
export const PLACEHOLDER = 'Placeholder';
const TODO = /^\s*TODO\b/;
const TEXT_FIELDS = ['title', 'summary'] as const;

/** A quick look at already parsed data: false means the file certainly holds no placeholder. */
export function mayHavePlaceholders(data: { title: string; summary: string }, body: string): boolean {
  return TEXT_FIELDS.some((field) => TODO.test(data[field])) || body.includes(`<${PLACEHOLDER}`);
}

/** Lists the unfilled placeholders of an issue file, each with its line. */
export function findPlaceholders(file: string, text: string): ContentProblem[] {
  const parsed = parseFrontmatter(text);
  if (!parsed) return [];
  const problems: ContentProblem[] = [];
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && TODO.test(value)) {
      problems.push({ file, line: parsed.lineOf([field]), field, message: 'still holds the draft\'s TODO text' });
    }
  }
  const body = text.split('\n').slice(parsed.bodyLine - 1).join('\n');
  const scan = scanMdx(body, parsed.bodyLine - 1);
  if (scan.ok) {
    for (const tag of scan.tags.filter((candidate) => candidate.name === PLACEHOLDER)) {
      const what = tag.attributes.for === 'intro' || !tag.attributes.for ? 'the introduction' : tag.attributes.for;
      problems.push({ file, line: tag.line, message: `commentary for ${what} is not written yet (<${PLACEHOLDER}> still in place)` });
    }
  }
  return problems;
}
