// The steps of a benchmark run, in order: generate, build (timed, with the process
// tree's peak memory), measure the output, build the Hugo baseline, add an issue and
// rebuild, time the editor's loop (last: its dev server shares the build's cache), report.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { InterruptedError } from '#lib/cli/cli-errors.ts';
import type { BenchOptions } from './bench-options.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureOutput, type OutputStats } from './measure-output.ts';
import { hugoVersion, runHugoBaseline, type BaselineResult } from './run-hugo-baseline.ts';
import { timedRun, type TimedRun } from './timed-run.ts';
import { timeCommand } from './time-command.ts';
import { timeDevRefresh } from './time-dev-refresh.ts';
import { plural } from '#lib/cli/plural.ts';

export interface BenchResult {
  issues: number;
  records: number;
  machine: { cpus: number; memoryGiB: number; node: string; cpuModel: string };
  build: TimedRun & { pagesPerSecond: number; msPerPage: number };
  output: OutputStats;
  /** The Hugo build of the same corpus, in the same run (`--baseline hugo`). */
  baseline: BaselineResult | null;
  /** This build's wall time over the baseline's (Hugo plus Pagefind). */
  ratio: number | null;
  /** The rebuild after one more issue (`--warm`), and its time over the baseline's full build. */
  warm: (TimedRun & { addedIssue: string; output: OutputStats; ratioToBaseline: number | null }) | null;
  editor: { draftSeconds: number; checkSeconds: number; devRefreshSeconds: number | null } | null;
  recordedAt: string;
}

export interface KeptFolders {
  content: string;
  /** The site as last built: the warm rebuild's with --warm, else the first build's. */
  dist: string;
  /** The first build's site, when a warm rebuild wrote its own. */
  firstDist?: string;
  hugo?: string;
}

export async function runBench(options: BenchOptions, log: (message: string) => void, signal?: AbortSignal): Promise<BenchResult & { kept?: KeptFolders }> {
  // 0. A missing tool fails before any work.
  const version = options.baseline === 'hugo' ? await hugoVersion() : null;

  // 1. Generate the corpus.
  const root = await mkdtemp(join(tmpdir(), `uw-bench-${options.issues}-`));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  let failed = true;
  try {
    log(`bench: generating ${plural(options.issues, 'issue')} into ${content}`);
    const corpus = await generateCorpus(content, options.issues, { demosFrom: 'content/demos', pagesFrom: 'content/pages', recordsFrom: 'content/upstream' });
    const records = corpus.records;
    signal?.throwIfAborted();

    // 2. The full production build, as `npm run build` runs it.
    log(`bench: building ${plural(corpus.records, 'record')} and ${plural(options.issues, 'issue')}`);
    const build = await astroBuild(content, dist, join(root, 'build.log'), signal);
    const output = await measureOutput(dist);

    // 3. The Hugo baseline, on the same corpus.
    let baseline: BaselineResult | null = null;
    if (version) {
      log(`bench: building the Hugo baseline with ${version}`);
      baseline = await runHugoBaseline(content, root, { version, signal, log });
    }

    // 4. A week later: one more issue, built again as the deploy workflow builds it, with the
    // cache the first build left (Astro's, kept between deploys) into an output folder of its own
    // (a deploy starts from a fresh checkout, with no output folder to clear).
    let warm: BenchResult['warm'] = null;
    if (options.warm) {
      const addedIssue = await corpus.addIssue();
      log(`bench: added the issue of ${addedIssue}; building again`);
      const warmDist = join(root, 'dist-warm');
      const rebuild = await astroBuild(content, warmDist, join(root, 'build-warm.log'), signal);
      warm = { ...rebuild, addedIssue, output: await measureOutput(warmDist), ratioToBaseline: baseline ? rebuild.seconds / baseline.seconds : null };
    }

    // 5. The editor's loop.
    let editor: BenchResult['editor'] = null;
    if (options.editor) {
      log('bench: timing npm run draft, npm run check and a dev-server refresh');
      const env = { ...process.env, CONTENT_DIR: content };
      const draftSeconds = await timeCommand(['scripts/draft.ts', '--date', corpus.nextDate, '--dry-run'], env);
      const checkSeconds = await timeCommand(['scripts/check.ts'], env);
      signal?.throwIfAborted();
      const devRefreshSeconds = await timeDevRefresh(content, corpus.nextDate, log).catch((error: Error) => {
        log(`bench: dev-server refresh not measured: ${error.message}`);
        return null;
      });
      editor = { draftSeconds, checkSeconds, devRefreshSeconds };
    }
    signal?.throwIfAborted();

    const result: BenchResult = {
      issues: options.issues,
      records,
      machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, cpuModel: cpus()[0]?.model ?? 'unknown' },
      build: { ...build, pagesPerSecond: output.pages / build.seconds, msPerPage: (build.seconds * 1000) / output.pages },
      output,
      baseline,
      ratio: baseline ? build.seconds / baseline.seconds : null,
      warm,
      editor,
      recordedAt: new Date().toISOString(),
    };
    failed = false;
    if (!options.keep) return result;
    const sites = warm ? { dist: join(root, 'dist-warm'), firstDist: dist } : { dist };
    return { ...result, kept: { content, ...sites, ...(baseline ? { hugo: join(root, 'hugo-public') } : {}) } };
  } catch (error) {
    if (signal?.aborted) throw new InterruptedError('interrupted; the generated corpus was removed and no results were saved');
    throw error;
  } finally {
    // A failed run keeps its folder (and logs) for a look; a good or stopped one cleans up unless --keep.
    if (failed && !signal?.aborted) log(`bench: kept ${root} for inspection`);
    else if (failed || !options.keep) {
      await removeFolder(root, log);
      const cache = astroCacheDirFor(content);
      if (cache) await removeFolder(cache, log);
    }
  }
}

/**
 * Removes a run's folder, retrying while something lets go of it. A failure is a warning naming the
 * folder: it must not take the place of the run's own outcome (an interruption, a result).
 */
export async function removeFolder(folder: string, log: (message: string) => void): Promise<void> {
  try {
    await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    log(`bench: warning: could not remove ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); remove it by hand`);
  }
}

function astroBuild(content: string, dist: string, log: string, signal: AbortSignal | undefined): Promise<TimedRun> {
  return timedRun('the build', process.execPath, ['scripts/run.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    log,
    signal,
  });
}
