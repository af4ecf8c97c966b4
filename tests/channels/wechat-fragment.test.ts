// The WeChat fragment from a hand-written issue body that holds every kind of element the
// site renders: heading anchors, a record card, a table, an image, a Shiki code block with
// tabs and blank lines, a release note in <details>, and links of each kind.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { utimes, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { BuiltIssue } from '#lib/channels/built-issue-schema.ts';
import { whyBuild } from '#lib/channels/read-built-issue.ts';
import { wechatFragment } from '#lib/channels/wechat-fragment.ts';

const BODY = `<p>Intro with <a href="https://github.com/kubernetes/kubernetes/pull/1">a pull</a>, <a href="#later">a section</a> and <a href="https://mp.weixin.qq.com/s/abc">our last article</a>.</p>
<h2 id="later">Later<a aria-hidden="true" tabindex="-1" href="#later">#</a></h2>
<article class="card card-pull" data-ref="k/k#1"><header class="card-head"><span class="card-kind">PR</span><h4 class="card-title"><a href="https://github.com/kubernetes/kubernetes/pull/1" rel="external noopener">Fix probes</a></h4></header>
<dl class="card-meta"><div><dt class="visually-hidden">PR</dt><dd><a href="https://site.example/en/changes/k/k/1/" class="card-page"><code class="card-handle">k/k#1</code></a></dd></div><div><dt>by</dt><dd class="card-author">someone</dd></div></dl>
<details class="card-note-details"><summary>Release note</summary><blockquote class="card-note" cite="https://github.com/x"><p>first line
second line</p></blockquote></details></article>
<table><thead><tr><th>mode</th><th>TIME_WAIT</th></tr></thead><tbody><tr><td>linger</td><td>0</td></tr></tbody></table>
<p><img src="https://site.example/chart.png" alt="A chart"></p>
<pre class="astro-code github-light" style="background-color:#fff;--shiki-dark-bg:#0d1117;color:#1f2328" tabindex="0" data-language="go"><code><span class="line"><span style="color:#CF222E">func</span><span> main() {</span></span>
<span class="line"><span>\tif  x {</span></span>
<span class="line"></span>
<span class="line"><span>\t}</span></span></code></pre>
<script>alert(1)</script><style>p{color:red}</style>`;

const ISSUE: BuiltIssue = {
  lang: 'zh',
  date: '2023-01-30',
  number: 7,
  title: 'A title',
  summary: 'A summary.',
  url: 'https://site.example/zh/issues/2023-01-30/',
  html: BODY,
};

const elements = (html: string) => {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => void found.push(node));
  return found;
};

describe('wechatFragment', () => {
  const fragment = wechatFragment(ISSUE);
  const all = elements(fragment);

  it('keeps no class, id, style, script or link element, and styles every block inline', () => {
    expect(all.filter((node) => ['style', 'script', 'link'].includes(node.tagName))).toEqual([]);
    expect(all.filter((node) => node.properties.className || node.properties.id || Object.keys(node.properties).some((key) => /^data[A-Z]/.test(key)))).toEqual([]);
    const blocks = all.filter((node) => ['p', 'h2', 'h4', 'pre', 'table', 'th', 'td', 'blockquote', 'img', 'li'].includes(node.tagName));
    expect(blocks.length).toBeGreaterThan(10);
    for (const node of blocks) expect(node.properties.style, `<${node.tagName}>`).toMatch(/\w+:/);
    expect(fragment).not.toContain('alert(1)');
    expect(fragment).not.toContain('--shiki');
  });

  it('turns external links into numbered references listed at the end, and keeps mp.weixin.qq.com links', () => {
    const links = all.filter((node) => node.tagName === 'a');
    expect(links.map((link) => link.properties.href)).toEqual(['https://mp.weixin.qq.com/s/abc']);
    const text = toString(fromHtml(fragment, { fragment: true }));
    // The same address twice is one reference; the in-page link and the heading anchor are plain text or gone.
    expect(text).toContain('a pull[1]');
    expect(text).toContain('Fix probes[1]');
    expect(text).toContain('k/k#1[2]');
    expect(text).toContain('a section and');
    expect(text).not.toContain('Later#');
    expect(text).toMatch(/参考链接\s*\[1\] a pull: https:\/\/github\.com\/kubernetes\/kubernetes\/pull\/1\s*\[2\] k\/k#1: https:\/\/site\.example\/en\/changes\/k\/k\/1\//);
    expect(text).toContain('https://site.example/zh/issues/2023-01-30/');
  });

  it('keeps the card, the table and the image', () => {
    const text = toString(fromHtml(fragment, { fragment: true }));
    expect(text).toContain('someone');
    expect(text).not.toMatch(/\bPRk\/k/); // the hidden "PR" label is dropped
    expect(all.filter((node) => node.tagName === 'th').map((node) => toString(node))).toEqual(['mode', 'TIME_WAIT']);
    const image = all.find((node) => node.tagName === 'img')!;
    expect(image.properties).toMatchObject({ src: 'https://site.example/chart.png', alt: 'A chart' });
    expect(String(image.properties.style)).toContain('max-width: 100%');
  });

  it('keeps the release note’s line break and opens <details>', () => {
    expect(all.some((node) => node.tagName === 'details' || node.tagName === 'summary')).toBe(false);
    expect(fragment).toMatch(/first line<br>second line/);
  });

  it('keeps code colours, indentation and line breaks as elements and no-break spaces', () => {
    const pre = all.find((node) => node.tagName === 'pre')!;
    expect(String(pre.properties.style)).toContain('white-space: pre');
    const code = fragment.slice(fragment.indexOf('<pre'), fragment.indexOf('</pre>'));
    expect(code).toContain('<span style="color:#CF222E">func</span>');
    expect(code.match(/<br>/g)).toHaveLength(3);
    expect(code).not.toMatch(/\n|\t/);
    // A tab is four no-break spaces, and a double space stays double.
    expect(code).toContain('\u00a0\u00a0\u00a0\u00a0if\u00a0\u00a0x\u00a0{');
  });
});

describe('whyBuild', () => {
  it('builds when the issue is missing from the build, or older than any content file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'uw-why-'));
    const built = join(root, 'dist', 'zh', 'issues', '2023-01-30', 'channel.json');
    await mkdir(join(root, 'content', 'issues'), { recursive: true });
    await writeFile(join(root, 'content', 'issues', 'a.mdx'), 'x');
    expect(await whyBuild(built, join(root, 'content'))).toMatch(/has no zh\/issues\/2023-01-30\/channel.json/);
    await mkdir(join(root, 'dist', 'zh', 'issues', '2023-01-30'), { recursive: true });
    await writeFile(built, '{}');
    await utimes(join(root, 'content', 'issues', 'a.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await whyBuild(built, join(root, 'content'))).toBeNull();
    // What was sent is not rendered: recording a send does not make the build stale.
    await writeFile(join(root, 'content', 'newsletter-sent.yaml'), 'sent: []\n');
    expect(await whyBuild(built, join(root, 'content'))).toBeNull();
    await utimes(built, new Date('2019-01-01'), new Date('2019-01-01'));
    expect(await whyBuild(built, join(root, 'content'))).toMatch(/is older than .*a\.mdx/);
  });
});
