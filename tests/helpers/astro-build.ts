import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsideVitest } from './outside-vitest.ts';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

const BUILD = join(process.cwd(), 'scripts', 'run.mjs');

/**
 * Runs the production build (`npm run build`: astro build, then the search index) into a fresh temporary folder.
 * `contentDir` swaps the content folder through CONTENT_DIR, as the benchmark does; `env` adds variables.
 */
export async function astroBuild(options: { contentDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BuildResult> {
  const outDir = await mkdtemp(join(tmpdir(), 'uw-dist-'));
  const env: NodeJS.ProcessEnv = { ...outsideVitest(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [BUILD, 'build', '--outDir', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output, outDir };
}
