import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as messages show it: relative to the working folder when it is inside it
 * (`content/watchlist.yaml`), else absolute, never a climb of `../..` that depends on
 * where the command was started.
 */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  if (inside === '') return '.';
  return inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
}
