import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, isFsError } from '#lib/cli/cli-errors.ts';
import { DraftError } from './draft-error.ts';
import { readTextIfThere } from '#lib/fs/if-there.ts';
import { displayPath } from '#lib/fs/display-path.ts';

export interface PlannedFile {
  path: string;
  text: string;
}

export type FileStatus = 'new' | 'replaced' | 'unchanged';

export interface WriteResult {
  path: string;
  outcome: FileStatus;
  /** Where the replaced file was copied first. */
  backup?: string;
}


/** Refused: an issue file exists and --force was not given. */
export class ExistingIssueError extends DraftError {
  readonly paths: string[];
  constructor(paths: string[]) {
    super(`${paths.map(displayPath).join(' and ')} already exist${paths.length === 1 ? 's' : ''}; nothing was written. Pass --force to replace (a backup is kept), or pick another --date.`);
    this.name = 'ExistingIssueError';
    this.paths = paths;
  }
}

/** Where the current version of an issue file is copied before it is replaced: `<backupDir>/<date>/<lang>.<stamp>.mdx`. */
export function backupPath(path: string, backupDir: string, stamp: string): string {
  return join(backupDir, basename(dirname(path)), `${basename(path, '.mdx')}.${stamp}.mdx`);
}

/** What writing each file would do, without writing anything. */
export async function planWrites(files: readonly PlannedFile[]): Promise<Array<{ path: string; status: FileStatus }>> {
  return Promise.all(
    files.map(async (file) => {
      const before = await readTextIfThere(file.path);
      return { path: file.path, status: before === null ? 'new' : before === file.text ? 'unchanged' : 'replaced' } as const;
    }),
  );
}

/**
 * Writes the draft files as a pair, never clobbering an editor's work: without
 * `force`, any existing file that would change stops the run before anything is
 * written; with it, each is copied into `backupDir` first. Both files are written
 * to temporary names before either is renamed into place, and a failed rename puts
 * back what was there, so the two languages are never left half-updated.
 */
export async function writeDraft(files: readonly PlannedFile[], options: { force: boolean; backupDir: string; stamp: string }): Promise<WriteResult[]> {
  const before = await Promise.all(files.map((file) => readTextIfThere(file.path)));
  const clashing = files.filter((file, index) => before[index] !== null && before[index] !== file.text).map((file) => file.path);
  if (clashing.length > 0 && !options.force) throw new ExistingIssueError(clashing);

  const changing = files.map((file, index) => ({ file, previous: before[index] ?? null, temp: `${file.path}.draft-${process.pid}.tmp` })).filter((entry) => entry.previous !== entry.file.text);
  const results: WriteResult[] = files.filter((_, index) => before[index] === files[index]!.text).map((file) => ({ path: file.path, outcome: 'unchanged' }));
  const renamed: typeof changing = [];
  try {
    for (const entry of changing) {
      await mkdir(dirname(entry.file.path), { recursive: true });
      await writeFile(entry.temp, entry.file.text, 'utf8');
    }
    for (const entry of changing) {
      let backup: string | undefined;
      if (entry.previous !== null) {
        backup = backupPath(entry.file.path, options.backupDir, options.stamp);
        await mkdir(dirname(backup), { recursive: true });
        await copyFile(entry.file.path, backup);
      }
      await rename(entry.temp, entry.file.path);
      renamed.push(entry);
      results.push({ path: entry.file.path, outcome: entry.previous === null ? 'new' : 'replaced', backup });
    }
  } catch (error) {
    await Promise.all(changing.map((entry) => rm(entry.temp, { force: true })));
    for (const entry of renamed) {
      if (entry.previous === null) await rm(entry.file.path, { force: true });
      else await writeFile(entry.file.path, entry.previous, 'utf8');
    }
    // Name the issue file, not its temporary twin.
    if (isFsError(error)) throw new DraftError(`${describeFsError(error, error.path?.replace(/\.draft-\d+\.tmp$/, ''))}; no issue file was changed`);
    throw error;
  }
  const order = new Map(files.map((file, index) => [file.path, index]));
  return results.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
}
