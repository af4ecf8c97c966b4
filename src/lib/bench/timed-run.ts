// One timed step of the bench: a command run to its end, with its wall time and the
// peak resident memory of its whole process tree; its output goes to a log file.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CliError } from '#lib/cli/cli-errors.ts';
import { descendants, watchPeakRss } from './process-tree.ts';

export interface TimedRun {
  seconds: number;
  peakRssMiB: number;
}

export interface TimedRunOptions {
  env?: NodeJS.ProcessEnv;
  /** Where stdout and stderr go, appended. */
  log: string;
  /** Stops the command (Ctrl-C on the bench). */
  signal?: AbortSignal;
}

/** Runs `command args`, failing with the log's path when it fails. */
export async function timedRun(what: string, command: string, args: string[], options: TimedRunOptions): Promise<TimedRun> {
  options.signal?.throwIfAborted();
  const started = performance.now();
  // Not spawn's own `signal`: it reports the abort at once, while the command's processes still write
  // into the run folder the bench is about to remove. A stop is passed on as Ctrl-C, then waited for.
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => void interruptTree(child.pid);
  options.signal?.addEventListener('abort', stop, { once: true });
  const log = createWriteStream(options.log, { flags: 'a' });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const memory = child.pid === undefined ? null : watchPeakRss(child.pid);
  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    // 'close' waits for every process holding the output pipes: the command and all it started.
    child.on('close', (code) => resolve({ code }));
  });
  options.signal?.removeEventListener('abort', stop);
  const seconds = (performance.now() - started) / 1000;
  const peak = (await memory?.stop()) ?? 0;
  log.end();
  await finished(log);
  if (options.signal?.aborted) throw options.signal.reason;
  if (exit.error) throw new CliError(`${what} could not start: ${exit.error.message}`);
  if (exit.code !== 0) throw new CliError(`${what} failed (exit ${exit.code}); see ${options.log}`);
  return { seconds, peakRssMiB: Math.round(peak / 2 ** 20) };
}

/** SIGINT to `root` and everything under it, as Ctrl-C on a terminal would send it (a process may already be gone). */
async function interruptTree(root: number | undefined): Promise<void> {
  if (root === undefined) return;
  for (const pid of [root, ...(await descendants(root))]) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // It exited meanwhile.
    }
  }
}
