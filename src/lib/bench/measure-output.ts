import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SizedFile {
  path: string;
  bytes: number;
}

export interface OutputStats {
  files: number;
  bytes: number;
  pages: number;
  /** Issue pages, `/<lang>/issues/<date>/index.html`, in every language. */
  issuePages: number;
  pagefindBytes: number;
  /** Pages Pagefind indexed, per index language, from its `pagefind-entry.json`. */
  pagefindPages: Record<string, number>;
  /** Every RSS and JSON feed (`rss.xml`, `feed.json`): how many, their total size, the largest. */
  feeds: { count: number; bytes: number; largest: SizedFile };
  largestPage: SizedFile;
}

const ISSUE_PAGE = /^[a-z]{2}\/issues\/\d{4}-\d{2}-\d{2}\/index\.html$/;
const FEED = /(^|\/)(rss\.xml|feed\.json)$/;

/** Sizes and counts of a built site (this one's or the Hugo baseline's, which uses the same addresses). */
export async function measureOutput(dist: string): Promise<OutputStats> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const stats: OutputStats = {
    files: 0,
    bytes: 0,
    pages: 0,
    issuePages: 0,
    pagefindBytes: 0,
    pagefindPages: await indexedPages(dist),
    feeds: { count: 0, bytes: 0, largest: { path: '', bytes: 0 } },
    largestPage: { path: '', bytes: 0 },
  };
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    const site = relative(dist, path).split(sep).join('/');
    stats.files++;
    stats.bytes += size;
    if (site.startsWith('pagefind/')) stats.pagefindBytes += size;
    if (FEED.test(site)) {
      stats.feeds.count++;
      stats.feeds.bytes += size;
      if (size > stats.feeds.largest.bytes) stats.feeds.largest = { path: `/${site}`, bytes: size };
    }
    if (site.endsWith('.html')) {
      stats.pages++;
      if (ISSUE_PAGE.test(site)) stats.issuePages++;
      if (size > stats.largestPage.bytes) stats.largestPage = { path: `/${site}`, bytes: size };
    }
  }
  return stats;
}

async function indexedPages(dist: string): Promise<Record<string, number>> {
  const text = await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8').catch(() => null);
  if (text === null) return {};
  const entry = JSON.parse(text) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, index]) => [lang, index.page_count ?? 0]));
}
