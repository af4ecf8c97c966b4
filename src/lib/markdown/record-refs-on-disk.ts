import { readdirSync } from 'node:fs';
import { DEFAULT_LANG, langOfFileName, type Lang } from '#lib/i18n/locales.ts';
import { PULL_REF, refOfRecordPath } from '#lib/upstream/refs.ts';

/**
 * The refs of the pull-request records under `upstreamDir`, read from file names
 * alone (`<owner>/<repo>/pulls/<n>.json`), synchronously: the Markdown pipeline is
 * configured before any collection loads, and this costs one directory walk.
 */
export function pullRefsOnDisk(upstreamDir: string): Set<string> {
  const refs = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(upstreamDir, { recursive: true }) as string[];
  } catch {
    return refs;
  }
  for (const name of names) {
    const ref = refOfRecordPath(name);
    if (ref && PULL_REF.test(ref)) refs.add(ref);
  }
  return refs;
}

/** The language of a content file from its name (`…/en.mdx`), for links in that language; the default for any other file. */
export function langOfFile(path: string | undefined): Lang {
  return (path && langOfFileName(path)) || DEFAULT_LANG;
}
