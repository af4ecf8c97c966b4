// One timed step of the bench: a command run to its end, with its wall time and the
// peak resident memory of its whole process tree; its output goes to a log file.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CliError } from '#lib/cli/cli-errors.ts';
import { watchPeakRss } from './process-tree.ts';

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
  const started = performance.now();
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
  const log = createWriteStream(options.log, { flags: 'a' });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const memory = child.pid === undefined ? null : watchPeakRss(child.pid);
  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = (await memory?.stop()) ?? 0;
  log.end();
  await finished(log);
  if (exit.error) throw options.signal?.aborted ? options.signal.reason : new CliError(`${what} could not start: ${exit.error.message}`);
  if (exit.code !== 0) throw new CliError(`${what} failed (exit ${exit.code}); see ${options.log}`);
  return { seconds, peakRssMiB: Math.round(peak / 2 ** 20) };
}
