import { readFile } from 'node:fs/promises';

/**
 * The value of a file-system call, or `missing` when it failed because the path does
 * not exist: content folders and files are optional; every other error still throws.
 */
export async function ifThere<T, M>(call: Promise<T>, missing: M): Promise<T | M> {
  try {
    return await call;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return missing;
    throw error;
  }
}

/** A text file's content, or null when there is no such file. */
export function readTextIfThere(path: string): Promise<string | null> {
  return ifThere(readFile(path, 'utf8'), null);
}
