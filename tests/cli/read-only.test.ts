// Every command that writes, pointed at a read-only folder: one clear line naming the
// path, the cause and what to do; no stack trace; nothing measured or fetched is lost.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { readOnlyDir, tinyDiskDir, type ReadOnlyDir } from '../helpers/read-only-dir.ts';
import { startFixtureServer } from '#lib/github/fixture-server.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function command(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, GITHUB_TOKEN: '', GITHUB_API_URL: 'http://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A read-only folder, or a skipped test saying why there cannot be one here. */
async function readOnly(context: TestContext, source?: string, make: () => Promise<ReadOnlyDir> = () => readOnlyDir(source)): Promise<string> {
  const made = await make();
  if ('skip' in made) context.skip(made.skip);
  else cleanup.push(made.release);
  return 'dir' in made ? made.dir : '';
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-ro-cli-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function github() {
  const server = await startFixtureServer({ fixturesDir: 'tests/fixtures/github' });
  cleanup.push(() => server.close());
  return server.url;
}

const noStack = (run: Run) => expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);

describe('a folder that cannot be written (read-only, full)', () => {
  it('gather --out: one line naming the folder, the cause and what to do', async (context) => {
    const ro = await readOnly(context);
    const run = await command('gather', ['--pr', 'kubernetes/kubernetes#115143', '--out', ro, '--no-cache'], { GITHUB_API_URL: await github() });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `gather: cannot create the folder ${join(ro, 'kubernetes/kubernetes/pulls')}: the file system is read-only (EROFS); run where the folder is writable, or choose another place`,
    );
    noStack(run);
  });

  it('gather --cache-dir: a warning, once, and the run goes on', async (context) => {
    const ro = await readOnly(context);
    const out = await tempDir();
    const run = await command('gather', ['--since', '2023-01-16', '--until', '2023-01-29', '--out', out, '--cache-dir', join(ro, 'github')], { GITHUB_API_URL: await github() });
    expect(run.code).toBe(0);
    expect(run.stderr.match(/warning: cannot create the folder .*github: the file system is read-only \(EROFS\)/g)).toHaveLength(1);
    expect(run.stdout).toContain('gather: 9 records fetched: 9 new');
    expect((await readdir(out, { recursive: true })).filter((name) => String(name).endsWith('.json'))).toHaveLength(9);
  });

  it('gather --record: one line, at once, with no retries', async (context) => {
    const ro = await readOnly(context);
    const out = await tempDir();
    const run = await command('gather', ['--pr', 'kubernetes/kubernetes#115143', '--out', out, '--record', join(ro, 'recording')], { GITHUB_API_URL: await github() });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `gather: cannot create the folder ${join(ro, 'recording')}: the file system is read-only (EROFS); run where the folder is writable, or choose another place`,
    );
    expect(run.stderr).not.toContain('retrying');
    noStack(run);
  });

  it('a full disk under gather --out: one line, and the records written before are whole', async (context) => {
    const tiny = await readOnly(context, undefined, tinyDiskDir);
    const run = await command('gather', ['--since', '2023-01-16', '--until', '2023-01-29', '--out', tiny, '--no-cache'], { GITHUB_API_URL: await github() });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^gather: cannot write ${tiny}/\\S+\\.json: no space left on the device \\(ENOSPC\\); free some space, then run again$`),
    );
    noStack(run);
    for (const name of (await readdir(tiny, { recursive: true })).map(String).filter((file) => file.endsWith('.json'))) {
      JSON.parse(await readFile(join(tiny, name), 'utf8'));
    }
    expect((await readdir(tiny, { recursive: true })).map(String).filter((name) => /\.json\.\d+$/.test(name) || name.includes('.tmp'))).toEqual([]);
  });

  it('changelog --out: one line', async (context) => {
    const ro = await readOnly(context);
    const run = await command('changelog', ['--repo', 'kubernetes/kubernetes', '--since', '2023-01-16', '--until', '2023-01-29', '--out', join(ro, 'notes.md')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `changelog: cannot write ${join(ro, 'notes.md')}: the file system is read-only (EROFS); run where the folder is writable, or choose another place`,
    );
    noStack(run);
  });

  it('demo --out into a read-only place: refused before measuring, exit 2', async (context) => {
    const ro = await readOnly(context);
    const run = await command('demo', ['run', 'ipvs-schedulers', '--out', join(ro, 'results.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`demo: --out: cannot write ${ro}: the file system is read-only (EROFS)`);
    noStack(run);
  });

  it('draft into a read-only content folder: one line, no issue file changed', async (context) => {
    // The first issue is drafted afresh: its records are there, its folder is not.
    const source = await tempDir();
    await cp('content', source, { recursive: true });
    await rm(join(source, 'issues/2023-01-30'), { recursive: true });
    const content = await readOnly(context, source);
    const run = await command('draft', ['--date', '2023-01-30'], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`draft: cannot create the folder ${join(content, 'issues/2023-01-30')}: the file system is read-only (EROFS)`);
    expect(run.stderr).toContain('no issue file was changed');
    noStack(run);
  });

  it('build --outDir into a read-only folder: one line before Astro starts', async (context) => {
    const ro = await readOnly(context);
    const run = await command('build', ['--outDir', ro]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`build: cannot write ${ro}: the file system is read-only (EROFS); run where the folder is writable, or choose another place`);
    noStack(run);
  });

  it('wechat --dist into a read-only folder: one line, no build attempted', async (context) => {
    const ro = await readOnly(context);
    const run = await command('wechat', ['--issue', '2023-01-30', '--dist', ro]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`wechat: --dist: cannot write ${ro}: the file system is read-only (EROFS)`);
    expect(run.stderr).not.toMatch(/^build:|astro/im);
    noStack(run);
  });

  it('wechat --out onto a folder: refused before building, exit 2', async () => {
    const folder = await tempDir();
    const run = await command('wechat', ['--issue', '2023-01-30', '--dist', join(folder, 'dist'), '--out', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`wechat: --out: cannot write ${folder}: it is a folder, not a file (EISDIR); name a file`);
    expect(run.stderr).not.toContain('building the site');
    noStack(run);
  });
});
