import { join } from 'node:path';
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { dayProblem } from '#lib/days.ts';
import { parseRefInput } from '#lib/upstream/refs.ts';

export interface GatherOptions {
  since?: string;
  until?: string;
  pulls: Array<{ repo: string; number: number }>;
  releases: Array<{ repo: string; tag: string }>;
  dryRun: boolean;
  outDir: string;
  watchlistFile: string;
  cacheDir: string | null;
  recordDir?: string;
  replayDir?: string;
  maxWait: number;
}

/** Where gather finds the watchlist and writes records, its ETag cache, and its longest wait for a rate limit. */
export const GATHER_DEFAULTS = { contentDir: 'content', cacheDir: '.cache/github', maxWait: 300 } as const;

/**
 * A gather run's options: what `wanted` sets, gather's defaults for the rest. The watchlist
 * and the records are those of `contentDir`. `npm run gather` makes its options here from
 * its flags, and `npm run draft -- --gather` from its window and content folder.
 */
export function gatherOptions(wanted: Partial<GatherOptions> & { contentDir?: string }): GatherOptions {
  const { contentDir = GATHER_DEFAULTS.contentDir, ...rest } = wanted;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<GatherOptions>;
  return {
    pulls: [],
    releases: [],
    dryRun: false,
    outDir: join(contentDir, 'upstream'),
    watchlistFile: join(contentDir, 'watchlist.yaml'),
    cacheDir: GATHER_DEFAULTS.cacheDir,
    maxWait: GATHER_DEFAULTS.maxWait,
    ...given,
  };
}

const DEFAULTS = gatherOptions({});

export const GATHER_USAGE = `Usage: npm run gather -- [options]

Fetches pull requests and releases from GitHub into upstream records (${DEFAULTS.outDir}/).

What to gather (at least one):
  --since YYYY-MM-DD --until YYYY-MM-DD
                         everything ${DEFAULTS.watchlistFile} selects in that window (inclusive)
  --pr owner/repo#123    one pull request (repeatable); its GitHub address works too
  --release owner/repo@tag
                         one release (repeatable); its GitHub address works too

Options:
  --dry-run              show what would change; write nothing
  --out DIR              where records go (default ${DEFAULTS.outDir})
  --watchlist FILE       the watchlist (default ${DEFAULTS.watchlistFile})
  --cache-dir DIR        ETag cache for conditional requests (default ${DEFAULTS.cacheDir})
  --no-cache             send no conditional requests
  --record DIR           save every HTTP exchange into DIR (sends no conditional requests)
  --replay DIR           answer from exchanges saved in DIR, with no network
  --max-wait SECONDS     longest wait for a rate limit to reset before stopping (default ${DEFAULTS.maxWait})
  --help                 this text

Environment:
  GITHUB_TOKEN           token for the 5,000-an-hour rate limit; without it, 60 an hour
  GITHUB_API_URL         API root (default https://api.github.com; an Enterprise server's is https://HOST/api/v3)`;

/** Parses `npm run gather` arguments; returns null when --help was asked for. */
export function parseGatherArgs(args: string[]): GatherOptions | null {
  const values = parseFlags(args, {
    since: { type: 'string' },
    until: { type: 'string' },
    pr: { type: 'string', multiple: true, default: [] },
    release: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string' },
    watchlist: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    record: { type: 'string' },
    replay: { type: 'string' },
    'max-wait': { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;

  const { since, until } = values;
  if ((since === undefined) !== (until === undefined)) throw new UsageError('--since and --until go together');
  for (const [flag, value] of [['--since', since], ['--until', until]] as const) {
    const problem = value === undefined ? null : dayProblem(value);
    if (problem) throw new UsageError(`${flag} ${JSON.stringify(value)}: ${problem}`);
  }
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);

  const pulls = values.pr.map((value) => {
    const ref = parseRefInput(value);
    if (ref?.kind !== 'pull') throw new UsageError(`--pr ${JSON.stringify(value)}: expected owner/repo#123 or https://github.com/owner/repo/pull/123`);
    return { repo: `${ref.owner}/${ref.repo}`, number: ref.number };
  });
  const releases = values.release.map((value) => {
    const ref = parseRefInput(value);
    if (ref?.kind !== 'release') throw new UsageError(`--release ${JSON.stringify(value)}: expected owner/repo@tag or https://github.com/owner/repo/releases/tag/TAG`);
    return { repo: `${ref.owner}/${ref.repo}`, tag: ref.tag };
  });
  if (!since && pulls.length === 0 && releases.length === 0) {
    throw new UsageError('say what to gather: --since and --until, or --pr / --release');
  }
  if (values.record && values.replay) throw new UsageError('--record and --replay cannot be used together');
  const maxWait = values['max-wait'] === undefined ? undefined : Number(values['max-wait']);
  if (maxWait !== undefined && (!Number.isFinite(maxWait) || maxWait < 0)) throw new UsageError(`--max-wait ${JSON.stringify(values['max-wait'])}: expected a number of seconds`);

  return gatherOptions({
    since,
    until,
    pulls,
    releases,
    dryRun: values['dry-run'],
    outDir: values.out,
    watchlistFile: values.watchlist,
    cacheDir: values['no-cache'] ? null : values['cache-dir'],
    recordDir: values.record,
    replayDir: values.replay,
    maxWait,
  });
}
