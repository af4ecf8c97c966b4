// The issue as an email: an HTML part for mail clients (a 600 px table, every style inline,
// absolute links, images with alt text) and a plain-text part with links as numbered references.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { htmlToText } from 'html-to-text';
import stringWidth from 'string-width';
import { visit } from 'unist-util-visit';
import type { BuiltIssue } from '#lib/channels/built-issue-schema.ts';
import { CHANNEL_CSS } from '#lib/channels/channel-css.ts';
import { channelWords } from '#lib/channels/channel-words.ts';
import { linkReferences } from '#lib/channels/link-references.ts';
import { portableTree } from '#lib/channels/portable-tree.ts';
import { inlineStyles } from '#lib/channels/inline-styles.ts';
import { HTML_LANG } from '#lib/i18n/locales.ts';
import { formatDay } from '#lib/i18n/translate.ts';
import type { NewsletterEdition } from '#lib/schemas/newsletter-config.ts';

export interface EmailParts {
  subject: string;
  html: string;
  text: string;
}

const EMAIL_CSS = `${CHANNEL_CSS}
a { color: #1f4fa3; }
.email-title { font-size: 24px; line-height: 1.35; margin: 0 0 12px; }
.email-title a { color: #1b1f24; text-decoration: none; }
.email-footer { font-size: 13px; line-height: 1.6; color: #57606a; border-top: 1px solid #d0d7de; margin-top: 32px; padding-top: 12px; }
.email-footer p { margin: 0 0 6px; }
`;

export function composeEmail(issue: BuiltIssue, edition: NewsletterEdition): EmailParts {
  return { subject: issue.title, html: emailHtml(issue, edition), text: emailText(issue, edition) };
}

function kicker(issue: BuiltIssue): string {
  return channelWords(issue.lang)('issue.kicker', { number: issue.number, date: formatDay(issue.date, issue.lang) });
}

function emailHtml(issue: BuiltIssue, edition: NewsletterEdition): string {
  const t = channelWords(issue.lang);
  const body = fromHtml(issue.html, { fragment: true });
  portableTree(body);
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'img' && typeof node.properties.alt !== 'string') node.properties.alt = '';
  });
  const { url, mailto } = edition.unsubscribe;
  const footer = h('section', { className: ['email-footer'] }, [
    h('p', [t('email.footer.web'), h('a', { href: issue.url }, issue.url)]),
    h('p', t('email.footer.why')),
    url ? h('p', [t('email.footer.unsubscribeUrl'), h('a', { href: url }, url)]) : undefined,
    mailto ? h('p', t('email.footer.unsubscribeMail', { address: mailto })) : undefined,
  ].filter((child) => child !== undefined));
  // A centred 600 px table: the layout every mail client, Outlook included, keeps.
  // Its styles are written inline here: they win over the content's table rules when juice inlines.
  // A fixed layout keeps a long code line from widening the column past a phone's screen.
  const content = h('table', { role: 'presentation', width: '100%', cellPadding: 0, cellSpacing: 0, border: 0, style: 'width:100%;margin:0;font-size:16px;background:#f0f2f5;border-collapse:collapse' }, [
    h('tr', [
      h('td', { align: 'center', style: 'text-align:center;vertical-align:top;padding:16px 8px;border:0' }, [
        h('table', { role: 'presentation', width: 600, cellPadding: 0, cellSpacing: 0, border: 0, style: 'width:100%;max-width:600px;table-layout:fixed;margin:0 auto;font-size:16px;background:#ffffff;border-collapse:collapse' }, [
          h('tr', [
            h('td', { className: ['channel'], style: 'text-align:left;vertical-align:top;padding:24px 20px;border:0' }, [
              h('p', { className: ['channel-kicker'] }, kicker(issue)),
              h('h1', { className: ['email-title'] }, [h('a', { href: issue.url }, issue.title)]),
              h('p', { className: ['channel-lede'] }, issue.summary),
              ...(body.children as never[]),
              footer,
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', issue.title),
  ]);
  const document: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: HTML_LANG[issue.lang] }, [head, h('body', { style: 'margin:0;padding:0;background:#f0f2f5' }, [content])])] };
  return inlineStyles(toHtml(document), EMAIL_CSS, { document: true });
}

function emailText(issue: BuiltIssue, edition: NewsletterEdition): string {
  const t = channelWords(issue.lang);
  const body = fromHtml(issue.html, { fragment: true });
  // A card's "by aojea": the term and its value would run together as text.
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'dt') node.children.push({ type: 'text', value: ': ' });
  });
  portableTree(body, { codeWhitespace: false });
  body.children.unshift(h('p', issue.summary));
  const references = linkReferences(body);
  const heading = (level: number) => ({ selector: `h${level}`, options: { uppercase: false, leadingLineBreaks: level <= 2 ? 3 : 2 } });
  const bodyText = htmlToText(toHtml(body), {
    // Chinese has no spaces to break at: mail clients wrap it better than a fixed width would.
    wordwrap: issue.lang === 'zh' ? false : 78,
    selectors: [heading(1), heading(2), heading(3), heading(4), { selector: 'table', format: 'dataTable' }, { selector: 'img', format: 'image', options: { linkBrackets: false } }],
  });
  const { url, mailto } = edition.unsubscribe;
  return [
    kicker(issue),
    issue.title,
    '='.repeat(Math.min(78, stringWidth(issue.title))),
    '',
    bodyText,
    '',
    ...(references.length > 0 ? [t('references.title'), '', ...references.map((reference) => `[${reference.number}] ${reference.label ? `${reference.label}: ` : ''}${reference.url}`), ''] : []),
    '-- ',
    `${t('email.footer.web')}${issue.url}`,
    t('email.footer.why'),
    ...(url ? [`${t('email.footer.unsubscribeUrl')}${url}`] : []),
    ...(mailto ? [t('email.footer.unsubscribeMail', { address: mailto })] : []),
    '',
  ].join('\n');
}
