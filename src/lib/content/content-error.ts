import { CliError } from '#lib/cli/cli-errors.ts';

/** A problem in a content file, located precisely enough to jump to it in an editor. */
export interface ContentProblem {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted path of the field, such as `items[3]`, when the problem is in frontmatter. */
  field?: string;
  message: string;
  /** A warning is reported but passes: the site copes (a missing translation gets a fallback page). */
  severity?: 'warning';
}

/** Formats a problem the way compilers do, `file:line: field: message`, so terminals link it. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity ? `${problem.severity}: ` : ''}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** Thrown by the build when content is invalid; the message lists every problem found. Exit code 1. */
export class ContentError extends CliError {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`Invalid content:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
