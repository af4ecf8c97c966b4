import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const page = async (path: string) => cheerio.load(await readFile(join(dist, path), 'utf8'));
/** The file a site-relative URL is served from. */
const fileFor = (url: string) => join(dist, new URL(url, 'http://x').pathname.replace(/\/$/, '/index.html'));

const PULLS = ['115143', '115321', '114878', '114814', '114886'];
const TAGS = ['v23.0.0-rc.3', 'v1.13.0-rc5', 'knative-v1.9.0', '2.10.0'];
const LANGS = [
  { lang: 'zh', htmlLang: 'zh-CN' },
  { lang: 'en', htmlLang: 'en' },
] as const;

describe('built pages', () => {
  it.each(LANGS)('has every page in $lang, each with its own <html lang>', async ({ lang, htmlLang }) => {
    for (const path of ['index.html', 'issues/2023-01-30/index.html', 'about/index.html', 'search/index.html', '404/index.html']) {
      const $ = await page(`${lang}/${path}`);
      expect($('html').attr('lang'), `${lang}/${path}`).toBe(htmlLang);
    }
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it.each(LANGS)('mentions all five pull requests and four release tags in the $lang issue', async ({ lang }) => {
    const text = (await page(`${lang}/issues/2023-01-30/index.html`))('main').text();
    for (const needle of [...PULLS, ...TAGS]) expect(text).toContain(needle);
  });

  it.each(LANGS)('renders each item as a card with the record’s data ($lang)', async ({ lang }) => {
    const $ = await page(`${lang}/issues/2023-01-30/index.html`);
    expect($('article.card')).toHaveLength(9);
    const card = $('article.card[data-ref="kubernetes/kubernetes#115143"]');
    expect(card.find('.card-title a').attr('href')).toBe('https://github.com/kubernetes/kubernetes/pull/115143');
    expect(card.find('.card-title').text()).toBe('Kubelet TCP/HTTP probes: improve network resources utilization');
    expect(card.find('.card-handle').text()).toBe('kubernetes/kubernetes#115143');
    expect(card.find('.card-author').text()).toBe('aojea');
    expect(card.find('time').attr('datetime')).toBe('2023-01-23T00:00:00Z');
    expect(card.find('.card-milestone').text()).toBe('v1.27');
    expect(card.find('.card-labels li').map((_, el) => $(el).text()).get()).toContain('sig/network');
    expect(card.find('blockquote.card-note').text()).toContain('reducing the TIME-WAIT state of the connection to 1 second');
    const release = $('article.card[data-ref="cilium/cilium@v1.13.0-rc5"]');
    expect(release.find('.card-handle').text()).toBe('cilium/cilium@v1.13.0-rc5');
    expect(release.find('.card-pre')).toHaveLength(1);
    expect(release.find('time').attr('datetime')).toBe('2023-01-24T04:40:00Z');
  });

  it('highlights code with Shiki in both light and dark themes', async () => {
    const $ = await page('en/issues/2023-01-30/index.html');
    const blocks = $('pre.astro-code');
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.map((_, el) => $(el).attr('data-language')).get()).toEqual(expect.arrayContaining(['go', 'yaml', 'sh']));
    expect(blocks.first().attr('style')).toMatch(/--shiki-dark/);
    // Token colours are palette classes defined once in the stylesheet, never inline.
    const tokens = blocks.find('span[class^="l"], span[class^="d"]');
    expect(tokens.length).toBeGreaterThan(100);
    expect(blocks.find('span[style*="color:"], span[style*="--shiki-dark:"]')).toHaveLength(0);
    const css = (await Promise.all($('link[rel="stylesheet"]').map((_, el) => readFile(join(dist, $(el).attr('href')!), 'utf8')).get())).join('');
    const classes = new Set(tokens.map((_, el) => $(el).attr('class')!.split(' ')).get().filter((name) => /^[ld]\d+$/.test(name)));
    expect(classes.size).toBeGreaterThan(5);
    for (const className of classes) {
      expect(css, className).toContain(`.astro-code .${className}{`);
    }
  });

  it('gives home and issue pages the page script inline and other pages the same script as one file', async () => {
    const inline = new Set<string>();
    for (const path of ['zh/index.html', 'en/index.html', 'en/issues/2023-01-30/index.html', 'zh/issues/2023-01-30/index.html']) {
      const $ = await page(path);
      // Where readers arrive, and the issue page budget: no script file until search is opened.
      expect($('script[src]').length, path).toBe(0);
      expect($('script').length, path).toBe(1);
      // Shortcuts, the lazy header search and copy buttons; Pagefind and the rest load on first use.
      expect(Buffer.byteLength($('script').text()), path).toBeLessThanOrEqual(1536);
      inline.add($('script').text());
    }
    expect(inline.size).toBe(1);
    const files = new Set<string>();
    for (const path of ['en/about/index.html', 'zh/topics/index.html', 'zh/changes/kubernetes/kubernetes/115321/index.html', 'en/projects/kubernetes/kubernetes/versions/v1.27/index.html']) {
      const $ = await page(path);
      expect($('script').length, path).toBe(1);
      expect($('script').attr('type'), path).toBe('module');
      files.add($('script').attr('src')!);
    }
    // One file for the whole site, named by its content, holding what issue pages inline.
    expect(files.size).toBe(1);
    const [file] = files;
    expect(file).toMatch(/^\/scripts\/page\.[0-9a-f]{10}\.js$/);
    expect(await readFile(join(dist, file!), 'utf8')).toBe([...inline][0]);
    for (const path of ['zh/index.html', 'en/issues/2023-01-30/index.html', 'zh/issues/2023-01-30/index.html', 'en/about/index.html']) {
      const $ = await page(path);
      const module = $('form.header-search').attr('data-module')!;
      expect(module).toMatch(new RegExp(`^/scripts/header-search\\.${path.slice(0, 2)}\\.[0-9a-f]{10}\\.js$`));
      // The search words come with the language's module, not in every page's header.
      expect($('form.header-search').attr('data-no-results'), path).toBeUndefined();
      expect(await readFile(join(dist, module), 'utf8'), path).toContain(path.startsWith('zh') ? '到英文版（English）搜索' : 'Search the Chinese edition');
    }
  });

  it('links every page to itself in the other language, and the links resolve', async () => {
    for (const { lang } of LANGS) {
      for (const path of ['index.html', 'issues/2023-01-30/index.html', 'about/index.html', 'search/index.html']) {
        const $ = await page(`${lang}/${path}`);
        const switchHref = $('a.lang-switch').attr('href')!;
        const other = lang === 'zh' ? 'en' : 'zh';
        expect(switchHref).toBe(`/${other}/${path.replace(/index\.html$/, '')}`);
        expect(existsSync(fileFor(switchHref)), switchHref).toBe(true);
        const hreflangs = $('link[rel=alternate][hreflang]').map((_, el) => $(el).attr('hreflang')).get();
        expect(hreflangs).toEqual(expect.arrayContaining(['zh-CN', 'en', 'x-default']));
        expect($('link[rel=canonical]').attr('href')).toMatch(new RegExp(`/${lang}/`));
        expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toMatch(new RegExp(`/${lang}/rss\\.xml$`));
      }
    }
  });

  it('lists the issue on each home page', async () => {
    for (const { lang } of LANGS) {
      const $ = await page(`${lang}/index.html`);
      expect($(`a[href="/${lang}/issues/2023-01-30/"]`).length).toBeGreaterThan(0);
    }
  });
});

describe('feeds', () => {
  it.each(LANGS)('the $lang feed parses and carries the full issue', async ({ lang, htmlLang }) => {
    const feed = parseFeed(await readFile(join(dist, lang, 'rss.xml'), 'utf8'));
    expect(feed.title).toBe(lang === 'zh' ? '上游周报' : 'Upstream Weekly');
    expect(feed.language?.toLowerCase()).toBe(htmlLang.toLowerCase());
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item!.url).toBe(`https://upstream-weekly.example.org/${lang}/issues/2023-01-30/`);
    expect(item!.id).toBe(item!.url);
    expect(item!.published?.toISOString()).toBe('2023-01-30T00:00:00.000Z');
    const content = item!.content ?? '';
    for (const needle of ['115143', '114814', 'v1.13.0-rc5', '<pre']) expect(content).toContain(needle);
    // Every link in the content is absolute.
    const hrefs = cheerio.load(content)('[href]').map((_, el) => el.attribs.href).get();
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|#)/);
    // Code keeps its colours inline: a feed reader has none of the site's stylesheet.
    const $ = cheerio.load(content);
    expect($('pre span[style*="color:#"]').length).toBeGreaterThan(50);
    expect($('pre span[class]').filter((_, el) => /(^| )[ld]\d+( |$)/.test(el.attribs.class!))).toHaveLength(0);
  });

  it.each(LANGS)('the $lang JSON Feed carries the same issue, in its language', async ({ lang, htmlLang }) => {
    const feed = JSON.parse(await readFile(join(dist, lang, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe(htmlLang);
    expect(feed.feed_url).toBe(`https://upstream-weekly.example.org/${lang}/feed.json`);
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([`https://upstream-weekly.example.org/${lang}/issues/2023-01-30/`]);
    expect(feed.items[0].content_html).toContain('115143');
  });

  it.each(LANGS)('a $lang topic feed lists the issues its topic page lists', async ({ lang, htmlLang }) => {
    const networking = parseFeed(await readFile(join(dist, lang, 'topics', 'networking', 'rss.xml'), 'utf8'));
    expect(networking.language?.toLowerCase()).toBe(htmlLang.toLowerCase());
    expect(networking.items.map((item) => item.url)).toEqual([`https://upstream-weekly.example.org/${lang}/issues/2023-01-30/`]);
    // `node` comes from #115143's sig/node label: the issue covers it without naming the
    // topic, and is on it all the same, in the feed as on the page.
    for (const topic of ['networking', 'node', 'releases', 'apps', 'testing', 'kubectl']) {
      const feed = parseFeed(await readFile(join(dist, lang, 'topics', topic, 'rss.xml'), 'utf8'));
      const $ = await page(`${lang}/topics/${topic}/index.html`);
      const listed = $('section:has(h2) a[href*="/issues/"]').map((_, a) => new URL($(a).attr('href')!, 'https://upstream-weekly.example.org').href).get();
      expect(listed.length, topic).toBeGreaterThan(0);
      expect(feed.items.map((item) => item.url), topic).toEqual(listed);
    }
  });

  it.each(LANGS)('the $lang feeds name their authors, icon and last build, and carry no hidden text', async ({ lang }) => {
    const author = lang === 'zh' ? '上游周报编辑部' : 'The Upstream Weekly editors';
    const feed = parseFeed(await readFile(join(dist, lang, 'rss.xml'), 'utf8'));
    expect(feed.authors.map((person) => person.name)).toEqual([author]);
    expect(feed.items[0]!.authors.map((person) => person.name)).toEqual([author]);
    expect(feed.image?.url).toBe('https://upstream-weekly.example.org/icon.png');
    expect(existsSync(join(dist, 'icon.png'))).toBe(true);
    expect(feed.updated?.toISOString()).toBe('2023-01-30T00:00:00.000Z');
    const json = JSON.parse(await readFile(join(dist, lang, 'feed.json'), 'utf8'));
    expect(json.authors).toEqual([{ name: author, url: `https://upstream-weekly.example.org/${lang}/` }]);
    expect(json.icon).toBe('https://upstream-weekly.example.org/icon.png');
    expect(json.items[0].authors).toEqual([{ name: author }]);
    for (const content of [feed.items[0]!.content!, json.items[0].content_html]) {
      const $ = cheerio.load(content);
      // No heading anchors, nothing visually hidden: a reader has no stylesheet to hide them.
      expect($('a[href^="#"], a[href*="#"][aria-hidden], [aria-hidden], .visually-hidden, [hidden]')).toHaveLength(0);
      expect($('h3').first().text()).not.toMatch(/#$/);
      expect($('.card-meta').first().text()).not.toMatch(/^PR/);
    }
  });

  it('lets feed readers find both editions’ feeds from the language chooser at /, and readers see the JSON Feed', async () => {
    const root = await page('index.html');
    const found = root('link[rel=alternate][type]').map((_, el) => `${root(el).attr('type')} ${root(el).attr('href')}`).get();
    for (const lang of ['zh', 'en']) {
      expect(found).toContain(`application/rss+xml https://upstream-weekly.example.org/${lang}/rss.xml`);
      expect(found).toContain(`application/feed+json https://upstream-weekly.example.org/${lang}/feed.json`);
      const $ = await page(`${lang}/issues/2023-01-30/index.html`);
      expect($('link[rel=alternate][type="application/feed+json"]').attr('href')).toBe(`https://upstream-weekly.example.org/${lang}/feed.json`);
      expect($('footer a[href$="/feed.json"]').attr('href')).toBe(`/${lang}/feed.json`);
      expect($('footer a[href$="/rss.xml"]').attr('href')).toBe(`/${lang}/rss.xml`);
    }
  });

  it('points every feed item at a page the build wrote', async () => {
    const feeds = ['zh/rss.xml', 'en/rss.xml', 'zh/topics/networking/rss.xml', 'en/topics/releases/rss.xml'];
    for (const path of feeds) {
      for (const item of parseFeed(await readFile(join(dist, path), 'utf8')).items) {
        expect(existsSync(fileFor(item.url!)), `${path}: ${item.url}`).toBe(true);
      }
    }
    for (const lang of ['zh', 'en']) {
      for (const item of JSON.parse(await readFile(join(dist, lang, 'feed.json'), 'utf8')).items) expect(existsSync(fileFor(item.url)), item.url).toBe(true);
    }
  });

  it('names a topic feed by the topic’s name in its language', async () => {
    expect(parseFeed(await readFile(join(dist, 'zh/topics/networking/rss.xml'), 'utf8')).title).toMatch(/ · 网络$/);
    expect(parseFeed(await readFile(join(dist, 'en/topics/networking/rss.xml'), 'utf8')).title).toMatch(/ · Networking$/);
  });
});

describe('crawlers', () => {
  const sitemap = async () => cheerio.load(await readFile(join(dist, 'sitemap-0.xml'), 'utf8'), { xml: true });

  it('get a robots.txt that keeps them off the search pages and names the sitemap at SITE_URL', async () => {
    const robots = await readFile(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/zh\/search\/$/m);
    expect(robots).toMatch(/^Disallow: \/en\/search\/$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/upstream-weekly\.example\.org\/sitemap-index\.xml$/m);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('list each page with each language once, x-default, and the day it last changed', async () => {
    const $ = await sitemap();
    const entries = $('url').map((_, url) => ({
      loc: $(url).children('loc').text(),
      lastmod: $(url).children('lastmod').text(),
      links: $(url).children('xhtml\\:link').map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`).get(),
    })).get();
    const site = 'https://upstream-weekly.example.org';
    const byLoc = new Map(entries.map((entry) => [entry.loc.replace(site, ''), entry]));
    expect(byLoc.size).toBe(entries.length);
    for (const entry of entries) {
      const langs = entry.links.map((link) => link.split(' ')[0]);
      expect(new Set(langs).size, entry.loc).toBe(langs.length);
    }
    const homeLinks = [`zh-CN ${site}/zh/`, `en ${site}/en/`, `x-default ${site}/`];
    for (const home of ['/', '/zh/', '/en/']) expect(byLoc.get(home)?.links, home).toEqual(homeLinks);
    expect(byLoc.get('/en/issues/2023-01-30/')?.links).toEqual([`zh-CN ${site}/zh/issues/2023-01-30/`, `en ${site}/en/issues/2023-01-30/`, `x-default ${site}/zh/issues/2023-01-30/`]);
    // Dates where the content has one: the date, a record's merge or publish date.
    expect(byLoc.get('/zh/issues/2023-01-30/')?.lastmod).toMatch(/^2023-01-30/);
    expect(byLoc.get('/zh/')?.lastmod).toMatch(/^2023-01-30/);
    expect(byLoc.get('/en/changes/kubernetes/kubernetes/114814/')?.lastmod).toMatch(/^2023-01-18/);
    expect(byLoc.get('/zh/changes/cilium/cilium/releases/v1.13.0-rc5/')?.lastmod).toMatch(/^2023-01-24/);
    for (const gone of ['/zh/search/', '/en/search/', '/zh/404/', '/en/404/']) expect(byLoc.has(gone), gone).toBe(false);
  });

  it('are told the language chooser is x-default for the home pages, and the Chinese edition elsewhere', async () => {
    for (const path of ['index.html', 'zh/index.html', 'en/index.html']) {
      const $ = await page(path);
      expect($('link[hreflang="x-default"]').attr('href'), path).toBe('https://upstream-weekly.example.org/');
    }
    const $ = await page('en/about/index.html');
    expect($('link[hreflang="x-default"]').attr('href')).toBe('https://upstream-weekly.example.org/zh/about/');
  });
});

describe('search', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveDir(dist);
  });
  afterAll(() => served.close());

  it.each(['探针', '连接', '端点'])('finds the zh issue for %s, in the zh index only', async (term) => {
    const urls = await pagefindSearch(dist, served.origin, 'zh-CN', term);
    expect(urls).toContain('/zh/issues/2023-01-30/');
    expect(urls.every((url) => url.startsWith('/zh/'))).toBe(true);
  });

  it.each(['linger', 'ExternalName', 'IPVS'])('finds the en issue for %s, in the en index only', async (term) => {
    const urls = await pagefindSearch(dist, served.origin, 'en', term);
    expect(urls).toContain('/en/issues/2023-01-30/');
    expect(urls.every((url) => url.startsWith('/en/'))).toBe(true);
  });
});

describe('reading aids', () => {
  it.each(LANGS)('gives the $lang issue a reading time, a table of contents and heading anchors', async ({ lang }) => {
    const $ = await page(`${lang}/issues/2023-01-30/index.html`);
    expect($('.reading-time').text()).toMatch(lang === 'zh' ? /^阅读约 \d+ 分钟$/ : /^\d+ min read$/);
    const toc = $('nav.toc a').map((_, a) => $(a).attr('href')).get();
    expect(toc.length).toBeGreaterThanOrEqual(4);
    for (const href of toc) expect($(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
    expect($('nav.toc a').first().text()).not.toMatch(/#$/);
    const anchor = $('.prose h3 > a[aria-hidden]').first();
    expect(anchor.attr('href')).toBe(`#${anchor.parent().attr('id')}`);
  });

  it.each(LANGS)('groups the $lang archive by year', async ({ lang }) => {
    const $ = await page(`${lang}/index.html`);
    expect($('#year-2023 + .archive-list a').attr('href')).toBe(`/${lang}/issues/2023-01-30/`);
  });
});
