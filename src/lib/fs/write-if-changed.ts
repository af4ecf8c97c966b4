import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { readTextIfThere } from './if-there.ts';
import { FileSystemError, isFsError } from '#lib/cli/cli-errors.ts';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

/**
 * Writes `text` to `path` atomically (temp file + rename), and only when the bytes
 * differ, so re-running on the same data leaves every file (and its mtime) alone.
 */
export async function writeIfChanged(path: string, text: string, options: { dryRun?: boolean } = {}): Promise<WriteOutcome> {
  const before = await readTextIfThere(path);
  if (before === text) return 'unchanged';
  if (!options.dryRun) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, text, { encoding: 'utf8' });
    } catch (error) {
      // Name the file meant, not the temporary one the atomic write was making.
      if (isFsError(error)) throw new FileSystemError(error, error.syscall === 'mkdir' ? dirname(path) : path);
      throw error;
    }
  }
  return before === null ? 'new' : 'changed';
}
