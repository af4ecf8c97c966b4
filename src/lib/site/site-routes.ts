import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import type { SiteIndexes } from '#lib/knowledge/site-indexes.ts';
import { channelIssueLimit, latestIssues } from './feed-limit.ts';
import { urls } from './urls.ts';

export interface RouteSources {
  /** Issue folders and their languages; drafts only get pages in dev. */
  issues: ReadonlyArray<{ slug: string; lang: Lang; draft: boolean }>;
  /** Files under public/, as site paths such as `/favicon.svg`. */
  publicFiles: readonly string[];
  /** Demo notes and their languages. */
  demos: ReadonlyArray<{ name: string; lang: Lang }>;
  /** Every upstream record's ref, each with a change page. */
  records: readonly string[];
  /** Projects, topics and years, each with its pages: what siteIndexes computes for the pages. */
  indexes: Pick<SiteIndexes, 'projects' | 'topics' | 'years'>;
  /** Projects with versions: each version (and `unassigned`) has a page, and the project an upgrade page. */
  versions: ReadonlyArray<{ repo: string; versions: readonly string[] }>;
}

/**
 * Every address the built site serves for the given content. `npm run check` resolves
 * internal links against it, and a build test holds it equal to what `dist` contains.
 */
export function siteRoutes(sources: RouteSources, options: { drafts: boolean; channelIssues?: number }): Set<string> {
  const routes = new Set<string>(['/', '/404.html', '/robots.txt', urls.changesJson, ...sources.publicFiles]);
  for (const lang of LOCALES) {
    for (const path of [urls.home(lang), urls.about(lang), urls.search(lang), urls.rss(lang), urls.jsonFeed(lang), urls.notFound(lang), urls.demos(lang), urls.changes(lang), urls.projects(lang), urls.topics(lang), urls.card(lang)]) routes.add(path);
    for (const ref of sources.records) routes.add(urls.change(lang, ref));
    for (const repo of sources.indexes.projects.keys()) routes.add(urls.project(lang, repo));
    for (const topic of sources.indexes.topics.keys()) routes.add(urls.topic(lang, topic)).add(urls.topicRss(lang, topic));
    for (const year of sources.indexes.years.keys()) routes.add(urls.changesYear(lang, year));
    for (const project of sources.versions) {
      routes.add(urls.upgrade(lang, project.repo));
      for (const version of project.versions) routes.add(urls.version(lang, project.repo, version));
    }
  }
  for (const demo of sources.demos) routes.add(urls.demo(demo.lang, demo.name));
  // An issue has a page in every language: where a translation is missing, a fallback page.
  const shown = sources.issues.filter((issue) => !issue.draft || options.drafts);
  for (const issue of shown) for (const lang of LOCALES) routes.add(urls.issue(lang, issue.slug)).add(urls.issueCard(lang, issue.slug));
  // The publishing channels exist only in the languages the issue is written in, for its latest issues.
  for (const lang of LOCALES) {
    const latest = latestIssues(shown.filter((issue) => issue.lang === lang), options.channelIssues ?? channelIssueLimit());
    for (const { slug } of latest) routes.add(urls.wechat(lang, slug)).add(urls.channelJson(lang, slug));
  }
  return routes;
}

/** Files the build generates besides pages: bundles, the header search's module, the search index, sitemaps. */
export function isGeneratedAsset(path: string): boolean {
  return /^\/(_astro|pagefind|scripts)\//.test(path) || /^\/sitemap[\w-]*\.xml$/.test(path);
}

/**
 * Resolves a link found in a page at `pagePath` to a site path, or null when it
 * leaves the site (another scheme or host) or only moves within the page.
 */
export function internalTarget(href: string, pagePath: string): string | null {
  if (href.startsWith('#') || href === '') return null;
  const base = new URL(pagePath, 'http://site.invalid');
  let target: URL;
  try {
    target = new URL(href, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin) return null;
  let path = target.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // Malformed percent-encoding: keep it as written, and let it fail to resolve.
  }
  // trailingSlash is 'ignore': `/en/about`, `/en/about/` and `/en/about/index.html` are one page.
  path = path.replace(/\/index\.html$/, '/');
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}
