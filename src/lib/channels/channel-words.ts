import { fillPlaceholders } from '#lib/i18n/fill-placeholders.ts';
import type { Lang } from '#lib/i18n/locales.ts';

// The strings the publishing channels add around an issue (WeChat fragment, email), one flat
// dictionary per language. `{name}` placeholders are filled by fillPlaceholders.
const zh = {
  'references.title': '参考链接',
  'issue.kicker': '第 {number} 期 · {date}',
  'issue.readOnline': '在网站上阅读本期：',
  'wechat.pageTitle': '公众号版本',
  'wechat.intro': '把本期粘贴到公众号编辑器：点击按钮复制，再在编辑器正文中粘贴。文章标题请单独填写。',
  'wechat.titleLabel': '文章标题',
  'wechat.copy': '复制到公众号',
  'wechat.copied': '已复制，可以粘贴到公众号编辑器了',
  'wechat.copyFailed': '复制失败：浏览器不允许写入剪贴板。',
  'wechat.preview': '预览（粘贴后的样子）',
  'email.footer.web': '在网页上阅读：',
  'email.footer.why': '你收到这封邮件，是因为订阅了上游周报。',
  'email.footer.unsubscribeUrl': '退订：',
  'email.footer.unsubscribeMail': '退订请发邮件到 {address}。',
} as const;

const en = {
  'references.title': 'References',
  'issue.kicker': 'Issue {number} · {date}',
  'issue.readOnline': 'Read this issue on the web: ',
  'wechat.pageTitle': 'WeChat edition',
  'wechat.intro': 'To paste this issue into the Official Account editor: press the button, then paste into the editor’s body. The article title goes in its own field.',
  'wechat.titleLabel': 'Article title',
  'wechat.copy': 'Copy for WeChat',
  'wechat.copied': 'Copied: paste it into the Official Account editor',
  'wechat.copyFailed': 'Could not copy: the browser refused to write to the clipboard.',
  'wechat.preview': 'Preview (as pasted)',
  'email.footer.web': 'Read on the web: ',
  'email.footer.why': 'You receive this because you subscribed to Upstream Weekly.',
  'email.footer.unsubscribeUrl': 'Unsubscribe: ',
  'email.footer.unsubscribeMail': 'To unsubscribe, write to {address}.',
} satisfies Record<keyof typeof zh, string>;

export type ChannelWord = keyof typeof zh;
const WORDS: Record<Lang, Record<ChannelWord, string>> = { zh, en };

export function channelWords(lang: Lang) {
  return (key: ChannelWord, vars: Record<string, string | number> = {}) => fillPlaceholders(WORDS[lang][key], vars);
}
