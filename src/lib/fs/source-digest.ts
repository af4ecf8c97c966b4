import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One digest of the code at `paths` below `root`: a path with a dot is a file, any other a
 * folder whose script files (.js, .ts, .mjs, …) are read, at any depth. A file added,
 * renamed or edited changes it.
 */
export function sourceDigest(paths: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = path.includes('.') ? [path] : readdirSync(join(root, path), { recursive: true, encoding: 'utf8' }).map((name) => join(path, name)).filter((name) => /\.[mc]?[jt]s$/.test(name));
    for (const file of files.sort()) hash.update(`${file}\0${readFileSync(join(root, file), 'utf8')}\0`);
  }
  return hash.digest('base64url');
}
