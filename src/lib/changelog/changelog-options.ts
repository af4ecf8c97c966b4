import { parseFlags } from '../cli/parse-flags.ts';
import { UsageError } from '../cli/usage-error.ts';
import { isRealDay } from '../days.ts';

export const CHANGELOG_USAGE = `Usage: npm run changelog -- --repo owner/repo [--repo …] --since YYYY-MM-DD --until YYYY-MM-DD [options]

Prints the release notes of the pull requests merged, and the releases published, in
the window (inclusive, UTC), from the upstream records. It reads no network: gather first.

Options:
  --repo owner/repo      a repository to include (repeatable, at least one)
  --since YYYY-MM-DD     first day of the window
  --until YYYY-MM-DD     last day of the window
  --format md|json       Markdown (default) or JSON
  --group kind|sig|repo  how to group the notes (default kind, in the order of the
                         Kubernetes release notes)
  --notes-only           leave out pull requests whose release note is NONE or missing
  --out FILE             write to FILE (atomically) instead of standard output
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)`;

export const GROUPINGS = ['kind', 'sig', 'repo'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface ChangelogOptions {
  repos: string[];
  since: string;
  until: string;
  format: 'md' | 'json';
  group: Grouping;
  notesOnly: boolean;
  out?: string;
}

const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses `npm run changelog` arguments; returns null when --help was asked for. */
export function parseChangelogArgs(args: string[]): ChangelogOptions | null {
  const values = parseFlags(args, {
    repo: { type: 'string', multiple: true, default: [] },
    since: { type: 'string' },
    until: { type: 'string' },
    format: { type: 'string', default: 'md' },
    group: { type: 'string', default: 'kind' },
    'notes-only': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  if (values.repo.length === 0) throw new UsageError('name at least one --repo owner/repo');
  for (const repo of values.repo) if (!REPO.test(repo)) throw new UsageError(`--repo ${JSON.stringify(repo)}: expected owner/repo`);
  const { since, until } = values;
  if (!since || !until) throw new UsageError('--since and --until are required');
  for (const [flag, value] of [['--since', since], ['--until', until]] as const) {
    if (!isRealDay(value)) throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a date written as YYYY-MM-DD`);
  }
  if (since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format ${JSON.stringify(values.format)}: expected md or json`);
  if (!(GROUPINGS as readonly string[]).includes(values.group)) throw new UsageError(`--group ${JSON.stringify(values.group)}: expected kind, sig or repo`);
  return {
    repos: [...new Set(values.repo)].sort(),
    since,
    until,
    format: values.format,
    group: values.group as Grouping,
    notesOnly: values['notes-only'],
    out: values.out,
  };
}
