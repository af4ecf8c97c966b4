// A stopped bench waits for the build's processes before removing its folder, and a folder
// it cannot remove is a warning, never the outcome.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeFolder } from '#lib/bench/run-bench.ts';
import { timedRun } from '#lib/bench/timed-run.ts';
import { readOnlyDir } from '../helpers/read-only-dir.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

// A command that ignores Ctrl-C itself and waits for a child of its own, which goes on
// writing for a moment after Ctrl-C (as Astro's workers do), then exits.
const GRANDCHILD = `
const { writeFileSync } = require('node:fs');
process.on('SIGINT', () => setTimeout(() => { writeFileSync(process.argv[1] + '/late', 'x'); process.exit(130); }, 400));
writeFileSync(process.argv[1] + '/started', 'x');
setInterval(() => {}, 1000);`;
const PARENT = `
const { spawn } = require('node:child_process');
process.on('SIGINT', () => {});
spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}, process.argv[1]], { stdio: 'inherit' }).on('exit', (code) => process.exit(code));`;

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('timedRun stopped', () => {
  it('passes Ctrl-C to the whole tree and rejects only once every process has exited', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-timed-'));
    const controller = new AbortController();
    const run = timedRun('the build', process.execPath, ['-e', PARENT, dir], { log: join(dir, 'log'), signal: controller.signal });
    await until(() => existsSync(join(dir, 'started')));
    controller.abort();
    await expect(run).rejects.toThrow();
    expect(existsSync(join(dir, 'late'))).toBe(true);
  });
});

describe('removeFolder', () => {
  it('removes a folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-timed-'));
    await mkdir(join(dir, 'dist', 'zh'), { recursive: true });
    await writeFile(join(dir, 'dist', 'zh', 'index.html'), 'x');
    const said: string[] = [];
    await removeFolder(join(dir, 'dist'), (message) => said.push(message));
    expect(await readdir(dir)).toEqual([]);
    expect(said).toEqual([]);
  });

  it('warns, naming the folder, when it cannot remove it, and does not throw', async (context) => {
    dir = await mkdtemp(join(tmpdir(), 'uw-timed-'));
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'index.html'), 'x');
    const readOnly = await readOnlyDir(dir);
    if ('skip' in readOnly) return context.skip(readOnly.skip);
    try {
      const said: string[] = [];
      await removeFolder(join(readOnly.dir, 'dist'), (message) => said.push(message));
      expect(said).toEqual([`bench: warning: could not remove ${join(readOnly.dir, 'dist')} (EROFS); remove it by hand`]);
    } finally {
      await readOnly.release();
    }
  });
});
