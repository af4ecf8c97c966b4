// The built site in a real browser: the pages a reader opens first, the language
// switch, dark mode, keyboard access, search and the 404, with no console error, no failed
// request and no request to any other host.
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, CHROMIUM, expectClean } from '../helpers/browser.ts';
import { belowAA, readTextColours } from '../helpers/text-contrast.ts';

const dist = inject('distDir');
// Waits, never timings: generous, as the machines are shared and noisy.
const POLL = { timeout: 15_000 };

if (!CHROMIUM) console.log('browser tests skipped: Debian chromium is not installed (.ci/run installs it with apt)');

describe.skipIf(!CHROMIUM)('in Chromium', () => {
  const suite = browserSuite(dist);
  /** Opens `path` and types `term` into the header search box, as a reader would. */
  const typeInHeaderBox = async (path: string, term: string) => {
    await suite.tab.page.goto(`${suite.served.origin}${path}`);
    await suite.tab.page.click('#header-q');
    await suite.tab.page.keyboard.type(term);
  };
  const clean = () => expectClean(suite.tab);

  it.each([
    ['zh', '上游周报'],
    ['en', 'Upstream Weekly'],
  ])('opens the %s home page and the latest issue from it', async (lang, name) => {
    await suite.tab.page.goto(`${suite.served.origin}/${lang}/`);
    expect(await suite.tab.page.title()).toContain(name);
    await suite.tab.page.locator('main a[href$="/issues/2023-01-30/"]').first().click();
    await suite.tab.page.waitForURL(`**/${lang}/issues/2023-01-30/`);
    expect(await suite.tab.page.locator('article.card').count()).toBe(9);
    clean();
  });

  it('switches language on the same page', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/en/changes/kubernetes/kubernetes/115143/`);
    await suite.tab.page.locator('a[hreflang="zh-CN"], a[lang="zh-CN"]').first().click();
    await suite.tab.page.waitForURL('**/zh/changes/kubernetes/kubernetes/115143/');
    expect(await suite.tab.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    clean();
  });

  it('follows the reader’s dark colour scheme', async () => {
    await suite.tab.page.emulateMedia({ colorScheme: 'dark' });
    await suite.tab.page.goto(`${suite.served.origin}/en/issues/2023-01-30/`);
    const background = await suite.tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    // A string token of the dark theme (#A5D6FF), through its palette class.
    const code = await suite.tab.page.locator('pre.astro-code span.d6').first().evaluate((span) => getComputedStyle(span).color);
    expect(code).toBe('rgb(165, 214, 255)');
    clean();
  });

  it('reaches the header search by keyboard alone, and a result with the arrow keys', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/en/`);
    await suite.tab.page.keyboard.press('Tab');
    expect(await suite.tab.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const focusedOutline = await suite.tab.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusedOutline).not.toBe('none');
    let reached = false;
    for (let step = 0; step < 20 && !reached; step++) {
      await suite.tab.page.keyboard.press('Tab');
      reached = (await suite.tab.page.evaluate(() => document.activeElement?.id)) === 'header-q';
    }
    expect(reached).toBe(true);
    await suite.tab.page.keyboard.type('linger');
    await suite.tab.page.locator('#header-results li a').first().waitFor();
    await suite.tab.page.keyboard.press('ArrowDown');
    const href = await suite.tab.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/en\//);
    await suite.tab.page.keyboard.press('Enter');
    await suite.tab.page.waitForURL(`**${href}`);
    clean();
  });

  it('focuses the header search on / and on Ctrl+K, but not while typing elsewhere', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/zh/issues/2023-01-30/`);
    const focused = () => suite.tab.page.evaluate(() => document.activeElement?.id ?? '');
    await suite.tab.page.keyboard.press('/');
    expect(await focused()).toBe('header-q');
    expect(await suite.tab.page.inputValue('#header-q')).toBe('');
    await suite.tab.page.keyboard.press('Escape');
    await suite.tab.page.locator('h1').click();
    await suite.tab.page.keyboard.press('Control+k');
    expect(await focused()).toBe('header-q');
    // Typing a slash into the box is text, not a shortcut.
    await suite.tab.page.keyboard.type('a/b');
    expect(await suite.tab.page.inputValue('#header-q')).toBe('a/b');
    // On the search page the shortcuts go to its own box, and a slash typed there stays text.
    await suite.tab.page.goto(`${suite.served.origin}/zh/search/`);
    await suite.tab.page.locator('h1').click();
    await suite.tab.page.keyboard.press('Control+k');
    expect(await focused()).toBe('q');
    await suite.tab.page.keyboard.type('tcp/ip');
    expect(await suite.tab.page.inputValue('#q')).toBe('tcp/ip');
    expect(await focused()).toBe('q');
    clean();
  });

  it('closes the results on Escape, from a result too, and when focus leaves them', async () => {
    await typeInHeaderBox(`/en/`, 'linger');
    const panel = suite.tab.page.locator('#header-results');
    await panel.locator('li a').first().waitFor();
    await suite.tab.page.keyboard.press('ArrowDown');
    await suite.tab.page.keyboard.press('Escape');
    await expect.poll(() => panel.isHidden(), POLL).toBe(true);
    expect(await suite.tab.page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    // Still closed once any search that was under way has finished.
    await suite.tab.page.waitForTimeout(400);
    expect(await panel.isHidden()).toBe(true);
    await suite.tab.page.keyboard.type('s');
    await expect.poll(() => panel.isVisible(), POLL).toBe(true);
    await suite.tab.page.locator('main a').first().focus();
    await expect.poll(() => panel.isHidden(), POLL).toBe(true);
    clean();
  });

  it('answers an unknown address with the bilingual 404 page', async () => {
    const response = await suite.tab.page.goto(`${suite.served.origin}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await suite.tab.page.locator('h1').first().textContent()).toMatch(/Page not found|页面不存在/);
    // Chromium logs the 404 of the document itself; nothing else may fail.
    expect(suite.tab.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    expect(suite.tab.failed.filter((failure) => !failure.includes('/en/no-such-page/'))).toEqual([]);
    expect(suite.tab.foreign).toEqual([]);
  });

  it('keeps an issue page within budget until search opens: no script file, HTML and CSS ≤ 60 KB, no web font', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/en/issues/2023-01-30/`);
    await suite.tab.page.waitForLoadState('networkidle');
    const urls = [...suite.tab.transferred.keys()];
    expect(urls.filter((url) => url.endsWith('.js'))).toEqual([]);
    expect(urls.filter((url) => /\.(woff2?|ttf|otf)$/.test(url))).toEqual([]);
    const htmlAndCss = [...suite.tab.transferred].filter(([url]) => url.endsWith('/') || url.endsWith('.css')).reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(htmlAndCss).toBeLessThanOrEqual(60_000);
    // Opening the search is what brings the scripts: the header search's module, then Pagefind.
    const requested: string[] = [];
    suite.tab.page.on('request', (request) => requested.push(new URL(request.url()).pathname.replace(/(\.(zh|en))?\.[0-9a-f]{10}\.js$/, '.js')));
    const pagefind = suite.tab.page.waitForResponse((response) => response.url().endsWith('/pagefind/pagefind.js'));
    await suite.tab.page.focus('#header-q');
    await pagefind;
    expect(requested.filter((path) => path.endsWith('.js'))).toEqual(expect.arrayContaining(['/scripts/header-search.js', '/pagefind/pagefind.js']));
    clean();
  });

  it.each([
    ['zh', '探针', '/zh/'],
    ['en', 'linger', '/en/'],
  ])('searches %s for %s in the header box and opens a result', async (lang, term, prefix) => {
    await typeInHeaderBox(`/${lang}/issues/2023-01-30/`, term);
    const result = suite.tab.page.locator('#header-results li a').first();
    await result.waitFor({ timeout: 15_000 });
    const href = await result.getAttribute('href');
    expect(href?.startsWith(prefix)).toBe(true);
    // The first search's cost (each test has a fresh context, so a cold cache): the header
    // search's module and everything fetched from /pagefind/, compressed as a host sends it.
    const searchBytes = [...suite.tab.wire].filter(([url]) => /\/(pagefind|scripts)\//.test(url)).reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(searchBytes).toBeGreaterThan(0);
    expect(searchBytes).toBeLessThanOrEqual(150 * 1024);
    console.log(`first search, ${lang} "${term}": ${searchBytes.toLocaleString('en-US')} bytes on the wire`);
    // Each result names its page type and date; the panel links to the full search page.
    const issueMeta = suite.tab.page.locator(`#header-results li:has(a[href="/${lang}/issues/2023-01-30/"]) .change-meta`);
    expect(await issueMeta.textContent()).toBe(lang === 'zh' ? '周报 · 2023年1月30日' : 'Issue · 30 January 2023');
    expect(await suite.tab.page.locator('#header-results > a').getAttribute('href')).toBe(`/${lang}/search/?q=${encodeURIComponent(term)}`);
    await result.click();
    await suite.tab.page.waitForURL(`**${href}`);
    clean();
  });

  it('says so, in the page’s language, when nothing matches, and shows nothing for an empty box', async () => {
    await typeInHeaderBox(`/zh/`, 'qqxzzv');
    const status = suite.tab.page.locator('#header-results p');
    await expect.poll(() => status.textContent(), POLL).toContain('中文版里没有与“qqxzzv”相关的内容');
    expect(await suite.tab.page.locator('#header-results li').count()).toBe(0);
    await suite.tab.page.fill('#header-q', '');
    await expect.poll(() => suite.tab.page.locator('#header-results').isHidden(), POLL).toBe(true);
    clean();
  });

  it('sends Enter to the search page, whose filters narrow the results', async () => {
    await suite.tab.page.goto(`${suite.served.origin}/en/issues/2023-01-30/`);
    await suite.tab.page.fill('#header-q', 'release');
    await suite.tab.page.press('#header-q', 'Enter');
    await suite.tab.page.waitForURL('**/en/search/?q=release');
    const links = suite.tab.page.locator('.search-results li a');
    await links.first().waitFor({ timeout: 15_000 });
    const before = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(before.some((href) => !href?.includes('/cilium/cilium/'))).toBe(true);
    await suite.tab.page.selectOption('select[name="project"]', 'cilium/cilium');
    // The list empties while the filtered search runs: wait for it to fill again with cilium's only.
    const hrefs = () => links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    await expect.poll(async () => { const now = await hrefs(); return now.length > 0 && now.every((href) => href.includes('/cilium/cilium/')); }, POLL).toBe(true);
    const after = await hrefs();
    expect(after.length).toBeGreaterThan(0);
    expect(after.join(' ')).not.toBe(before.join(' '));
    clean();
  });

  it.each(['light', 'dark'] as const)('keeps every text, code tokens included, at WCAG AA contrast in the %s scheme', async (colorScheme) => {
    await suite.tab.page.emulateMedia({ colorScheme });
    let checked = 0;
    for (const path of ['/en/issues/2023-01-30/', '/zh/issues/2023-01-30/', '/en/demos/so-linger/', '/zh/changes/kubernetes/kubernetes/115143/', '/en/projects/cilium/cilium/']) {
      await suite.tab.page.goto(`${suite.served.origin}${path}`);
      const colours = await readTextColours(suite.tab.page);
      checked += colours.length;
      expect(belowAA(colours), path).toEqual([]);
    }
    expect(checked).toBeGreaterThan(20);
    clean();
  });

  it('sets Chinese with a CJK font stack and looser lines, and prints without the site’s chrome', async () => {
    const typeOf = () =>
      suite.tab.page.locator('.prose p').first().evaluate((paragraph) => {
        const style = getComputedStyle(paragraph);
        return { ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize), family: style.fontFamily, lineBreak: style.lineBreak };
      });
    await suite.tab.page.goto(`${suite.served.origin}/zh/issues/2023-01-30/`);
    const zh = await typeOf();
    expect(zh.ratio).toBeCloseTo(1.85, 2);
    expect(zh.family).toContain('Noto Sans CJK SC');
    expect(zh.lineBreak).toBe('strict');
    await suite.tab.page.goto(`${suite.served.origin}/en/issues/2023-01-30/`);
    const en = await typeOf();
    expect(en.ratio).toBeCloseTo(1.65, 2);
    expect(en.family).not.toContain('Noto Sans CJK SC');
    await suite.tab.page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '.copy-code']) {
      expect(await suite.tab.page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await suite.tab.page.locator('article.issue').isVisible()).toBe(true);
    clean();
  });

  it('copies a code block with its copy button', async () => {
    await suite.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.served.origin });
    await suite.tab.page.goto(`${suite.served.origin}/en/issues/2023-01-30/`);
    const frames = suite.tab.page.locator('main .code-frame');
    expect(await frames.count()).toBe(await suite.tab.page.locator('main pre').count());
    const button = frames.first().locator('button.copy-code');
    expect(await button.textContent()).toBe('Copy');
    await button.click();
    await expect.poll(() => button.textContent(), POLL).toBe('Copied');
    const copied = await suite.tab.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await frames.first().locator('pre code').innerText());
    expect(copied.length).toBeGreaterThan(20);
    clean();
  });
});
