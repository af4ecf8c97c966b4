import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '#lib/cli/cli-errors.ts';

/**
 * The content folder: `content/` at the project root, or `CONTENT_DIR` when set
 * (the benchmark and the build tests point it at generated corpora).
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** The content folder, for a command that reads it: a missing one is said to be missing, not taken for an empty one. */
export function existingContentDir(): string {
  const dir = contentDir();
  if (!existsSync(dir)) throw new CliError(`the content folder ${dir} does not exist; run from the project root, or set CONTENT_DIR`);
  return dir;
}

/**
 * Astro caches loaded content between builds. A build from another content folder
 * gets a cache of its own, so entries from two folders are never mixed; undefined
 * keeps Astro's default for the committed content.
 */
export function astroCacheDirFor(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)}`;
}

/**
 * Where builds keep what they reuse for the content folder in use (Astro's cache for it):
 * share cards, compiled MDX, scans of issue bodies.
 */
export function cacheDirForContent(): string {
  return resolve(astroCacheDirFor(process.env.CONTENT_DIR) ?? 'node_modules/.astro');
}
