// What the sitemap says about each page, beyond its address: which translations it
// has (each language once, and x-default), when it last changed where a date is known,
// and whether it belongs in the sitemap at all.
import { DEFAULT_LANG, HTML_LANG, langOfPath, LOCALES, otherLang, type Lang } from '#lib/i18n/locales.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { landedDay } from '#lib/upstream/refs.ts';
import { translatePath, urls } from './urls.ts';

export interface SitemapFacts {
  /** Fallback pages of untranslated issues: noindex, so out of the sitemap and never an alternate. */
  untranslated: ReadonlySet<string>;
  /** Site path → the day it last changed (`2023-01-30`). */
  lastmod: ReadonlyMap<string, string>;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/** Facts from the published issues and the records, read when a build starts. */
export function sitemapFacts(
  issues: ReadonlyArray<{ slug: string; lang: Lang; draft: boolean }>,
  records: Iterable<UpstreamRecord>,
  untranslated: ReadonlySet<string>,
): SitemapFacts {
  const lastmod = new Map<string, string>();
  const newer = (path: string, day: string) => {
    if ((lastmod.get(path) ?? '') < day) lastmod.set(path, day);
  };
  for (const issue of issues) {
    if (issue.draft) continue;
    newer(urls.issue(issue.lang, issue.slug), issue.slug);
    // A home page lists its newest issue; the chooser at / stands for both.
    newer(urls.home(issue.lang), issue.slug);
    newer('/', issue.slug);
  }
  for (const record of records) {
    const day = landedDay(record);
    if (day) for (const lang of LOCALES) newer(urls.change(lang, record.ref), day);
  }
  return { untranslated, lastmod };
}

const LANG = `(?:${LOCALES.join('|')})`;
/** Not-found pages, search pages, the editors' WeChat pages. */
const UNLISTED = [new RegExp(`^/(?:${LANG}/)?404/?$`), new RegExp(`^/${LANG}/search/?$`), /\/wechat\/?$/];

/** Pages a search engine should not list: not-found pages, search pages, fallback pages, the editors' WeChat pages. */
export function inSitemap(path: string, facts: SitemapFacts): boolean {
  return !UNLISTED.some((pattern) => pattern.test(path)) && !facts.untranslated.has(path);
}

const isHome = (path: string) => path === '/' || LOCALES.some((lang) => path === urls.home(lang));

/**
 * A page's translations, each language once: the home pages and the chooser at `/` share
 * one set whose x-default is the chooser; any other page's x-default is its Chinese
 * edition, the default. A translation that is only a fallback page is no alternate.
 */
export function sitemapAlternates(path: string, facts: SitemapFacts, site: URL): SitemapLink[] {
  if (isHome(path)) {
    return [...LOCALES.map((lang) => ({ lang: HTML_LANG[lang], url: new URL(urls.home(lang), site).href })), { lang: 'x-default', url: new URL('/', site).href }];
  }
  const own = langOfPath(path);
  if (!own || path === `/${own}`) return [];
  const versions = new Map<Lang, string>([[own, path]]);
  const other = translatePath(path, otherLang(own));
  if (!facts.untranslated.has(other)) versions.set(otherLang(own), other);
  if (versions.size < 2) return [];
  return [
    ...LOCALES.map((lang) => ({ lang: HTML_LANG[lang], url: new URL(versions.get(lang)!, site).href })),
    { lang: 'x-default', url: new URL(versions.get(DEFAULT_LANG)!, site).href },
  ];
}
