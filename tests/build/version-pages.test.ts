// Version pages, upgrade pages, the project page's links to them, the version in
// changes.json, the sitemap and the search index, in the shared build of the committed
// content: kubernetes/kubernetes has one version, v1.27 (the five pull requests of the
// first issue), and each release is a version of its own.
import * as cheerio from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { urls } from '#lib/site/urls.ts';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const K8S = 'kubernetes/kubernetes';
const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const page = async (path: string) => cheerio.load(await readFile(file(path), 'utf8'));
const WORDS = {
  zh: { groups: ['新功能（3）', '缺陷修复（2）'], covered: '收录于：', issue: '第 1 期', lede: '本站跟踪到的这个版本的变更：5 项。', start: 'v1.27 之前', upgrade: '升级路径' },
  en: { groups: ['Features (3)', 'Bug fixes (2)'], covered: 'Covered in:', issue: 'Issue 1', lede: 'Changes tracked in this version: 5.', start: 'before v1.27', upgrade: 'Upgrade path' },
} as const;

describe.each(['zh', 'en'] as const)('version pages (%s)', (lang) => {
  const words = WORDS[lang];

  it('groups kubernetes v1.27 as features then bug fixes, each change linking its page and its issue section, with its note', async () => {
    const $ = await page(urls.version(lang, K8S, 'v1.27'));
    expect($('html').attr('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect($('h1').text()).toBe('kubernetes/kubernetes v1.27');
    expect($('.lede').text()).toBe(words.lede);
    expect($('.upgrade-group h2').map((_, h) => $(h).text()).get()).toEqual(words.groups);
    const rows = $('.upgrade-group li');
    expect(rows.map((_, li) => $(li).find('.entry-head a').attr('href')).get()).toEqual(
      ['114886', '115143', '115321', '114814', '114878'].map((number) => urls.change(lang, `${K8S}#${number}`)),
    );
    rows.each((_, li) => {
      const covered = $(li).find('.entry-meta').last();
      expect(covered.text().startsWith(words.covered)).toBe(true);
      expect(covered.find('a').attr('href')).toMatch(new RegExp(`^${urls.issue(lang, '2023-01-30')}#.+`));
      expect(covered.find('a').text().startsWith(`${words.issue} · `)).toBe(true);
      expect($(li).find('blockquote.card-note').text().length).toBeGreaterThan(10);
    });
    expect($('blockquote.card-note').first().text()).toBe('Use HorizontalPodAutoscaler v2 for kubectl');
    expect($('nav.breadcrumbs a').map((_, a) => $(a).attr('href')).get()).toEqual([urls.home(lang), urls.projects(lang), urls.project(lang, K8S)]);
    expect($('.version-pager a').last().attr('href')).toBe(urls.upgrade(lang, K8S));
  });

  it('is in the search index as a version of its project, its lists left to the change pages', async () => {
    const $ = await page(urls.version(lang, K8S, 'v1.27'));
    expect($('[data-pagefind-body]').attr('data-pagefind-meta')).toBe('type:version');
    expect($('[data-pagefind-body] [data-pagefind-filter="project"]').text()).toBe(K8S);
    expect($('[data-pagefind-body] .upgrade-group').closest('[data-pagefind-ignore]')).toHaveLength(1);
    const other = lang === 'zh' ? 'en' : 'zh';
    expect($(`link[rel=alternate][hreflang="${other === 'zh' ? 'zh-CN' : 'en'}"]`).attr('href')).toMatch(new RegExp(`${urls.version(other, K8S, 'v1.27')}$`));
  });

  it('gives a release its own version, with a prefixed tag normalised, and its notes sanitized', async () => {
    const $ = await page(urls.version(lang, 'knative/serving', 'v1.9.0'));
    expect($('h1').text()).toBe('knative/serving v1.9.0');
    expect($('.upgrade-group').attr('data-group')).toBe('release');
    expect($('.entry-head a').attr('href')).toBe(urls.change(lang, 'knative/serving@knative-v1.9.0'));
    expect($('details.entry-notes .markdown-body li').length).toBeGreaterThan(5);
    expect($('details.entry-notes script')).toHaveLength(0);
    const cilium = await page(urls.version(lang, 'cilium/cilium', 'v1.13.0-rc5'));
    expect(cilium('h1').text()).toBe('cilium/cilium v1.13.0-rc5');
  });

  it('links the versions and the upgrade page from the project page', async () => {
    const $ = await page(urls.project(lang, K8S));
    const section = $('section[aria-labelledby="versions"]');
    expect(section.find('.version-list a').map((_, a) => $(a).attr('href')).get()).toEqual([urls.version(lang, K8S, 'v1.27')]);
    expect(section.find(`a[href="${urls.upgrade(lang, K8S)}"]`).text()).toBe(words.upgrade);
  });

  it('has an upgrade page whose picker and list wait for the script, and which lists the version pages in order', async () => {
    const $ = await page(urls.upgrade(lang, K8S));
    expect($('form[data-upgrade]').attr('hidden')).toBeDefined();
    expect($('[data-results]').attr('hidden')).toBeDefined();
    expect($('select[name=from] option').map((_, o) => $(o).text()).get()).toEqual([words.start, 'v1.27']);
    expect($('select[name=to] option').map((_, o) => $(o).attr('value')).get()).toEqual(['v1.27']);
    expect($('[data-results] li[data-v]').map((_, li) => $(li).attr('data-v')).get()).toEqual(['0', '0', '0', '0', '0']);
    expect($('section[aria-labelledby="versions"] .version-list a').attr('href')).toBe(urls.version(lang, K8S, 'v1.27'));
    expect($('noscript').text().length).toBeGreaterThan(10);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    // One small inline script for the picker beside the site's page script, the one file.
    expect($('script[src]').map((_, el) => $(el).attr('src')).get()).toEqual([expect.stringMatching(/^\/scripts\/page\.[0-9a-f]{10}\.js$/)]);
    expect($('script:not([src])')).toHaveLength(1);
    expect(Buffer.byteLength($('script').last().text())).toBeLessThanOrEqual(1536);
  });
});

describe('the version everywhere else', () => {
  it('puts each record’s version into changes.json', async () => {
    const data = JSON.parse(await readFile(file(urls.changesJson), 'utf8')) as { changes: Array<{ ref: string; version: string | null }> };
    expect(Object.fromEntries(data.changes.map((change) => [change.ref, change.version]))).toEqual({
      'cilium/cilium@v1.13.0-rc5': 'v1.13.0-rc5',
      'knative/serving@knative-v1.9.0': 'v1.9.0',
      'kubernetes/kubernetes#114814': 'v1.27',
      'kubernetes/kubernetes#114878': 'v1.27',
      'kubernetes/kubernetes#114886': 'v1.27',
      'kubernetes/kubernetes#115143': 'v1.27',
      'kubernetes/kubernetes#115321': 'v1.27',
      'kyma-project/kyma@2.10.0': 'v2.10.0',
      'moby/moby@v23.0.0-rc.3': 'v23.0.0-rc.3',
    });
  });

  it('lists the version and upgrade pages in the sitemap, each with its translation', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const lang of ['zh', 'en'] as const) {
      for (const path of [urls.version(lang, K8S, 'v1.27'), urls.version(lang, 'moby/moby', 'v23.0.0-rc.3'), urls.upgrade(lang, K8S)]) {
        expect(sitemap).toContain(`${path}</loc>`);
      }
    }
    expect(sitemap).toMatch(/versions\/v1\.27\/<\/loc>.*?hreflang="en"/s);
  });

  describe('search', () => {
    let served: Served;
    beforeAll(async () => {
      served = await serveDir(dist);
    });
    afterAll(() => served?.close());

    it.each([
      ['zh-CN', 'zh'],
      ['en', 'en'],
    ] as const)('finds the version page for “v1.27” in %s', async (htmlLang, lang) => {
      const found = await pagefindSearch(dist, served.origin, htmlLang, 'v1.27');
      expect(found).toContain(urls.version(lang, K8S, 'v1.27'));
    });
  });
});
