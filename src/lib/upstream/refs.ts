// References to upstream records: `owner/repo#123` names a pull request and
// `owner/repo@tag` a release. Editors may also paste the GitHub address of either;
// every command-line flag that takes a ref reads it through `parseRefInput`.

// GitHub allows letters, digits, `-`, `_` and `.` in owner and repository names.
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';
export const PULL_REF = new RegExp(`^(${NAME})/(${NAME})#([1-9][0-9]*)$`);
export const RELEASE_REF = new RegExp(`^(${NAME})/(${NAME})@([^\\s@#]+)$`);

// Paths of the pages a ref can be copied from, after the host: a pull request (any
// of its tabs) and a release.
const PULL_PATH = new RegExp(`^/(${NAME})/(${NAME})/pull/([1-9][0-9]*)(?:/[a-z]*)?/?$`);
const RELEASE_PATH = new RegExp(`^/(${NAME})/(${NAME})/releases/tag/(.+)$`);

export type ParsedRef =
  | { kind: 'pull'; owner: string; repo: string; number: number }
  | { kind: 'release'; owner: string; repo: string; tag: string };

/** Splits a ref as written in frontmatter into its parts, or returns null when it is malformed. */
export function parseRef(ref: string): ParsedRef | null {
  const pull = PULL_REF.exec(ref);
  if (pull) return { kind: 'pull', owner: pull[1]!, repo: pull[2]!, number: Number(pull[3]) };
  const release = RELEASE_REF.exec(ref);
  if (release) return { kind: 'release', owner: release[1]!, repo: release[2]!, tag: release[3]! };
  return null;
}

/** The ref as frontmatter writes it. */
export function formatRef(ref: ParsedRef): string {
  return ref.kind === 'pull' ? `${ref.owner}/${ref.repo}#${ref.number}` : `${ref.owner}/${ref.repo}@${ref.tag}`;
}

/** What a flag that takes a ref accepts, for usage messages. */
export const REF_FORMS = 'owner/repo#123, owner/repo@tag, or the address of a GitHub pull request or release';

/** Why `input` is not a ref, for a flag's error message: the accepted forms, and a hint for a near miss. */
export function refProblem(input: string): string {
  const issue = /\/([^/\s]+)\/([^/\s]+)\/issues\/(\d+)/.exec(input);
  const hint = issue ? ` (that is an issue's address; for a pull request, use ${issue[1]}/${issue[2]}#${issue[3]} or its /pull/ address)` : '';
  return `expected ${REF_FORMS}${hint}`;
}

/**
 * Reads a ref the way an editor may type or paste it: `owner/repo#123`, `owner/repo@tag`,
 * `https://github.com/owner/repo/pull/123` (any tab, with or without `#…` or `?…`) or
 * `https://github.com/owner/repo/releases/tag/v1` (also on a GitHub Enterprise host).
 * Returns null for anything else.
 */
export function parseRefInput(input: string): ParsedRef | null {
  const text = input.trim();
  const plain = parseRef(text);
  if (plain) return plain;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const pull = PULL_PATH.exec(url.pathname);
  if (pull) return { kind: 'pull', owner: pull[1]!, repo: pull[2]!, number: Number(pull[3]) };
  const release = RELEASE_PATH.exec(url.pathname);
  if (release) {
    let tag: string;
    try {
      tag = decodeURIComponent(release[3]!);
    } catch {
      return null;
    }
    return parseRef(`${release[1]}/${release[2]}@${tag}`);
  }
  return null;
}
