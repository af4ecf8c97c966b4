import type { ContentProblem } from './content-error.ts';
import { findItemTags } from './find-item-tags.ts';
import { parseFrontmatter } from './frontmatter.ts';

/**
 * An issue to check: its validated `items`, and either the whole file (`text`),
 * which lets problems be located by line, or only its `body`, which is cheaper
 * when the caller already has it and only wants to know whether anything is wrong.
 */
export type IssueSource = { file: string; items: readonly string[] } & ({ text: string } | { body: string });

/**
 * Checks that every item an issue lists resolves to an upstream record, and that
 * every `<Item>` card in the body is one of those items.
 */
export function checkIssueItems(issue: IssueSource, hasRecord: (ref: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed = 'text' in issue ? parseFrontmatter(issue.text) : null;
  issue.items.forEach((ref, index) => {
    if (!hasRecord(ref)) {
      problems.push({
        file: issue.file,
        line: parsed?.lineOf(['items', index]),
        field: `items[${index}]`,
        message: `\`${ref}\` does not resolve to an upstream record; gather it first (npm run gather) or fix the reference`,
      });
    }
  });
  const listed = new Set(issue.items);
  const bodyOffset = (parsed?.bodyLine ?? 1) - 1;
  const bodyText = 'body' in issue ? issue.body : parsed ? issue.text.split('\n').slice(bodyOffset).join('\n') : issue.text;
  for (const tag of findItemTags(bodyText)) {
    if (!listed.has(tag.ref)) {
      problems.push({
        file: issue.file,
        line: 'text' in issue ? tag.line + bodyOffset : undefined,
        message: `<Item ref="${tag.ref}"> is not listed in the frontmatter \`items\``,
      });
    }
  }
  return problems;
}
