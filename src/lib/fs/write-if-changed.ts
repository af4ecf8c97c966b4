import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { readTextIfThere } from './if-there.ts';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

/**
 * Writes `text` to `path` atomically (temp file + rename), and only when the bytes
 * differ, so re-running on the same data leaves every file (and its mtime) alone.
 */
export async function writeIfChanged(path: string, text: string, options: { dryRun?: boolean } = {}): Promise<WriteOutcome> {
  const before = await readTextIfThere(path);
  if (before === text) return 'unchanged';
  if (!options.dryRun) {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, text, { encoding: 'utf8' });
  }
  return before === null ? 'new' : 'changed';
}
