import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type ReadOnlyDir = { dir: string; release: () => Promise<void> } | { skip: string };

/**
 * A temporary folder (holding a copy of `source`, if given) that is read-only for
 * everyone, root included: bind-mounted onto itself read-only, so writes fail with
 * EROFS as on a read-only volume (chmod does not stop root). Needs the right to mount;
 * without it the caller skips, with the reason this returns.
 */
export async function readOnlyDir(source?: string): Promise<ReadOnlyDir> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-readonly-'));
  if (source) await cp(source, dir, { recursive: true });
  try {
    await run('mount', ['--bind', dir, dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return { skip: `cannot make a read-only folder here (mount --bind needs root and CAP_SYS_ADMIN): ${(error as Error).message.split('\n')[0]}` };
  }
  await run('mount', ['-o', 'remount,ro,bind', dir]);
  return {
    dir,
    release: async () => {
      await run('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A temporary folder on a 4 KiB file system, which fills up at the first few kilobytes (ENOSPC). */
export async function tinyDiskDir(): Promise<ReadOnlyDir> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-tiny-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return { skip: `cannot mount a small file system here (needs root and CAP_SYS_ADMIN): ${(error as Error).message.split('\n')[0]}` };
  }
  return {
    dir,
    release: async () => {
      await run('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
