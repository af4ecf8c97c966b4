// The production build, in order: `astro build` in a process of its own, then, once it
// has exited and given its memory back, the Pagefind index of what it wrote. Every
// build goes through here (`npm run build`, `npm start`, the tests, the bench, the
// deploy workflow), so a built site always has its search index.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, InterruptedError } from '#lib/cli/cli-errors.ts';
import { whyNotWritable } from '#lib/fs/check-writable.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { BUILD_WITHOUT_CHECK, checkBeside } from './check-beside.ts';
import { writeSearchIndex } from './search-index.ts';

export const BUILD_USAGE = `Usage: npm run build [-- ASTRO_OPTIONS]

Builds the site: runs \`astro build\` (pages, feeds, sitemap) in a process of its own,
with \`npm run check\` beside it (content the check refuses stops the build, in the
check's words), then indexes the output for search with Pagefind once Astro has
exited, so the two never hold their memory at the same time. Options are passed to \`astro build\`;
--outDir DIR (default dist) is also where the index goes.

Environment: CONTENT_DIR (another content folder), SITE_URL (the public address),
FEED_ISSUES (issues per feed, default 20), NODE_OPTIONS (Astro's process gets
--max-old-space-size=1024 unless NODE_OPTIONS sets one).

Exit codes: 0; 1 when the output folder cannot be written (said before Astro starts), the check
refuses the content, or the build or the index fails;
130 on Ctrl-C.`;

/** `astro build` could not start or failed: its exit code, else 1. */
export class BuildFailedError extends CliError {
  constructor(message: string, exitCode: number = EXIT.failed) {
    super(message, exitCode);
    this.name = 'BuildFailedError';
  }
}

const ASTRO = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * V8's heap limit for Astro's process, in MiB. Left to itself V8 lets a big build's
 * garbage pile up to gigabytes before collecting it (a 520-issue build peaked at over
 * 2.5 GiB); with this limit it collects sooner (1,200 MiB gave a peak of 1,533-1,559 MiB for the
 * whole build). A NODE_OPTIONS
 * that sets --max-old-space-size itself wins.
 */
export const ASTRO_HEAP_MIB = 1024;

/** The environment for Astro's process: NODE_OPTIONS with the heap limit added, unless it has one. */
export function astroEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(options)) return env;
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${ASTRO_HEAP_MIB}`.trim() };
}

/** The folder `astro build ARGS` writes to: its --outDir, else dist. */
export function outDirOf(args: readonly string[], cwd = process.cwd()): string {
  for (const [i, arg] of args.entries()) {
    if (arg === '--outDir' && args[i + 1]) return resolve(cwd, args[i + 1]!);
    if (arg.startsWith('--outDir=')) return resolve(cwd, arg.slice('--outDir='.length));
  }
  return resolve(cwd, 'dist');
}

/** Runs `astro build ARGS`, then the search index; `say` reports each step. */
export async function runBuild(args: readonly string[], say: (line: string) => void): Promise<void> {
  const started = performance.now();
  const site = outDirOf(args);
  // Asked first: Astro would fail late, deep in its copy step, with a stack trace.
  const unwritable = await whyNotWritable(site, 'folder');
  if (unwritable) throw new CliError(unwritable);
  await runAstroBesideCheck(args, say);
  say(`build: indexing ${site} for search`);
  const indexed = await writeSearchIndex(site);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`build: indexed ${indexed.pages} pages into ${indexed.outputPath}; done in ${seconds} s`);
}

/**
 * `astro build` with the content check beside it (check-beside.ts). Content the check
 * refuses stops Astro, and the build fails with the check's problems, even when Astro
 * failed on the same content first.
 */
async function runAstroBesideCheck(args: readonly string[], say: (line: string) => void): Promise<void> {
  // Ctrl-C reaches both children (same process group): this process waits for them to stop,
  // also while it waits for the check's verdict after Astro has ended, then reports.
  const ignore = () => {};
  for (const signal of INTERRUPTS) process.on(signal, ignore);
  try {
    const checking = process.env[BUILD_WITHOUT_CHECK] === '1' ? undefined : checkBeside(process.env, { force: args.includes('--force') });
    // Astro's own integration need not check again.
    const astro = startAstro(args, { ...astroEnv(), [BUILD_WITHOUT_CHECK]: '1' });
    // Astro stops as soon as the check refuses the content or fails.
    let stoppedForCheck = false;
    const stopAstro = () => {
      stoppedForCheck = true;
      astro.stop();
    };
    checking?.verdict.then(({ refusal }) => refusal && stopAstro(), stopAstro);
    const failure = await astro.done.then(
      () => undefined,
      (error: Error) => error,
    );
    if (failure instanceof InterruptedError && !stoppedForCheck) {
      checking?.stop();
      throw failure;
    }
    const verdict = await checking?.verdict;
    // Astro may have begun on the output folder already (it empties it first): say so.
    if (verdict?.refusal) throw new CliError(`the content check refused the content:\n${verdict.refusal}\nThe build was stopped: ${displayPath(outDirOf(args))} may hold a partial site until the next build.`);
    if (failure) throw failure;
    if (verdict?.warnings) say(verdict.warnings);
  } finally {
    for (const signal of INTERRUPTS) process.off(signal, ignore);
  }
}

/** The signals a terminal, a CI cancel or `timeout` send to stop a command. */
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function startAstro(args: readonly string[], env: NodeJS.ProcessEnv): { done: Promise<void>; stop: () => void } {
  const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env });
  const done = new Promise<void>((done, fail) => {
    child.on('error', (error) => fail(new BuildFailedError(`astro build could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else if (signal && (INTERRUPTS as readonly string[]).includes(signal)) fail(new InterruptedError(`astro build stopped (${signal}); no search index written`));
      // Killed for memory (SIGKILL) or aborted (SIGABRT): a failure, not a Ctrl-C.
      else if (signal) fail(new BuildFailedError(`astro build was killed (${signal}); no search index written`));
      else fail(new BuildFailedError(`astro build failed (exit ${code}); no search index written`, code ?? EXIT.failed));
    });
  });
  return { done, stop: () => void child.kill('SIGTERM') };
}
