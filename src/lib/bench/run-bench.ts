// The steps of a benchmark run, in order: generate, build (timed, with the process
// tree's peak memory), measure the output, time the editor's loop, report.
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroCacheDirFor } from '../content/content-dir.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureOutput, type OutputStats } from './measure-output.ts';
import { watchPeakRss } from './process-tree.ts';
import type { BenchOptions } from './bench-options.ts';
import { timeDevRefresh } from './time-dev-refresh.ts';
import { plural } from '../cli/plural.ts';

export interface BenchResult {
  issues: number;
  records: number;
  machine: { cpus: number; memoryGiB: number; node: string; cpuModel: string };
  build: { seconds: number; peakRssMiB: number; pagesPerSecond: number; msPerPage: number };
  output: OutputStats;
  editor: { draftSeconds: number; checkSeconds: number; devRefreshSeconds: number | null } | null;
  recordedAt: string;
}

export async function runBench(options: BenchOptions, log: (message: string) => void): Promise<BenchResult & { kept?: { content: string; dist: string } }> {
  // 1. Generate the corpus.
  const root = await mkdtemp(join(tmpdir(), `uw-bench-${options.issues}-`));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  log(`bench: generating ${plural(options.issues, 'issue')} into ${content}`);
  const corpus = await generateCorpus(content, options.issues, { demosFrom: 'content/demos', pagesFrom: 'content/pages', recordsFrom: 'content/upstream' });
  let failed = true;
  try {
    // 2. The full production build, as `npm run build` runs it.
    log(`bench: building ${plural(corpus.records, 'record')} and ${plural(options.issues, 'issue')}`);
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const buildLog = join(root, 'build.log');
    child.stdout.on('data', (chunk) => void appendFile(buildLog, chunk));
    child.stderr.on('data', (chunk) => void appendFile(buildLog, chunk));
    const memory = watchPeakRss(child.pid!);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (performance.now() - started) / 1000;
    const peak = await memory.stop();
    if (code !== 0) throw new Error(`the build failed (exit ${code}); see ${buildLog}`);

    // 3. What it wrote.
    const output = await measureOutput(dist);

    // 4. The editor's loop.
    let editor: BenchResult['editor'] = null;
    if (options.editor) {
      log('bench: timing npm run draft, npm run check and a dev-server refresh');
      const env = { ...process.env, CONTENT_DIR: content };
      const draftSeconds = await timeCommand(['scripts/draft.ts', '--date', corpus.nextDate, '--dry-run'], env);
      const checkSeconds = await timeCommand(['scripts/check.ts'], env);
      const devRefreshSeconds = await timeDevRefresh(content, corpus.nextDate, log).catch((error: Error) => {
        log(`bench: dev-server refresh not measured: ${error.message}`);
        return null;
      });
      editor = { draftSeconds, checkSeconds, devRefreshSeconds };
    }

    const result: BenchResult = {
      issues: options.issues,
      records: corpus.records,
      machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, cpuModel: cpus()[0]?.model ?? 'unknown' },
      build: { seconds, peakRssMiB: Math.round(peak / 2 ** 20), pagesPerSecond: output.pages / seconds, msPerPage: (seconds * 1000) / output.pages },
      output,
      editor,
      recordedAt: new Date().toISOString(),
    };
    failed = false;
    return options.keep ? { ...result, kept: { content, dist } } : result;
  } finally {
    // A failed run keeps its folder (and build.log) for a look; a good one cleans up unless --keep.
    if (failed) log(`bench: kept ${root} for inspection`);
    else if (!options.keep) {
      await rm(root, { recursive: true, force: true });
      const cache = astroCacheDirFor(content);
      if (cache) await rm(cache, { recursive: true, force: true });
    }
  }
}

/** Wall time of `node <args>`, in seconds, failing when the command does (exit 3, nothing to draft, counts as done). */
async function timeCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${code}): ${stderr.slice(-500)}`);
  return (performance.now() - started) / 1000;
}
