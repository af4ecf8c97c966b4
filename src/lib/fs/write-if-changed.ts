import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ifThere } from './if-there.ts';
import { FileSystemError, isFsError } from '#lib/cli/cli-errors.ts';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

/**
 * Writes `data` (text as UTF-8, or bytes) to `path` atomically (temp file + rename), and
 * only when the bytes differ, so re-running on the same data leaves every file (and its mtime) alone.
 */
export async function writeIfChanged(path: string, data: string | Buffer, options: { dryRun?: boolean } = {}): Promise<WriteOutcome> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const before = await ifThere(readFile(path), null);
  if (before?.equals(bytes)) return 'unchanged';
  if (!options.dryRun) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, bytes);
    } catch (error) {
      // Name the file meant, not the temporary one the atomic write was making.
      if (isFsError(error)) throw new FileSystemError(error, error.syscall === 'mkdir' ? dirname(path) : path);
      throw error;
    }
  }
  return before === null ? 'new' : 'changed';
}
