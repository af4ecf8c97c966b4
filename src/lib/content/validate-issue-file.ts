import { issueFrontmatterSchema, type IssueFrontmatter } from '#lib/schemas/issue-frontmatter.ts';
import type { ContentProblem } from './content-error.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { checkYamlAgainst } from './schema-problems.ts';

export interface IssueFileResult {
  frontmatter: IssueFrontmatter | null;
  problems: ContentProblem[];
}

/**
 * Checks one issue file's frontmatter against the schema the build uses, and
 * reports each problem with its file, line and field.
 */
export function validateIssueFile(file: string, text: string): IssueFileResult {
  const parsed = parseFrontmatter(text);
  if (!parsed) return { frontmatter: null, problems: [{ file, line: 1, message: 'missing `---` frontmatter at the top of the file' }] };
  const { value, problems } = checkYamlAgainst(file, parsed, issueFrontmatterSchema);
  return { frontmatter: value, problems };
}
