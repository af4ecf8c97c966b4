// The peer the build is compared with: Hugo on the same corpus (see hugo-site.ts), then
// the Pagefind binary the site uses, run from the npm package with the site's settings
// (none: the defaults), over Hugo's output. Each is timed with its process tree's peak.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { UnavailableError } from '#lib/cli/cli-errors.ts';
import { writeHugoSite } from './hugo-site.ts';
import { measureOutput, type OutputStats } from './measure-output.ts';
import { timedRun, type TimedRun } from './timed-run.ts';

export interface BaselineResult {
  tool: 'hugo';
  /** `hugo version`'s first words, such as `hugo v0.111.3+extended linux/amd64`. */
  version: string;
  /** Hugo and Pagefind together: what the ratio divides by. */
  seconds: number;
  /** The larger of the two peaks: they run one after the other. */
  peakRssMiB: number;
  hugo: TimedRun;
  pagefind: TimedRun;
  output: OutputStats;
}

/** The hand-written theme: `bench/hugo/`. */
const THEME = { dir: fileURLToPath(new URL('../../../bench', import.meta.url)), name: 'hugo' };

export const HUGO_INSTALL = 'install it with `sudo apt-get install hugo` on Debian or Ubuntu (0.111 or later), or see https://gohugo.io/installation/';

/** The `hugo` on PATH, or an UnavailableError (exit 3) saying how to install it. */
export async function hugoVersion(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('hugo', ['version']);
    return stdout.trim().split(' BuildDate')[0]!;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UnavailableError(`--baseline hugo needs the hugo command${missing ? ', which is not on PATH' : `, which failed: ${(error as Error).message}`}; ${HUGO_INSTALL}`);
  }
}

export async function runHugoBaseline(content: string, root: string, options: { version: string; signal?: AbortSignal; log: (message: string) => void }): Promise<BaselineResult> {
  const site = join(root, 'hugo');
  const output = join(root, 'hugo-public');
  const logFile = join(root, 'hugo.log');
  const written = await writeHugoSite(content, site, THEME);
  options.log(`bench: Hugo baseline: ${written.issues} issue files and ${written.records} records as Markdown in ${site}`);
  const hugo = await timedRun('hugo', 'hugo', ['--source', site, '--destination', output, '--noBuildLock'], { log: logFile, signal: options.signal });
  const pagefind = await timedRun('pagefind', process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', output], { log: logFile, signal: options.signal });
  return {
    tool: 'hugo',
    version: options.version,
    seconds: hugo.seconds + pagefind.seconds,
    peakRssMiB: Math.max(hugo.peakRssMiB, pagefind.peakRssMiB),
    hugo,
    pagefind,
    output: await measureOutput(output),
  };
}
