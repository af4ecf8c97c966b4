import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { dayProblem } from '#lib/days.ts';
import { REPO_NAME } from '#lib/upstream/refs.ts';

export const CHANGELOG_USAGE = `Usage: npm run changelog -- --repo owner/repo [--repo …] --since YYYY-MM-DD --until YYYY-MM-DD [options]
       npm run changelog -- --repo owner/repo [--from-version A] --to-version B [options]

Prints the release notes of the pull requests merged, and the releases published, in
the window (inclusive, UTC), from the upstream records. It reads no network: gather first.

With --to-version, prints instead every change of one repository tracked after version A
up to and including version B, for an upgrade: action required first, then deprecations,
API changes, features, bug fixes, releases and the rest, each with the issues that covered
it. A pull request's version is its milestone (v1.27); a release is its own version.

Options:
  --repo owner/repo      a repository to include (repeatable, at least one; one with versions)
  --since YYYY-MM-DD     first day of the window
  --until YYYY-MM-DD     last day of the window
  --from-version A       the version upgraded from, left out (v1.26, 1.26, knative-v1.9.0);
                         without it, everything up to --to-version
  --to-version B         the version upgraded to, included
  --format md|json       Markdown (default) or JSON
  --group kind|sig|repo  how to group the notes (default kind, in the order of the
                         Kubernetes release notes); not with --to-version
  --notes-only           leave out pull requests whose release note is NONE or missing
  --out FILE             write to FILE (atomically) instead of standard output
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)`;

export const GROUPINGS = ['kind', 'sig', 'repo'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface ChangelogOptions {
  repos: string[];
  /** An upgrade between two versions of one repository, instead of a window. */
  versions?: { from?: string; to: string };
  since: string;
  until: string;
  format: 'md' | 'json';
  group: Grouping;
  notesOnly: boolean;
  out?: string;
}


/** Parses `npm run changelog` arguments; returns null when --help was asked for. */
export function parseChangelogArgs(args: string[]): ChangelogOptions | null {
  const values = parseFlags(args, {
    repo: { type: 'string', multiple: true, default: [] },
    since: { type: 'string' },
    until: { type: 'string' },
    'from-version': { type: 'string' },
    'to-version': { type: 'string' },
    format: { type: 'string', default: 'md' },
    // No default: an upgrade refuses --group, so whether it was given must show.
    group: { type: 'string' },
    'notes-only': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  if (values.repo.length === 0) throw new UsageError('name at least one --repo owner/repo');
  for (const repo of values.repo) if (!REPO_NAME.test(repo)) throw new UsageError(`--repo ${JSON.stringify(repo)}: expected owner/repo`);
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format ${JSON.stringify(values.format)}: expected md or json`);
  const from = values['from-version'];
  const to = values['to-version'];
  if (from !== undefined || to !== undefined) {
    if (to === undefined) throw new UsageError('--from-version needs --to-version: the version to upgrade to');
    if (values.repo.length !== 1) throw new UsageError('--to-version takes exactly one --repo: versions belong to one repository');
    if (values.since || values.until) throw new UsageError('--since and --until choose a window; --from-version and --to-version choose versions: give one or the other');
    if (values.group !== undefined) throw new UsageError('--group does not apply to --to-version: an upgrade is grouped by what it asks of the reader');
    return { repos: values.repo, versions: { from, to }, since: '', until: '', format: values.format, group: 'kind', notesOnly: values['notes-only'], out: values.out };
  }
  const { since, until } = values;
  if (!since || !until) throw new UsageError('--since and --until are required');
  for (const [flag, value] of [['--since', since], ['--until', until]] as const) {
    const problem = dayProblem(value);
    if (problem) throw new UsageError(`${flag} ${JSON.stringify(value)}: ${problem}`);
  }
  if (since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const group = values.group ?? 'kind';
  if (!(GROUPINGS as readonly string[]).includes(group)) throw new UsageError(`--group ${JSON.stringify(group)}: expected kind, sig or repo`);
  return {
    repos: [...new Set(values.repo)].sort(),
    since,
    until,
    format: values.format,
    group: group as Grouping,
    notesOnly: values['notes-only'],
    out: values.out,
  };
}
