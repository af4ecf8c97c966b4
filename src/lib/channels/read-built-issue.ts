// The scripts read an issue as Astro rendered it (`channel.json` in the build), and build the
// site first when that file is missing or older than the content it came from.
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { InterruptedError } from '#lib/cli/cli-errors.ts';
import { whyNotWritable } from '#lib/fs/check-writable.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import type { Lang } from '#lib/i18n/locales.ts';
import { builtIssueSchema, type BuiltIssue } from './built-issue-schema.ts';
import { PublishError } from './publish-error.ts';
import { displayPath } from '#lib/fs/display-path.ts';

export interface ReadBuiltOptions {
  /** The build folder (`dist`). */
  dist: string;
  contentDir: string;
  date: string;
  lang: Lang;
  /** Progress and notices, one line each (stderr). */
  say: (message: string) => void;
  signal?: AbortSignal;
}

// Files in content/ that the site does not render: a newer one must not force a build.
const NOT_RENDERED = /^newsletter(-sent)?\.ya?ml$/;

export async function readBuiltIssue(options: ReadBuiltOptions): Promise<BuiltIssue> {
  const file = join(options.dist, options.lang, 'issues', options.date, 'channel.json');
  const shown = displayPath(resolve(options.dist));
  const reason = await whyBuild(file, options.contentDir);
  if (reason) {
    options.say(`${shown}/ ${reason}; building the site first`);
    await buildSite(options);
  } else {
    options.say(`using the build in ${shown}/ (newer than the content)`);
  }
  const text = await ifThere(readFile(file, 'utf8'), null);
  if (text === null) throw new PublishError(`the build has no ${displayPath(file)}: is issue ${options.date} a draft or unpublished?`);
  const parsed = builtIssueSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new PublishError(`${displayPath(file)} is not what this script expects; build again (npm run build)`);
  return parsed.data;
}

/** Why `built` (an issue's channel.json) must be built again, or null when it is up to date. */
export async function whyBuild(built: string, contentDir: string): Promise<string | null> {
  const made = await ifThere(stat(built), null);
  if (!made) return `has no ${relative(resolve(built, '../../../..'), built)}`;
  const newer = await newestFile(contentDir);
  if (newer && newer.mtimeMs > made.mtimeMs) return `is older than ${displayPath(newer.path)}`;
  return null;
}

async function newestFile(dir: string): Promise<{ path: string; mtimeMs: number } | null> {
  const entries = await ifThere(readdir(dir, { recursive: true, withFileTypes: true }), []);
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of entries) {
    if (!entry.isFile() || NOT_RENDERED.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(path);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

/** `npm run build -- --outDir dist` (the site and its search index), its output on stderr so stdout stays the script's own. */
async function buildSite(options: ReadBuiltOptions): Promise<void> {
  const unwritable = await whyNotWritable(options.dist, 'folder');
  if (unwritable) throw new PublishError(`--dist: ${unwritable}`);
  const build = resolve('scripts', 'run.mjs');
  const child = spawn(process.execPath, [build, 'build', '--outDir', options.dist], {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    signal: options.signal,
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', (error) => (error.name === 'AbortError' ? done(null) : fail(error)));
    child.on('close', done);
  });
  if (options.signal?.aborted) throw new InterruptedError('stopped while building the site; nothing was written');
  if (code !== 0) throw new PublishError(`the site build failed (exit ${code}); its output is above`);
}
