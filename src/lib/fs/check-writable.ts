// Whether a command could write where it was told, asked before it spends minutes
// measuring or building: in the shared wording of a failed write, or null when it can.
import { access, constants, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeFsError, isFsError } from '#lib/cli/cli-errors.ts';

/** Why `path` cannot be written as a `file` or made/filled as a `folder`, or null when it can (as far as can be told before trying). */
export async function whyNotWritable(path: string, kind: 'file' | 'folder'): Promise<string | null> {
  const found = await stat(path).catch(() => null);
  if (found?.isDirectory() && kind === 'file') return describe({ code: 'EISDIR' }, path);
  if (found && !found.isDirectory() && kind === 'folder') return describe({ code: 'ENOTDIR' }, path);
  // What must accept the write: the folder itself, or the nearest folder above that exists (it gets the new entries).
  let place = kind === 'folder' && found ? path : dirname(path);
  while (!(await stat(place).catch(() => null)) && dirname(place) !== place) place = dirname(place);
  try {
    if (!(await stat(place)).isDirectory()) return describe({ code: 'ENOTDIR' }, path);
    await access(place, constants.W_OK);
    return null;
  } catch (error) {
    if (isFsError(error)) return describeFsError(error, place, 'write');
    throw error;
  }
}

function describe(failure: { code: string }, path: string): string {
  return describeFsError({ ...failure, syscall: 'open', path }, path, 'write');
}
