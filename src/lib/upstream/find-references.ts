// Finds the pull requests and issues a body points at, written as `#123`,
// `owner/repo#123` or a full https://github.com/owner/repo/(pull|issues)/123 address.
import { compareRefs, githubAddressPattern, mentionPattern, pullRef } from './refs.ts';

/** A bare `#123`: not part of a word, a path, an HTML entity (`&#123;`) or `##`. */
const LOCAL_REF = /(?<![\w/#&-])#(\d+)\b/g;

/**
 * Lists every reference in `body` as `owner/repo#n`, resolving bare `#n` against
 * `repo` (the record's own repository), sorted and without the record itself.
 */
export function findReferences(body: string | null | undefined, repo: string, self?: string): string[] {
  if (!body) return [];
  const found = new Set<string>();
  // Each address and mention is blanked once read, so its `#n` is not read again as a bare one.
  const take = (...[, owner, name, number]: string[]) => {
    found.add(pullRef(`${owner}/${name}`, Number(number)));
    return ' ';
  };
  const rest = body.replace(githubAddressPattern(), take).replace(mentionPattern(), take);
  for (const match of rest.matchAll(LOCAL_REF)) found.add(pullRef(repo, Number(match[1])));
  if (self) found.delete(self);
  return [...found].sort(compareRefs);
}
