// The route list `npm run check` resolves links against must be what the build serves.
// Its projects, topics and years come from the pages' own function (siteIndexes); this
// holds the rest of it (every other address) to the build.
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentRoutes } from '#lib/check/content-routes.ts';
import { listDemoNotes } from '#lib/content/list-demos.ts';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { isGeneratedAsset } from '#lib/site/site-routes.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';

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
  it('check lists exactly the pages and files the production build writes for the committed content', async () => {
    const files = issueFiles(await loadIssueFolders('content/issues'));
    const { records } = await loadRecords('content/upstream');
    const routes = contentRoutes({ records, files, publicFiles: ['/favicon.svg', '/icon.png'], demos: await listDemoNotes('content/demos') }).published;
    expect([...routes].sort()).toEqual([...(await servedPaths())].sort());
  });
});
