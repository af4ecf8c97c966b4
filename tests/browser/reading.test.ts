// The built site in a real browser: the pages a reader opens first, the language
// switch, dark mode, keyboard access, search and the 404, with no console error, no failed
// request and no request to any other host.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, launchBrowser, screenshotOnFailure, watchedPage, type Watched } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
let browser: Browser;
let served: Served;
let context: BrowserContext;
let tab: Watched;

if (!CHROMIUM) console.log('browser tests skipped: Debian chromium is not installed (.ci/run installs it with apt)');

describe.skipIf(!CHROMIUM)('in Chromium', () => {
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveDir(dist)]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    tab = await watchedPage(context, served.origin);
  });
  afterEach(async (test) => {
    await screenshotOnFailure(tab.page, test.task.name, test.task.result?.state === 'fail');
    await context.close();
  });
  const clean = () => {
    expect(tab.errors, 'console errors').toEqual([]);
    expect(tab.failed, 'failed requests').toEqual([]);
    expect(tab.foreign, 'requests to other hosts').toEqual([]);
  };

  it.each([
    ['zh', '上游周报'],
    ['en', 'Upstream Weekly'],
  ])('opens the %s home page and the latest issue from it', async (lang, name) => {
    await tab.page.goto(`${served.origin}/${lang}/`);
    expect(await tab.page.title()).toContain(name);
    await tab.page.locator('main a[href$="/issues/2023-01-30/"]').first().click();
    await tab.page.waitForURL(`**/${lang}/issues/2023-01-30/`);
    expect(await tab.page.locator('article.card').count()).toBe(9);
    clean();
  });

  it('switches language on the same page', async () => {
    await tab.page.goto(`${served.origin}/en/changes/kubernetes/kubernetes/115143/`);
    await tab.page.locator('a[hreflang="zh-CN"], a[lang="zh-CN"]').first().click();
    await tab.page.waitForURL('**/zh/changes/kubernetes/kubernetes/115143/');
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    clean();
  });

  it('follows the reader’s dark colour scheme', async () => {
    await tab.page.emulateMedia({ colorScheme: 'dark' });
    await tab.page.goto(`${served.origin}/en/issues/2023-01-30/`);
    const background = await tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    // A string token of the dark theme (#A5D6FF), through its palette class.
    const code = await tab.page.locator('pre.astro-code span.d6').first().evaluate((span) => getComputedStyle(span).color);
    expect(code).toBe('rgb(165, 214, 255)');
    clean();
  });

  it('reaches the content and the search link by keyboard alone', async () => {
    await tab.page.goto(`${served.origin}/en/`);
    await tab.page.keyboard.press('Tab');
    expect(await tab.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const focusedOutline = await tab.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusedOutline).not.toBe('none');
    let reached = false;
    for (let step = 0; step < 20 && !reached; step++) {
      await tab.page.keyboard.press('Tab');
      reached = (await tab.page.evaluate(() => document.activeElement?.getAttribute('href'))) === '/en/search/';
    }
    expect(reached).toBe(true);
    await tab.page.keyboard.press('Enter');
    await tab.page.waitForURL('**/en/search/');
    clean();
  });

  it('answers an unknown address with the bilingual 404 page', async () => {
    const response = await tab.page.goto(`${served.origin}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await tab.page.locator('h1').first().textContent()).toMatch(/Page not found|页面不存在/);
    // Chromium logs the 404 of the document itself; nothing else may fail.
    expect(tab.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    expect(tab.failed.filter((failure) => !failure.includes('/en/no-such-page/'))).toEqual([]);
    expect(tab.foreign).toEqual([]);
  });

  it('keeps an issue page within budget: no script, HTML and CSS under 60 KB, no web font', async () => {
    await tab.page.goto(`${served.origin}/en/issues/2023-01-30/`);
    await tab.page.waitForLoadState('networkidle');
    const urls = [...tab.transferred.keys()];
    expect(urls.filter((url) => url.endsWith('.js'))).toEqual([]);
    expect(urls.filter((url) => /\.(woff2?|ttf|otf)$/.test(url))).toEqual([]);
    const htmlAndCss = [...tab.transferred].filter(([url]) => url.endsWith('/') || url.endsWith('.css')).reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(htmlAndCss).toBeLessThanOrEqual(60 * 1024);
    clean();
  });

  it.each([
    ['zh', '探针', '/zh/'],
    ['en', 'linger', '/en/'],
  ])('searches %s for %s from the header box and opens a result', async (lang, term, prefix) => {
    await tab.page.goto(`${served.origin}/${lang}/issues/2023-01-30/`);
    await tab.page.fill('#header-q', term);
    await tab.page.press('#header-q', 'Enter');
    await tab.page.waitForURL(`**/${lang}/search/?q=*`);
    const result = tab.page.locator('.search-results li a').first();
    await result.waitFor({ timeout: 15_000 });
    const href = await result.getAttribute('href');
    expect(href?.startsWith(prefix)).toBe(true);
    // The first search's cost (each test has a fresh context, so a cold cache): everything
    // fetched from /pagefind/, compressed as a host sends it.
    const searchBytes = [...tab.wire].filter(([url]) => url.includes('/pagefind/')).reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(searchBytes).toBeGreaterThan(0);
    expect(searchBytes).toBeLessThanOrEqual(150 * 1024);
    // Each result names its page type and date.
    expect(await tab.page.locator('.search-results li .change-meta').first().textContent()).toMatch(/\S/);
    await result.click();
    await tab.page.waitForURL(`**${href}`);
    clean();
  });
});
