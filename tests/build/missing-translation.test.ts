// An issue published in Chinese only, through the real build: the English address
// shows the Chinese issue inside the English site with a notice, never a 404; the
// page is kept out of the English search index, feeds and sitemap; and in a browser
// the language switch lands on it.
import * as cheerio from 'cheerio';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { CHROMIUM, launchBrowser, watchedPage } from '../helpers/browser.ts';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const ZH_ONLY = `---
title: 只有中文的一期：zyxwvut
number: 2
date: 2023-02-06
from: 2023-01-30
to: 2023-02-05
summary: 这一期还没有英文版。
topics:
  - networking
items:
  - kubernetes/kubernetes#115999
---

## 上游进展

这一期只写了中文，关键词 zyxwvut 只在这里出现。

<Item ref="kubernetes/kubernetes#115999" />
`;

let dir: string;
let dist: string;
let served: Served;
const page = async (path: string) => cheerio.load(await readFile(join(dist, path), 'utf8'));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-zh-only-'));
  await cp('content', dir, { recursive: true });
  await mkdir(join(dir, 'issues', '2023-02-06'));
  await writeFile(join(dir, 'issues', '2023-02-06', 'zh.mdx'), ZH_ONLY);
  // A record of its own: an item two issues cover is refused by check, and so by the build.
  const pulls = join(dir, 'upstream', 'kubernetes', 'kubernetes', 'pulls');
  const record = JSON.parse(await readFile(join(pulls, '115321.json'), 'utf8'));
  const late = { ...record, ref: 'kubernetes/kubernetes#115999', number: 115999, url: 'https://github.com/kubernetes/kubernetes/pull/115999', mergedAt: '2023-02-01T00:00:00Z' };
  await writeFile(join(pulls, '115999.json'), `${JSON.stringify(late, null, 2)}\n`);
  const result = await astroBuild({ contentDir: dir });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  dist = result.outDir;
  served = await serveDir(dist);
}, 240_000);

afterAll(async () => {
  await served?.close();
  await Promise.all([dir, dist, astroCacheDirFor(dir)].filter(Boolean).map((path) => rm(path!, { recursive: true, force: true })));
});

describe('an issue missing its English translation', () => {
  it('has an English page showing the Chinese issue with a notice in English', async () => {
    const $ = await page('en/issues/2023-02-06/index.html');
    expect($('html').attr('lang')).toBe('en');
    expect($('.notice').text()).toContain('This issue is not in English yet. Here it is in Chinese, as published.');
    expect($('.notice a').attr('href')).toBe('/zh/issues/2023-02-06/');
    const article = $('article.issue');
    expect(article.attr('lang')).toBe('zh-CN');
    expect(article.find('h1').text()).toBe('只有中文的一期：zyxwvut');
    expect(article.find('.issue-kicker').text()).toContain('第 2 期');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/zh\/issues\/2023-02-06\/$/);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    // The switcher goes back to the original; no hreflang claims a translation.
    expect($('a.lang-switch').attr('href')).toBe('/zh/issues/2023-02-06/');
    expect($('link[rel="alternate"][hreflang="en"]')).toHaveLength(0);
  });

  it('describes the English page in English, and shows the Chinese issue’s card', async () => {
    const $ = await page('en/issues/2023-02-06/index.html');
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    expect(meta('description')).toBe('This issue is not in English yet. Here it is in Chinese, as published. 这一期还没有英文版。');
    expect(meta('og:locale')).toBe('en_US');
    expect(meta('og:image')).toMatch(/\/en\/issues\/2023-02-06\/card\.png$/);
    expect(meta('og:image:alt')).toContain('第 2 期');
    // The card draws the issue as written, so both addresses serve the same picture.
    const [en, zh] = await Promise.all(['en', 'zh'].map((lang) => readFile(join(dist, lang, 'issues/2023-02-06/card.png'))));
    expect(en!.equals(zh!)).toBe(true);
  });

  it('switches from the Chinese issue to that page, and lists no English translation', async () => {
    const $ = await page('zh/issues/2023-02-06/index.html');
    expect($('.notice')).toHaveLength(0);
    expect($('a.lang-switch').attr('href')).toBe('/en/issues/2023-02-06/');
    expect($('link[rel="alternate"][hreflang="en"]')).toHaveLength(0);
    expect($('link[rel="alternate"][hreflang="zh-CN"]')).toHaveLength(1);
  });

  it('links the English change page’s backlink to it, and the pager of issue 1 to it', async () => {
    const change = await page('en/changes/kubernetes/kubernetes/115999/index.html');
    expect(change('.backlinks a').map((_, a) => change(a).attr('href')!.split('#')[0]).get()).toContain('/en/issues/2023-02-06/');
    const first = await page('en/issues/2023-01-30/index.html');
    expect(first('a[rel="next"]').attr('href')).toBe('/en/issues/2023-02-06/');
    expect(first('a[rel="next"] span').attr('lang')).toBe('zh-CN');
  });

  it('keeps it out of the English feed, sitemap and search index', async () => {
    expect(await readFile(join(dist, 'en', 'rss.xml'), 'utf8')).not.toContain('2023-02-06');
    expect(await readFile(join(dist, 'zh', 'rss.xml'), 'utf8')).toContain('/zh/issues/2023-02-06/');
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/zh/issues/2023-02-06/');
    expect(sitemap).not.toContain('/en/issues/2023-02-06/');
    expect(await pagefindSearch(dist, served.origin, 'en', 'zyxwvut')).toEqual([]);
    expect(await pagefindSearch(dist, served.origin, 'zh-CN', 'zyxwvut')).toContain('/zh/issues/2023-02-06/');
  });

  describe.skipIf(!CHROMIUM)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(() => browser?.close());

    it('lands the language switch on the English page with its notice, not a 404', async () => {
      const context = await browser.newContext();
      const tab = await watchedPage(context, served.origin);
      await tab.page.goto(`${served.origin}/zh/issues/2023-02-06/`);
      const [response] = await Promise.all([tab.page.waitForNavigation(), tab.page.locator('a.lang-switch').click()]);
      expect(response?.status()).toBe(200);
      expect(new URL(tab.page.url()).pathname).toBe('/en/issues/2023-02-06/');
      expect(await tab.page.locator('.notice').isVisible()).toBe(true);
      expect([tab.errors, tab.failed, tab.foreign]).toEqual([[], [], []]);
      await context.close();
    });
  });
});
