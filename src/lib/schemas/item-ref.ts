import { z } from 'zod';
import { PULL_REF, RELEASE_REF } from '#lib/upstream/refs.ts';

/** A reference to one upstream record, as written in issue frontmatter. */
export const itemRefSchema = z
  .string()
  .refine((value) => PULL_REF.test(value) || RELEASE_REF.test(value), {
    message: 'expected `owner/repo#123` for a pull request or `owner/repo@tag` for a release',
  });

export type ItemRef = z.infer<typeof itemRefSchema>;

/** `{ owner, repo }` from `owner/repo`, the shape Octokit's methods take. */
export function splitRepo(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}
