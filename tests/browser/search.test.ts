// The search page and the header's results in Chromium, as a reader uses them: every
// result reachable (in pages of ten, in rank order), dates in the page's language,
// releases named with their project, filters with names and kept in the address, and a
// query in the other language pointed at that language's search.
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, CHROMIUM, expectClean } from '../helpers/browser.ts';
import { pagefindSearch } from '../helpers/pagefind-search.ts';

const dist = inject('distDir');
// Waits, never timings: generous, as the machines are shared and noisy.
const POLL = { timeout: 15_000 };
const DAY = { zh: /^\d{4}年\d{1,2}月\d{1,2}日$/, en: /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/ };

describe.skipIf(!CHROMIUM)('search in Chromium', () => {
  const suite = browserSuite(dist);
  const clean = () => expectClean(suite.tab);
  const links = () => suite.tab.page.locator('.search-results li > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  /** Each result's meta line split into its parts: type, project (changes), date. */
  const metas = () => suite.tab.page.locator('.search-results li > .change-meta').evaluateAll((spans) => spans.map((span) => span.textContent!.split(' · ')));

  it.each([
    { lang: 'en', query: 'release', more: /^Show (\d+) more$/ },
    { lang: 'zh', query: 'kubernetes', more: /^再显示 (\d+) 条$/ },
  ] as const)('shows every $lang result for “$query”, ten at a time, in rank order', async ({ lang, query, more }) => {
    const expected = await pagefindSearch(dist, suite.served.origin, lang === 'zh' ? 'zh-CN' : 'en', query);
    expect(expected.length).toBeGreaterThan(10);
    await suite.tab.page.goto(`${suite.served.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(links, POLL).toHaveLength(10);
    expect(await suite.tab.page.locator('[data-status]').textContent()).toContain(String(expected.length));
    expect(await links()).toEqual(expected.slice(0, 10));
    const button = suite.tab.page.locator('button[data-more]');
    const left = Number(more.exec((await button.textContent())!)![1]);
    expect(left).toBe(Math.min(10, expected.length - 10));
    // Keep asking for more until the button goes: every result, once, in the same order.
    while (await button.isVisible()) {
      const before = (await links()).length;
      await button.click();
      await expect.poll(async () => (await links()).length, POLL).toBeGreaterThan(before);
      // Focus moves to the first result just added.
      expect(await suite.tab.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(expected[before]);
    }
    expect(await links()).toEqual(expected);
    for (const parts of await metas()) {
      const date = parts.at(-1)!;
      if (/\d/.test(date)) expect(date).toMatch(DAY[lang]);
      expect(parts.join(' '), 'no ISO date').not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    clean();
  });

  it('names each release’s project, and dates it in the page’s language, on the search page and in the header', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/en/search/?q=release`);
    await expect.poll(links, POLL).toHaveLength(10);
    const hrefs = await links();
    const parts = await metas();
    const releases = hrefs.flatMap((href, index) => {
      const project = /^\/en\/changes\/([^/]+\/[^/]+)\/releases\//.exec(href)?.[1];
      return project ? [{ project, meta: parts[index]! }] : [];
    });
    expect(releases.length).toBeGreaterThan(0);
    for (const { project, meta } of releases) expect(meta).toEqual(['Release', project, expect.stringMatching(DAY.en)]);
    // The header's results use the same words.
    await suite.tab.page.goto(`${suite.served.origin}/zh/issues/2023-01-30/`);
    await suite.tab.page.click('#header-q');
    await suite.tab.page.keyboard.type('cilium');
    const release = suite.tab.page.locator('#header-results li:has(a[href="/zh/changes/cilium/cilium/releases/v1.13.0-rc5/"]) .change-meta');
    await release.waitFor(POLL);
    expect(await release.textContent()).toBe('版本发布 · cilium/cilium · 2023年1月24日');
    clean();
  });

  it.each([
    { lang: 'zh', labels: ['项目', '类型', '年份'], any: '全部', kind: '版本发布' },
    { lang: 'en', labels: ['Project', 'Kind', 'Year'], any: 'Any', kind: 'Release' },
  ] as const)('names the $lang filters, and keeps the chosen ones in the address across a reload', async ({ lang, labels, any, kind }) => {
    await suite.tab.page.goto(`${suite.served.origin}/${lang}/search/?q=2023`);
    const fieldset = suite.tab.page.locator('fieldset[data-facets]');
    await fieldset.waitFor({ state: 'visible', ...POLL });
    const names = await fieldset.locator('label').evaluateAll((nodes) => nodes.map((label) => label.firstChild!.textContent!.trim()));
    expect(names).toEqual(labels);
    for (const select of await fieldset.locator('select').all()) expect(await select.locator('option').first().textContent()).toBe(any);
    const kinds = await fieldset.locator('select[name="kind"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(kinds.every((kind) => !/^[a-z-]+$/.test(kind)), kinds.join()).toBe(true); // human names, not `bug`
    expect(kinds).toContain(kind);
    await suite.tab.page.selectOption('select[name="kind"]', kind);
    await expect.poll(() => new URL(suite.tab.page.url()).searchParams.get('kind'), POLL).toBe(kind);
    expect(new URL(suite.tab.page.url()).searchParams.get('q')).toBe('2023');
    await expect.poll(links, POLL).toHaveLength(4);
    const filtered = await links();
    for (const href of filtered) expect(href).toMatch(/\/releases\//);
    await suite.tab.page.reload();
    await expect.poll(() => suite.tab.page.locator('select[name="kind"]').inputValue(), POLL).toBe(kind);
    expect(await suite.tab.page.locator('#q').inputValue()).toBe('2023');
    await expect.poll(links, POLL).toEqual(filtered);
    clean();
  });

  it('marks an upstream record’s title and English excerpt lang="en" among Chinese results, and nothing else', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/zh/search/?q=probe`);
    await expect.poll(links, POLL).not.toHaveLength(0);
    const items = await suite.tab.page.locator('.search-results li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.lang, excerpt: li.querySelector('p')!.lang, text: li.querySelector('p')!.textContent! })),
    );
    const changes = items.filter((item) => item.href.startsWith('/zh/changes/'));
    expect(changes.length).toBeGreaterThan(0);
    for (const item of changes) {
      expect(item.title, item.href).toBe('en');
      expect(item.excerpt, item.href).toBe(/\p{Script=Han}/u.test(item.text) ? '' : 'en');
    }
    for (const item of items.filter((item) => !item.href.startsWith('/zh/changes/'))) expect([item.title, item.excerpt], item.href).toEqual(['', '']);
    clean();
  });

  it.each([
    { from: 'en', query: '探针', status: 'Nothing in the English edition matches “探针”.', to: 'zh' },
    { from: 'zh', query: 'Upstream Weekly', status: '中文版里没有与“Upstream Weekly”相关的内容。', to: 'en' },
  ] as const)('points a query with nothing in $from to the $to search, with the same words', async ({ from, query, status, to }) => {
    await suite.tab.page.goto(`${suite.served.origin}/${from}/search/?q=${encodeURIComponent(query)}`);
    const line = suite.tab.page.locator('[data-status]');
    await expect.poll(() => line.textContent(), POLL).toContain(status);
    const link = line.locator('a');
    expect(await link.getAttribute('href')).toBe(`/${to}/search/?q=${encodeURIComponent(query)}`);
    await link.click();
    await suite.tab.page.waitForURL(`**/${to}/search/**`);
    await expect.poll(async () => (await links()).length, POLL).toBeGreaterThan(0);
    clean();
  });
});
