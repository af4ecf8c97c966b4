import { issueFrontmatterSchema, type IssueFrontmatter } from '../schemas/issue-frontmatter.ts';
import type { ContentProblem } from './content-error.ts';
import { fieldPath, friendlyMessage, valueAt } from './format-zod-issues.ts';
import { parseFrontmatter } from './frontmatter.ts';

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
  if (parsed.errors.length > 0) {
    return { frontmatter: null, problems: parsed.errors.map((error) => ({ file, line: error.line, message: `YAML: ${error.message}` })) };
  }
  const result = issueFrontmatterSchema.safeParse(parsed.data);
  if (result.success) return { frontmatter: result.data, problems: [] };
  return {
    frontmatter: null,
    problems: result.error.issues.map((issue) => ({
      file,
      // An unknown key has no path of its own: point at the key itself.
      line: parsed.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
      field: fieldPath(issue.path) || undefined,
      message: friendlyMessage(issue, valueAt(parsed.data, issue.path)),
    })),
  };
}
