import { z } from 'zod';

// `owner/repo#123` names a pull request; `owner/repo@tag` names a release.
// GitHub allows letters, digits, `-`, `_` and `.` in owner and repository names.
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';
export const PULL_REF = new RegExp(`^(${NAME})/(${NAME})#([1-9][0-9]*)$`);
export const RELEASE_REF = new RegExp(`^(${NAME})/(${NAME})@([^\\s@#]+)$`);

/** A reference to one upstream record, as written in issue frontmatter. */
export const itemRefSchema = z
  .string()
  .refine((value) => PULL_REF.test(value) || RELEASE_REF.test(value), {
    message: 'expected `owner/repo#123` for a pull request or `owner/repo@tag` for a release',
  });

export type ItemRef = z.infer<typeof itemRefSchema>;

export type ParsedRef =
  | { kind: 'pull'; owner: string; repo: string; number: number }
  | { kind: 'release'; owner: string; repo: string; tag: string };

/** Splits a reference into its parts, or returns null when it is malformed. */
export function parseRef(ref: string): ParsedRef | null {
  const pull = PULL_REF.exec(ref);
  if (pull) return { kind: 'pull', owner: pull[1]!, repo: pull[2]!, number: Number(pull[3]) };
  const release = RELEASE_REF.exec(ref);
  if (release) return { kind: 'release', owner: release[1]!, repo: release[2]!, tag: release[3]! };
  return null;
}

/** `{ owner, repo }` from `owner/repo`, the shape Octokit's methods take. */
export function splitRepo(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}
