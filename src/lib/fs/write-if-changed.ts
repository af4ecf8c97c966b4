import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ifThere } from './if-there.ts';
import { FileSystemError, isFsError } from '#lib/cli/cli-errors.ts';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

/**
 * Writes `data` (text as UTF-8, or bytes) to `path` atomically (temp file + rename), and
 * only when the bytes differ, so re-running on the same data leaves every file (and its mtime) alone.
 */
export async function writeIfChanged(path: string, data: string | Buffer, options: { dryRun?: boolean } = {}): Promise<WriteOutcome> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const before = await ifThere(readFile(path), null).catch((error: unknown) => {
    // A folder where the file should go: a failed write, named (reading a folder's bytes reports no path).
    if (isFsError(error)) throw new FileSystemError(error, path, error.code === 'EISDIR' ? 'write' : undefined);
    throw error;
  });
  if (before?.equals(bytes)) return 'unchanged';
  if (!options.dryRun) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await replaceWhole(path, bytes);
    } catch (error) {
      // Name the file meant, not the temporary one the atomic write was making.
      if (isFsError(error)) throw new FileSystemError(error, error.syscall === 'mkdir' ? dirname(path) : path);
      throw error;
    }
  }
  return before === null ? 'new' : 'changed';
}

// Temporary files being written, removed if the process exits (Ctrl-C) before they are renamed.
const pending = new Set<string>();
let cleanupOnExit = false;

/**
 * Writes every byte to a temporary file beside `path`, then renames it over `path`. Not
 * write-file-atomic: its single write(2) ignores a short count, so on a filling disk it
 * renames a cut-off file into place; FileHandle.writeFile writes until every byte is out,
 * or throws (ENOSPC). An existing file's permissions are kept.
 */
async function replaceWhole(path: string, bytes: Buffer): Promise<void> {
  if (!cleanupOnExit) {
    cleanupOnExit = true;
    process.on('exit', () => pending.forEach((temp) => rmSync(temp, { force: true })));
  }
  const mode = (await ifThere(stat(path), null))?.mode ?? 0o666;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx', mode & 0o7777);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
