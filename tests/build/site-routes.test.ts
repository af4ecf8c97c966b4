// The route list `npm run check` resolves links against must be what the build serves.
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listDemoNotes } from '#lib/content/list-demos.ts';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { changeYears, knownTopics } from '#lib/knowledge/label-topics.ts';
import { isGeneratedAsset, siteRoutes } from '#lib/site/site-routes.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import { versionPages } from '#lib/upgrade/version-pages.ts';

const dist = inject('distDir');

/** Site paths of the pages and files in `dist`, leaving out generated assets, search and sitemaps. */
async function servedPaths(): Promise<Set<string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(dist.length).split(sep).filter(Boolean).join('/')}`)
    .filter((path) => !isGeneratedAsset(path))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path));
  return new Set(paths);
}

describe('site routes', () => {
  it('lists exactly the pages and files the production build writes for the committed content', async () => {
    const files = issueFiles(await loadIssueFolders('content/issues'));
    const { records } = await loadRecords('content/upstream');
    const routes = siteRoutes(
      { issues: files.map((file) => ({ slug: file.slug, lang: file.lang, draft: file.frontmatter!.draft })), publicFiles: ['/favicon.svg', '/icon.png'],
        demos: await listDemoNotes('content/demos'),
        records: [...records.keys()],
        projects: [...new Set([...records.values()].map((record) => record.repo))],
    years: changeYears(records.values()),
        versions: versionPages(records),
        topics: knownTopics(records.values(), files.map((file) => file.frontmatter!.topics)),
      },
      { drafts: false },
    );
    expect([...routes].sort()).toEqual([...(await servedPaths())].sort());
  });
});
