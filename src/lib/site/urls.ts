import { langOfPath, type Lang } from '#lib/i18n/locales.ts';
import { parseRef } from '#lib/upstream/refs.ts';

// Every internal address is built here, so a route change is a one-file change.
export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  issue: (lang: Lang, date: string) => `/${lang}/issues/${date}/`,
  /** The editors' page with the issue's WeChat fragment, and the rendered issue the publishing scripts read. */
  wechat: (lang: Lang, date: string) => `/${lang}/issues/${date}/wechat/`,
  channelJson: (lang: Lang, date: string) => `/${lang}/issues/${date}/channel.json`,
  /** The 1200×630 picture a shared link to the issue shows. */
  issueCard: (lang: Lang, date: string) => `/${lang}/issues/${date}/card.png`,
  /** The share picture of every other page. */
  card: (lang: Lang) => `/${lang}/card.png`,
  about: (lang: Lang) => `/${lang}/about/`,
  demos: (lang: Lang) => `/${lang}/demos/`,
  changes: (lang: Lang) => `/${lang}/changes/`,
  changesYear: (lang: Lang, year: string) => `/${lang}/changes/years/${year}/`,
  /** Every record as data, with its page in each language: one file for both languages. */
  changesJson: '/changes.json',
  change: (lang: Lang, ref: string) => `/${lang}/changes/${changePath(ref)}/`,
  projects: (lang: Lang) => `/${lang}/projects/`,
  project: (lang: Lang, repo: string) => `/${lang}/projects/${repo}/`,
  /** A project's version page (`v1.27`, or `unassigned` for changes in no version). */
  version: (lang: Lang, repo: string, version: string) => `/${lang}/projects/${repo}/versions/${tagSegment(version)}/`,
  upgrade: (lang: Lang, repo: string) => `/${lang}/projects/${repo}/upgrade/`,
  topics: (lang: Lang) => `/${lang}/topics/`,
  topic: (lang: Lang, topic: string) => `/${lang}/topics/${topic}/`,
  demo: (lang: Lang, name: string) => `/${lang}/demos/${name}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
  jsonFeed: (lang: Lang) => `/${lang}/feed.json`,
  topicRss: (lang: Lang, topic: string) => `/${lang}/topics/${topic}/rss.xml`,
  notFound: (lang: Lang) => `/${lang}/404/`,
};

/**
 * The path of a change below `/changes/`: `owner/repo/123` for a pull request,
 * `owner/repo/releases/<tag>` for a release. A tag keeps the characters URLs allow
 * as they are; anything else is percent-encoded with `~` for `%`, one path segment.
 */
export function changePath(ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) throw new Error(`not a ref: ${JSON.stringify(ref)}`);
  const repo = `${parsed.owner}/${parsed.repo}`;
  return parsed.kind === 'pull' ? `${repo}/${parsed.number}` : `${repo}/releases/${tagSegment(parsed.tag)}`;
}

export function tagSegment(tag: string): string {
  return encodeURIComponent(tag).replace(/%/g, '~');
}

/** The same page in `target`: every page lives under `/<lang>/`, mirrored across languages. */
export function translatePath(pathname: string, target: Lang): string {
  const own = langOfPath(pathname);
  return own ? `/${target}${pathname.slice(own.length + 1)}` : pathname;
}
