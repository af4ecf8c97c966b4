// The feeds of issues, shared by the language feeds and the per-topic feeds: RSS 2.0
// through @astrojs/rss, and JSON Feed 1.1, each with the latest issues in full as HTML.
import rss from '@astrojs/rss';
import { HTML_LANG, type Lang } from '#lib/i18n/locales.ts';
import { feedIssueLimit, latestIssues } from '#lib/site/feed-limit.ts';
import { urls } from '#lib/site/urls.ts';
import type { Issue } from './load-site.ts';
import { renderIssueHtml } from './render-issue-html.ts';

export interface FeedOptions {
  lang: Lang;
  site: URL;
  title: string;
  description: string;
  /** The feed's own path, such as `/en/rss.xml`. */
  self: string;
  /** The page the feed stands for, such as `/en/` or `/en/topics/networking/`. */
  home: string;
  /** Who writes the issues, named on the feed and on each item. */
  author: string;
  /** Newest first; the feed keeps the latest `feedIssueLimit()` of them. */
  issues: readonly Issue[];
}

/** The feed's icon: favicon.svg drawn at 512 px (RSS and JSON Feed readers want a bitmap). */
const ICON = '/icon.png';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
const published = (issue: Issue) => new Date(`${issue.entry.data.date}T00:00:00Z`);
const latest = (issues: readonly Issue[]) => latestIssues(issues, feedIssueLimit());

/**
 * One item per issue, in order, each rendered after the one before: a feed's issues are
 * not all in memory as trees at once. Each issue's HTML is rendered once per build and
 * shared by every feed that carries it.
 */
async function mapInOrder<T>(issues: readonly Issue[], site: URL, item: (issue: Issue, html: string) => T): Promise<T[]> {
  const items: T[] = [];
  for (const issue of latest(issues)) items.push(item(issue, await renderIssueHtml(issue, site)));
  return items;
}

export async function rssFeed(options: FeedOptions): Promise<Response> {
  const { lang, site } = options;
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(options.home, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
      `<atom:link href="${new URL(options.self, site).href}" rel="self" type="application/rss+xml"/>`,
      // The newest issue's date, not the clock's: the same content builds the same feed.
      options.issues[0] ? `<lastBuildDate>${published(options.issues[0]).toUTCString()}</lastBuildDate>` : '',
      `<dc:creator>${escapeXml(options.author)}</dc:creator>`,
      `<image><url>${new URL(ICON, site).href}</url><title>${escapeXml(options.title)}</title><link>${new URL(options.home, site).href}</link><width>144</width><height>144</height></image>`,
    ].join(''),
    items: await mapInOrder(options.issues, site, (issue, html) => ({
      title: issue.entry.data.title,
      link: new URL(urls.issue(lang, issue.slug), site).href,
      pubDate: published(issue),
      description: issue.entry.data.summary,
      content: html,
      categories: issue.entry.data.topics,
      customData: `<dc:creator>${escapeXml(options.author)}</dc:creator>`,
    })),
  });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same items as the RSS feed. */
export async function jsonFeed(options: FeedOptions): Promise<Response> {
  const { lang, site } = options;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    description: options.description,
    home_page_url: new URL(options.home, site).href,
    feed_url: new URL(options.self, site).href,
    icon: new URL(ICON, site).href,
    favicon: new URL('/favicon.svg', site).href,
    authors: [{ name: options.author, url: new URL(options.home, site).href }],
    language: HTML_LANG[lang],
    items: await mapInOrder(options.issues, site, (issue, html) => ({
      id: new URL(urls.issue(lang, issue.slug), site).href,
      url: new URL(urls.issue(lang, issue.slug), site).href,
      title: issue.entry.data.title,
      summary: issue.entry.data.summary,
      content_html: html,
      date_published: published(issue).toISOString(),
      authors: [{ name: options.author }],
      tags: issue.entry.data.topics,
      language: HTML_LANG[lang],
    })),
  };
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
