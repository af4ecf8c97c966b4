import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface OutputStats {
  files: number;
  bytes: number;
  pages: number;
  pagefindBytes: number;
  largestPage: { path: string; bytes: number };
}

/** Sizes and counts of a built site: every file, the HTML pages, the Pagefind index, the largest page. */
export async function measureOutput(dist: string): Promise<OutputStats> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const stats: OutputStats = { files: 0, bytes: 0, pages: 0, pagefindBytes: 0, largestPage: { path: '', bytes: 0 } };
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    const site = relative(dist, path);
    stats.files++;
    stats.bytes += size;
    if (site.startsWith('pagefind/')) stats.pagefindBytes += size;
    if (site.endsWith('.html')) {
      stats.pages++;
      if (size > stats.largestPage.bytes) stats.largestPage = { path: `/${site}`, bytes: size };
    }
  }
  return stats;
}
