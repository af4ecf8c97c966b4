import type { ContentProblem } from '#lib/content/content-error.ts';
import { parseFrontmatter } from '#lib/content/frontmatter.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';

/**
 * Two issues in the same language may not share a number or a date, and an item
 * belongs to one issue only: the issues are the ledger `npm run draft` reads.
 */
export function checkDuplicates(files: readonly IssueFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const coveredBy = new Map<string, IssueFile>();
  for (const file of files) {
    if (!file.frontmatter) continue;
    const lines = parseFrontmatter(file.text);
    file.frontmatter.items.forEach((ref, index) => {
      const key = `${file.lang}:${ref}`;
      const first = coveredBy.get(key);
      if (first && first.slug !== file.slug) {
        problems.push({ file: file.file, line: lines?.lineOf(['items', index]), field: `items[${index}]`, message: `\`${ref}\` is already covered by ${first.file}` });
      } else coveredBy.set(key, file);
    });
  }
  for (const field of ['number', 'date'] as const) {
    const seen = new Map<string, IssueFile>();
    for (const file of files) {
      if (!file.frontmatter) continue;
      const key = `${file.lang}:${file.frontmatter[field]}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, file);
        continue;
      }
      problems.push({
        file: file.file,
        line: parseFrontmatter(file.text)?.lineOf([field]),
        field,
        message: `${field === 'number' ? 'issue number' : 'date'} ${file.frontmatter[field]} is already used by ${first.file}`,
      });
    }
  }
  return problems;
}
