// What a reader sees on the built pages, beyond layout: headings that never skip a
// level, counts with their words, Chinese pages without English interface text and
// with upstream English marked as such, release pages without an invented author,
// a nested table of contents, topic tags that link, and a root 404 with the header.
import * as cheerio from 'cheerio';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const load = async (path: string) => cheerio.load(await readFile(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
  .map((path) => relative(dist, join(dist, path)))
  .sort();

describe('every built page', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  it('never skips a heading level going down', async () => {
    const jumps: string[] = [];
    for (const path of pages) {
      const $ = await load(path);
      let previous = 0;
      $('h1, h2, h3, h4, h5, h6').each((_, heading) => {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) jumps.push(`${path}: h${previous} → h${level} "${$(heading).text().trim().slice(0, 40)}"`);
        previous = level;
      });
    }
    expect(jumps).toEqual([]);
  });

  it('writes counts with their words, in the singular where there is one', async () => {
    const $ = await load('en/projects/');
    const counts = $('main .demo-list p').map((_, p) => $(p).text()).get();
    expect(counts).toContain('5 pull requests, 0 releases');
    expect(counts).toContain('0 pull requests, 1 release');
    for (const path of pages.filter((path) => path.startsWith('en/'))) {
      expect((await load(path))('main').text(), path).not.toMatch(/\b1 (releases|pull requests|issues|changes)\b/);
    }
    const topics = await load('zh/topics/');
    expect(topics('.topic-list li').first().text()).toMatch(/\d+ 期周报 · \d+ 项变更/);
    expect((await load('en/changes/')).root().find('.year-nav li').first().text()).toMatch(/^2023 \d+ changes$/);
  });
});

describe('Chinese pages', () => {
  const zhPages = pages.filter((path) => path.startsWith('zh/'));

  it('carry no English interface words', async () => {
    const found: string[] = [];
    for (const path of zhPages) {
      const $ = await load(path);
      // Upstream text is English by nature and marked so; the interface is what is left.
      $('[lang="en"], code, pre, script, style, [hidden], title').remove();
      const text = $('body').text();
      for (const word of ['Release note', 'release note', 'modified', 'added', 'unknown', 'at', 'by', 'sig', 'networking', 'releases', 'testing']) {
        if (new RegExp(`(^|[^\\w/-])${word}([^\\w/-]|$)`).test(text)) found.push(`${path}: "${word}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('mark upstream titles, notes, labels and bodies as English', async () => {
    const change = await load('zh/changes/kubernetes/kubernetes/115143/');
    expect(change('h1').attr('lang')).toBe('en');
    expect(change('.card-note').attr('lang')).toBe('en');
    expect(change('.label-groups ul').first().attr('lang')).toBe('en');
    expect(change('.markdown-body').attr('lang')).toBe('en');
    const issue = await load('zh/issues/2023-01-30/');
    expect(issue('.card-title').length).toBeGreaterThan(5);
    issue('.card-title').each((_, title) => void expect(issue(title).attr('lang')).toBe('en'));
    const list = await load('zh/changes/');
    list('[data-rows] > li > a').each((_, link) => void expect(list(link).attr('lang')).toBe('en'));
  });

  it('name topics in Chinese, with a full-width colon after 主题', async () => {
    const $ = await load('zh/issues/2023-01-30/');
    expect($('.issue-topics span').first().text()).toBe('主题：');
    expect($('.issue-topics a.tag').map((_, a) => $(a).text()).get()).toEqual(['网络', 'kubelet', 'kube-proxy', 'kubectl', '版本发布']);
    expect((await load('zh/topics/networking/'))('h1').text()).toBe('主题：网络');
  });
});

describe('issue, change and demo pages', () => {
  it.each(['zh', 'en'])('link %s topic tags to the topic pages', async (lang) => {
    const $ = await load(`${lang}/issues/2023-01-30/`);
    const links = $('.issue-topics a.tag').map((_, a) => $(a).attr('href')).get();
    expect(links).toEqual(['networking', 'kubelet', 'kube-proxy', 'kubectl', 'releases'].map((topic) => `/${lang}/topics/${topic}/`));
  });

  it.each(['zh', 'en'])('nest the %s table of contents, so each list numbers its own sections', async (lang) => {
    const $ = await load(`${lang}/issues/2023-01-30/`);
    const top = $('nav.toc > ol > li');
    expect(top.length).toBeGreaterThanOrEqual(2);
    expect($('nav.toc > ol > li > ol > li').length).toBeGreaterThanOrEqual(4);
    // A subsection's link is its section's href-sibling: every h3 in the list sits under an h2's item.
    for (const link of $('nav.toc > ol > li > ol a').toArray()) {
      expect($(`[id="${$(link).attr('href')!.slice(1)}"]`).prop('tagName')).toBe('H3');
    }
  });

  it.each([
    ['zh', '作者'],
    ['en', 'by'],
  ])('leave the author out of %s release cards and pages, which have none', async (lang, by) => {
    const change = await load(`${lang}/changes/cilium/cilium/releases/v1.13.0-rc5/`);
    expect(change('.card-meta dt').map((_, dt) => change(dt).text()).get()).not.toContain(by);
    expect(change('body').text()).not.toMatch(/unknown|未知/);
    const issue = await load(`${lang}/issues/2023-01-30/`);
    expect(issue('.card-release .card-author')).toHaveLength(0);
    expect(issue('.card-pull .card-author').length).toBeGreaterThan(0);
  });

  it('title a release page without repeating its version', async () => {
    const titles = await Promise.all(
      ['cilium/cilium/releases/v1.13.0-rc5', 'moby/moby/releases/v23.0.0-rc.3', 'knative/serving/releases/knative-v1.9.0', 'kyma-project/kyma/releases/2.10.0'].map(async (path) => (await load(`en/changes/${path}/`))('title').text()),
    );
    expect(titles).toEqual([
      'cilium/cilium v1.13.0-rc5 · Upstream Weekly',
      'moby/moby v23.0.0-rc.3 · Upstream Weekly',
      'Knative Serving release v1.9.0 · knative/serving · Upstream Weekly',
      'kyma-project/kyma 2.10.0 · Upstream Weekly',
    ]);
  });

  it.each([
    ['zh', /没有启用 IPVS/],
    ['en', /without IPVS/],
  ])('say plainly on the %s IPVS demo that its kernel had no IPVS, before the table', async (lang, words) => {
    const $ = await load(`${lang}/demos/ipvs-schedulers/`);
    const note = $('.demo-results .notice');
    expect(note.text()).toMatch(words);
    expect(note.nextAll('.table-scroll')).toHaveLength(1);
  });

  it('draws the demo chart’s legend with the lines’ own strokes, and describes it in the page’s language', async () => {
    const $ = await load('zh/demos/so-linger/');
    const lines = $('.demo-chart svg.chart-wide path.series').map((_, path) => $(path).attr('class')).get();
    const swatches = $('.demo-chart .legend line').map((_, line) => $(line).attr('class')).get();
    expect(swatches).toEqual(lines);
    for (const name of ['wide', 'narrow']) {
      expect($(`#chart-desc-${name}`).text()).toMatch(/秒时/);
      expect($(`#chart-desc-${name}`).text()).not.toMatch(/ at /);
    }
  });

  it('gives project charts whole-number ticks only', async () => {
    for (const path of pages.filter((path) => /^(zh|en)\/projects\/.+\/.+\//.test(path))) {
      const $ = await load(path);
      const ticks = $('.cadence-chart g.axis text').map((_, text) => $(text).text()).get();
      for (const tick of ticks) expect(Number.isInteger(Number(tick)), `${path}: ${tick}`).toBe(true);
    }
  });
});

describe('the root 404 page, which static hosts serve', () => {
  it('has the site header and search box in both languages, and picks one by the address', async () => {
    const $ = await load('404.html');
    expect($('header.site-header')).toHaveLength(2);
    expect($('form[role="search"][action="/zh/search/"] input[type="search"]')).toHaveLength(1);
    expect($('form[role="search"][action="/en/search/"] input[type="search"]')).toHaveLength(1);
    expect(new Set($('[id]').map((_, element) => $(element).attr('id')).get()).size).toBe($('[id]').length);
    expect($('main h1').map((_, h1) => $(h1).text()).get()).toEqual(['页面不存在', 'Page not found']);
    const chooser = $('script:not([type])').text();
    expect(chooser).toContain('location.pathname');
  });
});
