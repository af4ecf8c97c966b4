// The language switch in Chromium keeps what the reader asked for: the search words, the
// change list's filters (also those chosen after the page loaded, which rewrite the
// address) go to the other language's page with the same query. A search page's kind is
// a word of its language, which the other search page drops. Without JavaScript the
// switch is the plain link to the counterpart.
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, CHROMIUM, expectClean } from '../helpers/browser.ts';

const dist = inject('distDir');
const POLL = { timeout: 15_000 };

describe.skipIf(!CHROMIUM)('the language switch in Chromium', () => {
  const suite = browserSuite(dist);
  const path = () => {
    const url = new URL(suite.tab.page.url());
    return `${url.pathname}${url.search}`;
  };

  it('takes a search to the other language’s search with the same words, and its results', async () => {
    const { page } = suite.tab;
    await page.goto(`${suite.served.origin}/zh/search/?q=probe`);
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/en/search/?q=probe');
    expect(await page.locator('#q').inputValue()).toBe('probe');
    await expect.poll(() => page.locator('.search-results li').count(), POLL).toBeGreaterThan(0);
    expectClean(suite.tab);
  });

  it('keeps a search’s words and project, and lets go of a kind named in the other language', async () => {
    const { page } = suite.tab;
    await page.goto(`${suite.served.origin}/zh/search/?q=probe&project=kubernetes%2Fkubernetes&kind=${encodeURIComponent('新功能')}`);
    await expect.poll(() => page.locator('.search-results li').count(), POLL).toBeGreaterThan(0);
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/en/search/**');
    // Search kinds are words of the page's language: the English page knows no 新功能.
    await expect.poll(path, POLL).toBe('/en/search/?q=probe&project=kubernetes%2Fkubernetes');
    await expect.poll(() => page.locator('.search-results li').count(), POLL).toBeGreaterThan(0);
    expectClean(suite.tab);
  });

  it.each([
    { from: '/zh/changes/?project=moby%2Fmoby', to: '/en/changes/?project=moby%2Fmoby', facet: 'project', value: 'moby/moby' },
    { from: '/zh/changes/years/2023/?kind=bug', to: '/en/changes/years/2023/?kind=bug', facet: 'kind', value: 'bug' },
  ])('takes the change list filtered at $from to $to, filtered the same', async ({ from, to, facet, value }) => {
    const { page } = suite.tab;
    await page.goto(`${suite.served.origin}${from}`);
    await page.locator('.lang-switch').click();
    await expect.poll(path, POLL).toBe(to);
    expect(await page.locator(`[data-filters] select[name=${facet}]`).inputValue()).toBe(value);
    const rows = page.locator('[data-rows] > li:not([hidden])');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.evaluateAll((items, [name, wanted]) => items.every((item) => (item as HTMLElement).dataset[name!]!.split(' ').includes(wanted!)), [facet, value])).toBe(true);
    expectClean(suite.tab);
  });

  it('carries a filter chosen after the page loaded, and none once it is cleared', async () => {
    const { page } = suite.tab;
    await page.goto(`${suite.served.origin}/en/changes/`);
    await page.selectOption('[data-filters] select[name=project]', 'kubernetes/kubernetes');
    await expect.poll(path, POLL).toBe('/en/changes/?project=kubernetes%2Fkubernetes');
    await page.locator('.lang-switch').click();
    await expect.poll(path, POLL).toBe('/zh/changes/?project=kubernetes%2Fkubernetes');
    await page.selectOption('[data-filters] select[name=project]', '');
    await expect.poll(path, POLL).toBe('/zh/changes/');
    await page.locator('.lang-switch').click();
    await expect.poll(path, POLL).toBe('/en/changes/');
    expectClean(suite.tab);
  });

  it('without JavaScript, is the plain link to the counterpart', async () => {
    await suite.context.close();
    suite.context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await suite.context.newPage();
    await page.goto(`${suite.served.origin}/zh/search/?q=probe`);
    expect(await page.locator('.lang-switch').getAttribute('href')).toBe('/en/search/');
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/en/search/');
  });
});
