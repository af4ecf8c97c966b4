// `npm run build` runs the content check (`npm run check`) beside `astro build`, not
// before it: the check takes one core about 5 s at 520 issues, and Astro's startup and
// bundling leave the other core idle for longer than that. It runs as a process of its
// own, so its memory (about 240 MB) is gone when it exits, well before bundling reaches
// the build's peak. Its verdict still comes first: content it refuses stops Astro, and
// the build fails with the check's own lines, whichever of the two finished first. The
// price: Astro may have emptied the output folder by then (about 4.5 s in at 520 issues),
// which the refusal says. A plain `astro build` checks before it starts (src/integrations/content-check.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, InterruptedError } from '#lib/cli/cli-errors.ts';

const CHECK = fileURLToPath(new URL('../../../scripts/check.ts', import.meta.url));

/**
 * Set to `1`, `astro build`'s own check (the content-check integration) stays off: `npm run
 * build` sets it for Astro when it runs the check beside it, and the parity test to see what
 * Astro refuses on its own (`npm run build` then runs no check either).
 */
export const BUILD_WITHOUT_CHECK = 'UPSTREAM_WEEKLY_BUILD_WITHOUT_CHECK';

export interface CheckVerdict {
  /** The content has errors: what check printed (its problems and its summary). */
  refusal?: string;
  /** Check's lines when it passed with warnings ("file:line: warning: …" and its summary). */
  warnings?: string;
}

/**
 * Starts `npm run check` for the content folder of this environment: its verdict, and a way
 * to stop it (Ctrl-C). With `force` (`npm run build -- --force`) it compiles every body again.
 */
export function checkBeside(env: NodeJS.ProcessEnv = process.env, options: { force?: boolean } = {}): { verdict: Promise<CheckVerdict>; stop: () => void } {
  // The same node and flags as this process (type stripping before Node 22.18).
  const child = spawn(process.execPath, [...process.execArgv, CHECK, ...(options.force ? ['--force'] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Decoded as a stream, so a Chinese character split across two reads stays whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const verdict = new Promise<CheckVerdict>((done, fail) => {
    child.on('error', (error) => fail(new CliError(`the content check could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      const said = output.trimEnd();
      if (code === 0) done({ warnings: /: warning: /.test(said) ? said : undefined });
      else if (code === EXIT.interrupted || signal) fail(new InterruptedError('the content check was stopped, and the build with it'));
      else if (code === EXIT.failed) done({ refusal: said });
      else fail(new CliError(`the content check stopped (exit ${code}) before its verdict${said ? `:\n${said}` : ''}`));
    });
  });
  verdict.catch(() => {});
  return { verdict, stop: () => void child.kill('SIGTERM') };
}
