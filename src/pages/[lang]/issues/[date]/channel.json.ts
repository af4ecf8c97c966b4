// The issue's rendered body and facts as JSON, read by `npm run wechat` and `npm run newsletter`,
// which run under plain Node and cannot render Astro components themselves.
import type { APIContext } from 'astro';
import type { BuiltIssue } from '#lib/channels/built-issue-schema.ts';
import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { loadSite, type Issue } from '#page-data/load-site.ts';
import { renderIssueHtml } from '#page-data/render-issue-html.ts';
import { channelPageKey } from '#page-data/page-keys.ts';

export async function getStaticPaths() {
  const { issues } = await loadSite();
  const paths = LOCALES.flatMap((lang) => issues[lang].map((issue) => ({ lang, issue })));
  return Promise.all(paths.map(async ({ lang, issue }) => ({ params: { lang, date: issue.slug }, props: { issue }, cacheKey: await channelPageKey(issue) })));
}

export async function GET(context: APIContext) {
  const { issue } = context.props as { issue: Issue };
  const site = context.site ?? new URL('http://localhost/');
  const { data } = issue.entry;
  const built: BuiltIssue = {
    lang: context.params.lang as Lang,
    date: issue.slug,
    number: data.number,
    title: data.title,
    summary: data.summary,
    url: new URL(urls.issue(issue.lang, issue.slug), site).href,
    html: await renderIssueHtml(issue, site),
  };
  return new Response(`${JSON.stringify(built)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
