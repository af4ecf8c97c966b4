// `npm run build` runs the content check (`npm run check`) beside `astro build`, not
// before it: the check takes one core about 5 s at 520 issues, and Astro's startup and
// bundling leave the other core idle for longer than that. It runs as a process of its
// own, so its memory (about 240 MB) is gone when it exits, well before bundling reaches
// the build's peak. Its verdict still comes first: content it refuses stops Astro, and
// the build fails with the check's own lines, whichever of the two finished first.
// A plain `astro build` checks before it starts (src/integrations/content-check.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, InterruptedError } from '#lib/cli/cli-errors.ts';

const CHECK = fileURLToPath(new URL('../../../scripts/check.ts', import.meta.url));

export interface CheckVerdict {
  /** The content has errors: what check printed, as the build's error. */
  error?: CliError;
  /** Check's lines when it passed with warnings ("file:line: warning: …" and its summary). */
  warnings?: string;
}

/** Starts `npm run check` for the content folder of this environment: its verdict, and a way to stop it (Ctrl-C). */
export function checkBeside(env: NodeJS.ProcessEnv = process.env): { verdict: Promise<CheckVerdict>; stop: () => void } {
  // The same node and flags as this process (type stripping before Node 22.18).
  const child = spawn(process.execPath, [...process.execArgv, CHECK], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const verdict = new Promise<CheckVerdict>((done, fail) => {
    child.on('error', (error) => fail(new CliError(`the content check could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      const said = output.trimEnd();
      if (code === 0) done({ warnings: /: warning: /.test(said) ? said : undefined });
      else if (code === EXIT.interrupted || signal === 'SIGINT') fail(new InterruptedError('the content check was stopped; nothing was built'));
      else if (code === EXIT.failed) done({ error: new CliError(`the content check refused the content; nothing was built:\n${said}`) });
      else fail(new CliError(`the content check stopped (${signal ?? `exit ${code}`}) before its verdict${said ? `:\n${said}` : ''}`));
    });
  });
  verdict.catch(() => {});
  return { verdict, stop: () => void child.kill('SIGTERM') };
}
