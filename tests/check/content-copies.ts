// Throwaway copies of the committed content for check tests: each test breaks one thing
// in its own copy, and the copies are removed after each test.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Registers the clean-up and returns `copy()`, which makes a fresh copy named `uw-<prefix>-…`. */
export function contentCopies(prefix: string): () => Promise<string> {
  const made: string[] = [];
  afterEach(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), `uw-${prefix}-`));
    made.push(dir);
    await cp('content', dir, { recursive: true });
    return dir;
  };
}

/** Rewrites `file` through `change`, refusing an edit that changes nothing; returns the new text. */
export async function edit(file: string, change: (text: string) => string): Promise<string> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(file, after);
  return after;
}
