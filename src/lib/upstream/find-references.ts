// Finds the pull requests and issues a body points at, written as `#123`,
// `owner/repo#123` or a full https://github.com/owner/repo/(pull|issues)/123 address.
const URL_REF = /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:pull|issues)\/(\d+)/g;
const CROSS_REF = /(?<![\w./-])([\w.-]+)\/([\w.-]+)#(\d+)\b/g;
const LOCAL_REF = /(?<![\w/#&-])#(\d+)\b/g;

/**
 * Lists every reference in `body` as `owner/repo#n`, resolving bare `#n` against
 * `repo` (the record's own repository), sorted and without the record itself.
 */
export function findReferences(body: string | null | undefined, repo: string, self?: string): string[] {
  if (!body) return [];
  const found = new Set<string>();
  const withoutUrls = body.replace(URL_REF, (_all, owner: string, name: string, num: string) => {
    found.add(`${owner}/${name}#${Number(num)}`);
    return ' ';
  });
  const withoutCross = withoutUrls.replace(CROSS_REF, (_all, owner: string, name: string, num: string) => {
    found.add(`${owner}/${name}#${Number(num)}`);
    return ' ';
  });
  for (const match of withoutCross.matchAll(LOCAL_REF)) found.add(`${repo}#${Number(match[1])}`);
  if (self) found.delete(self);
  return [...found].sort(compareRefs);
}

/** Orders `owner/repo#n` references by repository, then numerically. */
export function compareRefs(a: string, b: string): number {
  const [repoA = '', numA = '0'] = a.split('#');
  const [repoB = '', numB = '0'] = b.split('#');
  return repoA === repoB ? Number(numA) - Number(numB) : repoA < repoB ? -1 : 1;
}
