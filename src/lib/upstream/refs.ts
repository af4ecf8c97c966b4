// References to upstream records, and what a record's ref decides: `owner/repo#123`
// names a pull request and `owner/repo@tag` a release. Every pattern that reads a ref,
// in frontmatter, in running text or in a file name, is built here from the same parts;
// editors may also paste the GitHub address of either, which `parseRefInput` reads.
import { dayOf } from '#lib/days.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

// The parts of a ref. GitHub allows letters, digits, `-`, `_` and `.` in owner and
// repository names, and a repository may start with any of them (`org/.github`); a number
// has no leading zero; a tag is anything but space, `@` and `#`.
const OWNER = '[A-Za-z0-9][A-Za-z0-9._-]*';
const REPO = '[A-Za-z0-9._-]+';
const NUMBER = '[1-9][0-9]*';
const TAG = '[^\\s@#]+';

const PULL = `(?<owner>${OWNER})/(?<repo>${REPO})#(?<number>${NUMBER})`;
const RELEASE = `(?<owner>${OWNER})/(?<repo>${REPO})@(?<tag>${TAG})`;

/** `owner/repo`, whole: a repository as the watchlist and the command line name it. */
export const REPO_NAME = new RegExp(`^${OWNER}/${REPO}$`);

/** A whole pull-request ref, as frontmatter writes it. */
export const PULL_REF = new RegExp(`^${PULL}$`);
/** A whole release ref. */
export const RELEASE_REF = new RegExp(`^${RELEASE}$`);

/**
 * `owner/repo#123` mentioned in running text, with the parts as named groups. Not when it
 * continues a word, a path or an address (`x/owner/repo#1`, `site.org/a/b#1`), nor when
 * the number runs on into letters (`owner/repo#12abc`). A fresh object each call: it is global.
 * `{ loose: true }` drops the boundary before it, for a search that may find a mention too
 * many but never one too few (what another linker, such as remark-github, might see).
 */
export function mentionPattern(options: { loose?: boolean } = {}): RegExp {
  return new RegExp(`${options.loose ? '' : '(?<![\\w/.-])'}${PULL}(?!\\w)`, 'g');
}

/** The address of a pull request or an issue on github.com in running text, with the same named groups; global. */
export function githubAddressPattern(flags = 'g'): RegExp {
  return new RegExp(`https?://github\\.com/(?<owner>${OWNER})/(?<repo>${REPO})/(?:pull|issues)/(?<number>${NUMBER})`, flags);
}

// Paths of the pages a ref can be copied from, after the host: a pull request (any
// of its tabs) and a release.
const PULL_PATH = new RegExp(`^/(?<owner>${OWNER})/(?<repo>${REPO})/pull/(?<number>${NUMBER})(?:/[a-z]*)?/?$`);
const RELEASE_PATH = new RegExp(`^/(?<owner>${OWNER})/(?<repo>${REPO})/releases/tag/(?<tag>.+)$`);
const ISSUE_PATH = new RegExp(`/(?<owner>${OWNER})/(?<repo>${REPO})/issues/(?<number>${NUMBER})`);

export type ParsedRef =
  | { kind: 'pull'; owner: string; repo: string; number: number }
  | { kind: 'release'; owner: string; repo: string; tag: string };

/** Splits a ref as written in frontmatter into its parts, or returns null when it is malformed. */
export function parseRef(ref: string): ParsedRef | null {
  const pull = PULL_REF.exec(ref)?.groups;
  if (pull) return { kind: 'pull', owner: pull.owner!, repo: pull.repo!, number: Number(pull.number) };
  const release = RELEASE_REF.exec(ref)?.groups;
  if (release) return { kind: 'release', owner: release.owner!, repo: release.repo!, tag: release.tag! };
  return null;
}

/** A pull request's ref from its repository (`owner/repo`) and number. */
export const pullRef = (repo: string, number: number | string) => `${repo}#${number}`;
/** A release's ref from its repository (`owner/repo`) and tag. */
export const releaseRef = (repo: string, tag: string) => `${repo}@${tag}`;

/** The ref as frontmatter writes it. */
export function formatRef(ref: ParsedRef): string {
  const repo = `${ref.owner}/${ref.repo}`;
  return ref.kind === 'pull' ? pullRef(repo, ref.number) : releaseRef(repo, ref.tag);
}

/** The repository (`owner/repo`) a ref names. */
export function refRepo(ref: string): string {
  const parsed = parseRef(ref);
  return parsed ? `${parsed.owner}/${parsed.repo}` : ref;
}

/** What follows the repository: `#123` for a pull request, the tag for a release. */
export function refHandle(ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) return ref;
  return parsed.kind === 'pull' ? `#${parsed.number}` : parsed.tag;
}

/** Orders refs by repository, then pull requests by number (a release by its whole ref). */
export function compareRefs(a: string, b: string): number {
  const [repoA = '', numA = '0'] = a.split('#');
  const [repoB = '', numB = '0'] = b.split('#');
  return repoA === repoB ? Number(numA) - Number(numB) : repoA < repoB ? -1 : 1;
}

/** What a flag that takes a ref accepts, for usage messages. */
export const REF_FORMS = 'owner/repo#123, owner/repo@tag, or the address of a GitHub pull request or release';

/** Why `input` is not a ref, for a flag's error message: the accepted forms, and a hint for a near miss. */
export function refProblem(input: string): string {
  const issue = ISSUE_PATH.exec(input)?.groups;
  const hint = issue ? ` (that is an issue's address; for a pull request, use ${pullRef(`${issue.owner}/${issue.repo}`, issue.number!)} or its /pull/ address)` : '';
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
  const pull = PULL_PATH.exec(url.pathname)?.groups;
  if (pull) return { kind: 'pull', owner: pull.owner!, repo: pull.repo!, number: Number(pull.number) };
  const release = RELEASE_PATH.exec(url.pathname)?.groups;
  if (release) {
    let tag: string;
    try {
      tag = decodeURIComponent(release.tag!);
    } catch {
      return null;
    }
    return parseRef(releaseRef(`${release.owner}/${release.repo}`, tag));
  }
  return null;
}

/** The files below the upstream folder that may hold a record, as a glob (Astro's loader reads these). */
export const RECORD_FILES = '*/*/{pulls,releases}/*.json';
/** Whether a path below the upstream folder (with `/`) is one of RECORD_FILES; `recordPath` says which one a record belongs in. */
export const isRecordFile = (path: string) => /^[^/]+\/[^/]+\/(?:pulls|releases)\/[^/]+\.json$/.test(path);

/** The fields that name a record (a record itself will do). */
export type RecordKey = Pick<UpstreamRecord, 'type' | 'repo'> & { number?: number; tag?: string };

/**
 * Where a record lives below the upstream folder:
 * `<owner>/<repo>/pulls/<n>.json` or `<owner>/<repo>/releases/<tag>.json`.
 * Tags may hold `/`, so they are percent-encoded into one file name.
 */
export function recordPath(record: RecordKey): string {
  return record.type === 'pull'
    ? `${record.repo}/pulls/${record.number}.json`
    : `${record.repo}/releases/${encodeURIComponent(record.tag ?? '')}.json`;
}

const RECORD_PATH = new RegExp(`^(?<owner>${OWNER})[/\\\\](?<repo>${REPO})[/\\\\](?:pulls[/\\\\](?<number>${NUMBER})|releases[/\\\\](?<tag>[^/\\\\]+))\\.json$`);

/**
 * The inverse of `recordPath`: the ref of the record a path below the upstream folder
 * holds (either separator), or null when the path is not one `recordPath` writes.
 */
export function refOfRecordPath(path: string): string | null {
  const parts = RECORD_PATH.exec(path)?.groups;
  if (!parts) return null;
  const repo = `${parts.owner}/${parts.repo}`;
  if (parts.number) return pullRef(repo, parts.number);
  let tag: string;
  try {
    tag = decodeURIComponent(parts.tag!);
  } catch {
    return null;
  }
  if (encodeURIComponent(tag) !== parts.tag || !RELEASE_REF.test(releaseRef(repo, tag))) return null;
  return releaseRef(repo, tag);
}

/**
 * When a change landed upstream: merged for a pull request, published for a release;
 * null for a pull request that was never merged (it shows as open).
 */
export function landedAt(record: UpstreamRecord): string | null {
  return record.type === 'pull' ? record.mergedAt : record.publishedAt;
}

/** A change that happened upstream: a merged pull request or a published release. */
export function isLanded(record: UpstreamRecord): boolean {
  return record.type === 'release' || record.state === 'merged';
}

/**
 * The moment that places a record in time, for ordering and for its day: when it landed,
 * and for a pull request never merged, when it was opened. Every record has one.
 */
export function recordTime(record: UpstreamRecord): string {
  return landedAt(record) ?? (record.type === 'pull' ? record.createdAt : '');
}

/** The UTC day (`YYYY-MM-DD`) a record landed, or null for a pull request not merged. */
export function landedDay(record: UpstreamRecord): string | null {
  const landed = landedAt(record);
  return landed ? dayOf(landed) : null;
}

/** The UTC day (`YYYY-MM-DD`) of `recordTime`. */
export function recordDay(record: UpstreamRecord): string {
  return dayOf(recordTime(record));
}
