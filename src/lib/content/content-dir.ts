import { resolve } from 'node:path';

/**
 * The content folder: `content/` at the project root, or `CONTENT_DIR` when set
 * (the benchmark and the build tests point it at generated corpora).
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
