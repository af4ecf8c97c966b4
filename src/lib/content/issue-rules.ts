// Rules on an issue file that `npm run check` and the build (src/page-data/load-site.ts)
// both enforce, written once: the date names the folder, and placeholders are for drafts.
import type { ContentProblem } from './content-error.ts';
import { findPlaceholders } from './find-placeholders.ts';
import { parseFrontmatter } from './frontmatter.ts';

/** An issue's `date` is the name of its folder (`content/issues/<date>/`), which is also its URL segment. */
export function folderDateProblems(file: string, date: string, folder: string, line?: number): ContentProblem[] {
  return date === folder ? [] : [{ file, line, field: 'date', message: `\`${date}\` does not match the folder name \`${folder}\`` }];
}

/**
 * Placeholders and TODO text left in an issue file (`text`, the whole file). A published
 * issue must not go out with them: each is an error. On a draft they are the work left:
 * warnings, each at its line, after a count at the `draft` field.
 */
export function placeholderProblems(file: string, text: string, draft: boolean): ContentProblem[] {
  const left = findPlaceholders(file, text);
  if (!draft || left.length === 0) return left;
  const todos = left.filter((problem) => problem.field).length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = [count(left.length - todos, 'placeholder'), count(todos, 'TODO')].join(', ');
  return [
    { file, line: parseFrontmatter(text)?.lineOf(['draft']), field: 'draft', severity: 'warning', message: `${summary} left before it can be published` },
    ...left.map((problem) => ({ ...problem, severity: 'warning' as const })),
  ];
}
