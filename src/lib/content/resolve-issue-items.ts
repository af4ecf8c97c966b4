import type { ContentProblem } from './content-error.ts';
import { findItemTags } from './find-item-tags.ts';
import { parseFrontmatter } from './frontmatter.ts';

export interface IssueSource {
  /** Path of the issue file, for messages. */
  file: string;
  /** The whole file: frontmatter and body. */
  text: string;
  /** The validated `items` of its frontmatter. */
  items: readonly string[];
}

/**
 * Checks that every item an issue lists resolves to an upstream record, and that
 * every `<Item>` card in the body is one of those items.
 */
export function checkIssueItems(issue: IssueSource, hasRecord: (ref: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed = parseFrontmatter(issue.text);
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
  const bodyText = parsed ? issue.text.split('\n').slice(bodyOffset).join('\n') : issue.text;
  for (const tag of findItemTags(bodyText)) {
    if (!listed.has(tag.ref)) {
      problems.push({
        file: issue.file,
        line: tag.line + bodyOffset,
        message: `<Item ref="${tag.ref}"> is not listed in the frontmatter \`items\``,
      });
    }
  }
  return problems;
}
