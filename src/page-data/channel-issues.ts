// The issues with channel pages (the WeChat page and `channel.json`): the latest ones in
// each language, and the facts both pages give the channels about one of them.
import type { BuiltIssue } from '#lib/channels/built-issue-schema.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { loadSite, type Issue } from './load-site.ts';
import { channelPageKey } from './page-keys.ts';
import { renderIssueHtml } from './render-issue-html.ts';

/** `getStaticPaths` for a channel page: the latest issues written in each language. */
export async function channelPaths() {
  const { channelIssues } = await loadSite();
  const paths = LOCALES.flatMap((lang) => channelIssues[lang].map((issue) => ({ lang, issue })));
  return Promise.all(paths.map(async ({ lang, issue }) => ({ params: { lang, date: issue.slug }, props: { issue }, cacheKey: await channelPageKey(issue) })));
}

/** The issue as the channels read it: its facts and its rendered body. */
export async function builtIssue(issue: Issue, site: URL): Promise<BuiltIssue> {
  const { data } = issue.entry;
  return {
    lang: issue.lang,
    date: issue.slug,
    number: data.number,
    title: data.title,
    summary: data.summary,
    url: new URL(urls.issue(issue.lang, issue.slug), site).href,
    html: await renderIssueHtml(issue, site),
  };
}
