import { readdirSync } from 'node:fs';
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

/** The language of a content file from its name (`…/en.mdx`), for links in that language. */
export function langOfFile(path: string | undefined): 'zh' | 'en' {
  return path && /[/\\]en\.mdx?$/.test(path) ? 'en' : 'zh';
}
