// Every kind of page, in both languages, on a phone (375 px) and a desktop (1280 px),
// light and dark, as a reader opens it: nothing scrolls sideways (with every <details>
// opened too), code is set in a monospaced font (measured glyph widths, not CSS text),
// the header search box is there once the page's scripts have run, and the page logs
// no error, fails no request and asks no other host for anything.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, closeBrowserAndSite, openBrowserAndSite, screenshotOnFailure, type Watched, watchedPage } from '../helpers/browser.ts';
import type { Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const POLL = { timeout: 15_000 };

/** One page of each kind, by its path under `/<lang>/`; the demos are whatever the build has. */
const demos = CHROMIUM ? readdirSync(join(dist, 'en', 'demos'), { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
const PAGES: Array<[kind: string, path: string]> = [
  ['home', ''],
  ['issue', 'issues/2023-01-30/'],
  ['change (pull request)', 'changes/kubernetes/kubernetes/115143/'],
  ['change (release)', 'changes/cilium/cilium/releases/v1.13.0-rc5/'],
  ['changes index', 'changes/'],
  ['changes year', 'changes/years/2023/'],
  ['project index', 'projects/'],
  ['project', 'projects/kubernetes/kubernetes/'],
  ['topic index', 'topics/'],
  ['topic', 'topics/networking/'],
  ['demo index', 'demos/'],
  ...demos.map((entry): [string, string] => [`demo ${entry.name}`, `demos/${entry.name}/`]),
  ['search', 'search/'],
  ['about', 'about/'],
  ['404', 'no-such-page/'],
];
/** Pages that must hold code, so the monospace check cannot pass by finding none. */
const WITH_CODE = new Set(['issue', 'change (pull request)', ...demos.map((entry) => `demo ${entry.name}`)]);
const LAYOUTS = [
  { name: 'phone, light', width: 375, colorScheme: 'light' },
  { name: 'phone, dark', width: 375, colorScheme: 'dark' },
  { name: 'desktop, light', width: 1280, colorScheme: 'light' },
  { name: 'desktop, dark', width: 1280, colorScheme: 'dark' },
] as const;

let browser: Browser;
let served: Served;

if (!CHROMIUM) console.log('browser tests skipped: Debian chromium is not installed (.ci/run installs it with apt)');

/** In the page: how wide the document is, and the elements that stick out past the viewport. */
function overflow() {
  const width = document.documentElement.clientWidth;
  // Elements inside a box that scrolls sideways on its own (a code block, a wide table) do not count.
  const scrollsInside = (element: Element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true;
    }
    return false;
  };
  const outside = [...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !scrollsInside(element))
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 40)}`);
  return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 5) };
}

/**
 * In the page: for every visible code, pre, kbd and samp element, the width of ten i's
 * and of ten M's set in its own font. Equal in a monospaced font; a third in a proportional one.
 */
function glyphWidths() {
  const measured: Array<{ element: string; narrow: number; wide: number }> = [];
  for (const element of document.querySelectorAll('main code, main pre, main kbd, main samp')) {
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'pre';
    probe.textContent = 'iiiiiiiiii';
    element.append(probe);
    const narrow = probe.getBoundingClientRect().width;
    probe.textContent = 'MMMMMMMMMM';
    const wide = probe.getBoundingClientRect().width;
    probe.remove();
    if (narrow > 0) measured.push({ element: `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 30)}"`, narrow, wide });
  }
  return measured;
}

describe.skipIf(!CHROMIUM)('every page, at phone and desktop widths, light and dark', () => {
  beforeAll(async () => {
    [browser, served] = await openBrowserAndSite(dist);
  }, 60_000);
  afterAll(() => closeBrowserAndSite(browser, served));

  describe.each(LAYOUTS)('$name', (layout) => {
    let context: BrowserContext;
    let tab: Watched;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: layout.width, height: 800 }, colorScheme: layout.colorScheme });
      tab = await watchedPage(context, served.origin);
    });
    afterAll(() => context?.close());
    afterEach(async (test) => {
      await screenshotOnFailure(tab.page, `${layout.width}-${layout.colorScheme}-${test.task.name}`, test.task.result?.state === 'fail');
    });

    const cases = [
      ...PAGES.flatMap(([kind, path]) => (['zh', 'en'] as const).map((lang) => ({ kind, lang, path: `/${lang}/${path}` }))),
      // The language chooser at the root, and the 404 for an address in neither language.
      { kind: 'language chooser', lang: 'root', path: '/' },
      { kind: '404', lang: 'root', path: '/no-such-page/' },
    ];
    it.each(cases)('$lang $kind ($path)', async ({ kind, path }) => {
      for (const list of [tab.errors, tab.failed, tab.foreign]) list.length = 0;
      const response = await tab.page.goto(`${served.origin}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(kind === '404' ? 404 : 200);

      const closed = await tab.page.evaluate(overflow);
      expect(closed.outside, 'elements past the right edge').toEqual([]);
      expect(closed.scrollWidth, 'document width').toBeLessThanOrEqual(layout.width);
      // Open lists (files changed, upstream bodies) must fit as well.
      await tab.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const opened = await tab.page.evaluate(overflow);
      expect(opened.outside, 'elements past the right edge, details open').toEqual([]);
      expect(opened.scrollWidth, 'document width, details open').toBeLessThanOrEqual(layout.width);

      const widths = await tab.page.evaluate(glyphWidths);
      if (WITH_CODE.has(kind)) expect(widths.length, 'code elements measured').toBeGreaterThan(0);
      const proportional = widths.filter(({ narrow, wide }) => Math.abs(wide - narrow) > narrow * 0.02);
      expect(proportional, 'code set in a proportional font').toEqual([]);

      // The header's search box, after every script on the page has run (the chooser has no header).
      if (kind !== 'language chooser') {
        await expect.poll(() => tab.page.locator('.site-header form[role="search"] input[type="search"]').isVisible(), POLL).toBe(true);
      }

      // The 404 that static hosts serve keeps the language the address asks for, and one header.
      if (kind === '404') {
        expect(await tab.page.locator('html').getAttribute('lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
        expect(await tab.page.locator('header.site-header').count()).toBe(1);
      }

      // Chromium logs the 404 of the document itself; nothing else may fail.
      const own404 = (text: string) => kind === '404' && (/status of 404/.test(text) || text.includes(path));
      expect(tab.errors.filter((error) => !own404(error)), 'console errors').toEqual([]);
      expect(tab.failed.filter((failure) => !own404(failure)), 'failed requests').toEqual([]);
      expect(tab.foreign, 'requests to other hosts').toEqual([]);
    });
  });

  describe('the changes filter', () => {
    let context: BrowserContext;
    let tab: Watched;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      tab = await watchedPage(context, served.origin);
    });
    afterAll(() => context?.close());

    it.each([
      ['en', '/en/changes/', 'Changes listed: {n}', 'Search'],
      ['zh', '/zh/changes/years/2023/', '共 {n} 条', '搜索'],
    ])('%s: counts the rows it shows, in a status region, and leaves the header search alone', async (_lang, path, template, searchWord) => {
      await tab.page.goto(`${served.origin}${path}`);
      const status = tab.page.locator('main [role="status"]');
      const rows = tab.page.locator('[data-rows] > li');
      const total = await rows.count();
      expect(await status.textContent()).toBe(template.replace('{n}', String(total)));
      await tab.page.selectOption('select[name="kind"]', 'release');
      const shown = await rows.filter({ visible: true }).count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      await expect.poll(() => status.textContent(), POLL).toBe(template.replace('{n}', String(shown)));
      expect(tab.page.url()).toContain('?kind=release');
      // The header's form keeps its box and its button's word.
      expect(await tab.page.locator('#header-q').count()).toBe(1);
      expect((await tab.page.locator('.header-search button').textContent())?.trim()).toBe(searchWord);
      expect(tab.errors).toEqual([]);
      expect(tab.failed).toEqual([]);
      expect(tab.foreign).toEqual([]);
    });
  });
});
