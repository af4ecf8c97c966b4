import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { writeIfChanged } from '../fs/write-if-changed.ts';

export interface PlannedFile {
  path: string;
  text: string;
}

export interface WriteResult {
  path: string;
  outcome: 'new' | 'replaced' | 'unchanged';
  /** Where the replaced file was copied first. */
  backup?: string;
}

/** Refused: an issue file exists and --force was not given. */
export class ExistingIssueError extends Error {
  readonly paths: string[];
  constructor(paths: string[]) {
    super(`${paths.map((path) => relative(process.cwd(), path)).join(' and ')} already exist${paths.length === 1 ? 's' : ''}; nothing was written. Pass --force to replace (a backup is kept), or pick another --date.`);
    this.name = 'ExistingIssueError';
    this.paths = paths;
  }
}

const readIfThere = (path: string) =>
  readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/**
 * Writes the draft files, never clobbering an editor's work: without `force`, any
 * existing file that would change stops the run before anything is written; with
 * it, each one is copied into `backupDir` first. Each file is written atomically.
 */
export async function writeDraft(files: readonly PlannedFile[], options: { force: boolean; backupDir: string; stamp: string }): Promise<WriteResult[]> {
  const before = await Promise.all(files.map((file) => readIfThere(file.path)));
  const clashing = files.filter((file, index) => before[index] !== null && before[index] !== file.text).map((file) => file.path);
  if (clashing.length > 0 && !options.force) throw new ExistingIssueError(clashing);

  const results: WriteResult[] = [];
  for (const [index, file] of files.entries()) {
    const previous = before[index];
    if (previous === file.text) {
      results.push({ path: file.path, outcome: 'unchanged' });
      continue;
    }
    let backup: string | undefined;
    if (previous !== null) {
      backup = join(options.backupDir, basename(dirname(file.path)), `${basename(file.path, '.mdx')}.${options.stamp}.mdx`);
      await mkdir(dirname(backup), { recursive: true });
      await copyFile(file.path, backup);
    }
    await writeIfChanged(file.path, file.text);
    results.push({ path: file.path, outcome: previous === null ? 'new' : 'replaced', backup });
  }
  return results;
}
