// The steps of a gather run, in order. Each item is fetched and written before the
// next starts, so an interrupted run keeps every record it finished, whole.
import { join } from 'node:path';
import { writeIfChanged, type WriteOutcome } from '#lib/fs/write-if-changed.ts';
import { createGitHubClient, type ClientOptions, type GitHubClient } from '#lib/github/create-client.ts';
import type { RequestStats } from '#lib/github/request-stats.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { normalizePull } from '#lib/upstream/normalize-pull.ts';
import type { GitHubRelease } from '#lib/upstream/github-types.ts';
import { normalizeRelease } from '#lib/upstream/normalize-release.ts';
import { serializeRecord } from '#lib/upstream/serialize-record.ts';
import { pullRef, recordPath, releaseRef } from '#lib/upstream/refs.ts';
import { describeGitHubError, stopsTheRun } from './describe-error.ts';
import { CliError, InterruptedError } from '#lib/cli/cli-errors.ts';
import { fetchPull } from './fetch-pull.ts';
import { fetchRelease, findReleases } from './find-releases.ts';
import { findPullRequests } from './find-pull-requests.ts';
import type { GatherOptions } from './gather-options.ts';
import { loadWatchlist } from './load-watchlist.ts';
import type { Progress } from '#lib/cli/progress.ts';
import { plural } from '#lib/cli/plural.ts';

type Item =
  | { kind: 'pull'; ref: string; repo: string; number: number }
  | { kind: 'release'; ref: string; repo: string; tag: string; prefetched?: GitHubRelease };

export interface GatherSummary {
  outcomes: Record<WriteOutcome, number>;
  /** Items (or repositories, in discovery) that failed after retries; the others were written. */
  failed: Array<{ ref: string; message: string }>;
  stats: RequestStats;
  authenticated: boolean;
}

/** Stops the run with a message for the editor; the CLI prints it and exits 1. */
export class GatherError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'GatherError';
  }
}

/** Ctrl-C after `done` of `total` items: what was written is whole. */
function interrupted(done: number, total: number): InterruptedError {
  return new InterruptedError(`interrupted after ${done} of ${plural(total, 'item')}; every record written so far is complete`);
}

export async function runGather(
  options: GatherOptions,
  client: Pick<ClientOptions, 'baseUrl' | 'token' | 'retryBaseMs'> & { signal?: AbortSignal },
  progress: Progress,
): Promise<GatherSummary> {
  const signal = client.signal;
  // 1. Build the one client, with its cache, limits and record/replay.
  const github = createGitHubClient({
    ...client,
    // A recording must hold full answers, not 304s against a cache it does not contain.
    cacheDir: options.recordDir ? null : options.cacheDir,
    // A dry run writes nothing, the cache included.
    cacheReadOnly: options.dryRun,
    recordDir: options.recordDir,
    replayDir: options.replayDir,
    maxRateLimitWait: options.maxWait,
    note: (message) => progress.log(`gather: ${message}`),
  });
  if (!github.authenticated && !options.replayDir) {
    progress.log('gather: no GITHUB_TOKEN set: running unauthenticated, at GitHub\'s limit of 60 requests an hour');
  }

  // 2. Discover what the watchlist selects in the window.
  const items: Item[] = [];
  const failed: GatherSummary['failed'] = [];
  if (options.since && options.until) items.push(...(await discover(github, options, progress, failed, signal)));

  // 3. Add the items named on the command line.
  for (const { repo, number } of options.pulls) items.push({ kind: 'pull', ref: pullRef(repo, number), repo, number });
  for (const { repo, tag } of options.releases) items.push({ kind: 'release', ref: releaseRef(repo, tag), repo, tag });
  const unique = [...new Map(items.map((item) => [item.ref, item])).values()];

  // 4. Fetch, normalise and write each item.
  const outcomes: Record<WriteOutcome, number> = { new: 0, changed: 0, unchanged: 0 };
  for (const [index, item] of unique.entries()) {
    if (signal?.aborted) throw interrupted(index, unique.length);
    progress.step(index + 1, unique.length, item.ref);
    let record: UpstreamRecord;
    try {
      record = await untilAborted(fetchRecord(github, item), signal);
    } catch (error) {
      if (signal?.aborted) throw interrupted(index, unique.length);
      // What every item would meet (a refused token, a used-up limit, no network, an unwritable
      // recording folder) stops the run; anything else fails this item only.
      if (stopsTheRun(error)) throw new GatherError(describeGitHubError(error, item.ref, github.authenticated));
      failed.push({ ref: item.ref, message: describeGitHubError(error, item.ref, github.authenticated) });
      progress.log(`failed    ${item.ref}`);
      continue;
    }
    const outcome = await writeIfChanged(join(options.outDir, recordPath(record)), serializeRecord(record), { dryRun: options.dryRun });
    outcomes[outcome]++;
    progress.log(`${options.dryRun ? 'would be ' : ''}${outcome.padEnd(9)} ${item.ref}`);
  }
  progress.end();

  // 5. Report what it cost.
  return { outcomes, failed, stats: github.stats, authenticated: github.authenticated };
}

async function discover(github: GitHubClient, options: GatherOptions, progress: Progress, failed: GatherSummary['failed'], signal?: AbortSignal): Promise<Item[]> {
  const watchlist = await loadWatchlist(options.watchlistFile);
  const since = options.since!;
  const until = options.until!;
  const items: Item[] = [];
  for (const watched of watchlist.repositories) {
    try {
      for (const number of await untilAborted(findPullRequests(github, watched, since, until), signal)) {
        items.push({ kind: 'pull', ref: pullRef(watched.repo, number), repo: watched.repo, number });
      }
      for (const release of await untilAborted(findReleases(github, watched, since, until), signal)) {
        items.push({ kind: 'release', ref: releaseRef(watched.repo, release.tag_name), repo: watched.repo, tag: release.tag_name, prefetched: release });
      }
    } catch (error) {
      if (signal?.aborted) throw interrupted(0, 0);
      if (stopsTheRun(error)) throw new GatherError(describeGitHubError(error, watched.repo, github.authenticated));
      failed.push({ ref: watched.repo, message: describeGitHubError(error, watched.repo, github.authenticated) });
    }
  }
  progress.log(`gather: ${plural(items.length, 'item')} in ${since}..${until} from ${plural(watchlist.repositories.length, 'repository', 'repositories')}`);
  return items;
}

async function fetchRecord(github: GitHubClient, item: Item): Promise<UpstreamRecord> {
  if (item.kind === 'pull') {
    const { pull, files } = await fetchPull(github, item.repo, item.number);
    return normalizePull(pull, files);
  }
  // A release found by listing is already complete: no second request for it.
  return normalizeRelease(item.repo, item.prefetched ?? (await fetchRelease(github, item.repo, item.tag)));
}

/** `work`, or a rejection as soon as `signal` aborts: Ctrl-C should not wait out a retry's backoff. */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
