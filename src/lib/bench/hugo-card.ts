// An issue's `<Item ref>` card as plain Markdown for the Hugo baseline: title linked to
// the change page, repository, kind, date, author, and the release note, as text.
// Built as an mdast tree, so upstream text is escaped by mdast-util-to-markdown.
import type { Blockquote, PhrasingContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Lang } from '#lib/i18n/locales.ts';
import { changePath } from '#lib/site/urls.ts';
import { changeKind } from '#lib/upstream/change-kind.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { landedDay } from '#lib/upstream/refs.ts';

const WORDS = {
  zh: { merged: '合并于', published: '发布于', by: '作者', release: '版本发布', note: '发布说明：' },
  en: { merged: 'merged', published: 'published', by: 'by', release: 'release', note: 'Release note: ' },
};

export function changeUrl(lang: Lang, ref: string): string {
  return `/${lang}/changes/${changePath(ref)}/`;
}

export function hugoCard(record: UpstreamRecord, lang: Lang): string {
  const words = WORDS[lang];
  const day = landedDay(record) ?? '';
  const facts = [
    record.ref,
    record.type === 'pull' ? changeKind(record.labels) : words.release,
    `${record.type === 'pull' ? words.merged : words.published} ${day}`,
    ...(record.author ? [`${words.by} @${record.author}`] : []),
  ];
  const line = (children: PhrasingContent[]) => ({ type: 'paragraph' as const, children });
  const card: Blockquote = {
    type: 'blockquote',
    children: [
      line([{ type: 'strong', children: [{ type: 'link', url: changeUrl(lang, record.ref), children: [{ type: 'text', value: record.title }] }] }]),
      line([{ type: 'text', value: `${facts.join(' · ')} · ` }, { type: 'link', url: record.url, children: [{ type: 'text', value: 'GitHub' }] }]),
      ...(record.releaseNote ? [line([{ type: 'text', value: `${words.note}${record.releaseNote}` }])] : []),
    ],
  };
  return toMarkdown(card);
}
