// The issue as one HTML fragment for the WeChat Official Account editor, which keeps inline
// styles only, drops most links and collapses whitespace.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatDay } from '#lib/i18n/translate.ts';
import type { BuiltIssue } from './built-issue-schema.ts';
import { channelWords } from './channel-words.ts';
import { linkReferences, type Reference } from './link-references.ts';
import { inlineStyles } from './inline-styles.ts';
import { portableTree } from './portable-tree.ts';

/** Links the editor keeps as links: other Official Account articles. */
export const isWechatArticle = (url: URL) => url.protocol === 'https:' && url.hostname === 'mp.weixin.qq.com';

export function wechatFragment(issue: BuiltIssue): string {
  const t = channelWords(issue.lang);
  const body = fromHtml(issue.html, { fragment: true });
  portableTree(body);
  const references = linkReferences(body, { keep: isWechatArticle, marker: (number) => h('sup', `[${number}]`) });
  const fragment: Root = {
    type: 'root',
    children: [
      h('section', { className: ['channel'] }, [
        h('p', { className: ['channel-kicker'] }, t('issue.kicker', { number: issue.number, date: formatDay(issue.date, issue.lang) })),
        h('p', { className: ['channel-lede'] }, issue.summary),
        ...(body.children as never[]),
        referenceList(references, issue, t),
      ]),
    ],
  };
  return inlineStyles(toHtml(fragment));
}

/** "参考链接 / References": each number with the link's text and its address as plain text, then the issue's own address. */
function referenceList(references: Reference[], issue: BuiltIssue, t: ReturnType<typeof channelWords>) {
  return h('section', { className: ['channel-references'] }, [
    h('h2', t('references.title')),
    ...references.map((reference) =>
      h('p', [`[${reference.number}] `, reference.label ? `${reference.label}: ` : '', h('span', { className: ['channel-reference-url'] }, reference.url)]),
    ),
    h('p', [t('issue.readOnline'), h('span', { className: ['channel-reference-url'] }, issue.url)]),
  ]);
}
