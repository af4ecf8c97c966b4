// A feed per topic, for readers who only want, say, networking news: the issues on the
// topic, the same ones its page lists (named in frontmatter, or covering a change on it).
import type { APIContext } from 'astro';
import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { topicName, useTranslations } from '#lib/i18n/translate.ts';
import { urls } from '#lib/site/urls.ts';
import { rssFeed } from '#page-data/issue-feed.ts';
import { loadSite } from '#page-data/load-site.ts';

export async function getStaticPaths() {
  const { knowledge } = await loadSite();
  return LOCALES.flatMap((lang) => [...knowledge.topics.keys()].map((topic) => ({ params: { lang, topic } })));
}

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const topic = context.params.topic!;
  const t = useTranslations(lang);
  const { published, knowledge } = await loadSite();
  const onTopic = new Set(knowledge.topics.get(topic)?.issues);
  const issues = published[lang].filter((issue) => onTopic.has(issue.slug));
  return rssFeed({
    lang,
    site: context.site ?? new URL('http://localhost/'),
    title: `${t('rss.title')} · ${topicName(topic, lang)}`,
    description: t('topic.title', { topic: topicName(topic, lang) }),
    self: urls.topicRss(lang, topic),
    home: urls.topic(lang, topic),
    author: t('feed.author'),
    issues,
  });
}
