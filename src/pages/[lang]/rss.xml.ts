import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { HTML_LANG, localeStaticPaths, type Lang } from '../../lib/i18n/locales.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';
import { urls } from '../../lib/site/urls.ts';
import { loadSite } from '../../site/load-site.ts';
import { renderIssueHtml } from '../../site/render-issue-html.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  const site = context.site ?? new URL('http://localhost/');
  const published = (await loadSite()).published[lang];
  return rss({
    title: t('rss.title'),
    description: t('rss.description'),
    site: new URL(urls.home(lang), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
      `<atom:link href="${new URL(urls.rss(lang), site).href}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: await Promise.all(
      published.map(async (issue) => ({
        title: issue.entry.data.title,
        link: new URL(urls.issue(lang, issue.slug), site).href,
        pubDate: new Date(`${issue.entry.data.date}T00:00:00Z`),
        description: issue.entry.data.summary,
        content: await renderIssueHtml(issue, site),
        categories: issue.entry.data.topics,
      })),
    ),
  });
}
