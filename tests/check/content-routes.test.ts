// Check resolves links against the pages the site has; its projects, topics and years
// are the ones the pages' own function (siteIndexes) gives, with drafts only where a
// draft links (drafts get pages in dev, not in the build).
import { describe, expect, it } from 'vitest';
import { contentRoutes } from '#lib/check/content-routes.ts';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import { issueFacts, siteIndexes } from '#lib/knowledge/site-indexes.ts';
import { urls } from '#lib/site/urls.ts';
import { TOPICS } from '#lib/upstream/labels.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';

const { records } = await loadRecords('content/upstream');
const files = issueFiles(await loadIssueFolders('content/issues'));
const published = files.filter((file) => file.frontmatter && !file.frontmatter.draft);
const indexes = siteIndexes(records, issueFacts(published.map((file) => ({ slug: file.slug, ...file.frontmatter! }))));

/** The keys of the pages of one kind in a route list, from the addresses `urls` builds. */
function keysIn(routes: ReadonlySet<string>, page: (lang: 'zh', key: string) => string): string[] {
  const [before, after] = page('zh', '\u0000').split('\u0000') as [string, string];
  return [...routes]
    .filter((route) => route.startsWith(before) && route.endsWith(after))
    .map((route) => route.slice(before.length, route.length - after.length))
    .filter((key) => key !== '' && !key.includes('/'))
    .sort();
}

describe('the routes check resolves links against', () => {
  const routes = contentRoutes({ records, files, publicFiles: [], demos: [] });

  it.each([
    ['topics', urls.topic, [...indexes.topics.keys()]],
    ['years', urls.changesYear, [...indexes.years.keys()]],
  ] as const)('has a page for each of the %s siteIndexes gives, and no other', (_kind, page, keys) => {
    expect(keys.length).toBeGreaterThan(0);
    expect(keysIn(routes.published, page)).toEqual([...keys].sort());
  });

  it('has a page for each project siteIndexes gives', () => {
    const projects = [...indexes.projects.keys()];
    expect(projects.length).toBeGreaterThan(1);
    for (const lang of LOCALES) for (const repo of projects) expect(routes.published.has(urls.project(lang, repo)), repo).toBe(true);
  });

  it('counts a topic only a draft names for what drafts may link to, not for the published site', () => {
    const spare = TOPICS.find((topic) => !indexes.topics.has(topic))!;
    expect(spare).toBeDefined();
    const first = published[0]!;
    const draft = { ...first, slug: '2099-01-05', frontmatter: { ...first.frontmatter!, date: '2099-01-05', draft: true, topics: [spare], items: [] } };
    const withDraft = contentRoutes({ records, files: [...files, draft], publicFiles: [], demos: [] });
    expect(withDraft.withDrafts.has(urls.topic('en', spare))).toBe(true);
    expect(withDraft.published.has(urls.topic('en', spare))).toBe(false);
    expect(withDraft.published).toEqual(routes.published);
  });
});
