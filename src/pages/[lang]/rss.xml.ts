import type { APIContext } from 'astro';
import { localeStaticPaths, type Lang } from '#lib/i18n/locales.ts';
import { useTranslations } from '#lib/i18n/translate.ts';
import { urls } from '#lib/site/urls.ts';
import { rssFeed } from '#page-data/issue-feed.ts';
import { loadSite } from '#page-data/load-site.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  const issues = (await loadSite()).published[lang];
  return rssFeed({ lang, site: context.site ?? new URL('http://localhost/'), title: t('rss.title'), description: t('rss.description'), self: urls.rss(lang), home: urls.home(lang), author: t('feed.author'), issues });
}
