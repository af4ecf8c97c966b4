// What a reader walk on a 375 px phone found, measured in Chromium on the built site (and at
// 1280 px where the desktop shares the fault): chart text large enough to read and not
// overlapping, search highlights that show, the header's hint and navigation label, demo
// captions that wrap, references and kind words that do not break inside, and the chooser's
// English marked as English.
import { wcagContrast } from 'culori';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, closeBrowserAndSite, expectClean, openBrowserAndSite, screenshotOnFailure, type Watched, watchedPage } from '../helpers/browser.ts';
import type { Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

let browser: Browser;
let served: Served;

if (!CHROMIUM) console.log('browser tests skipped: Debian chromium is not installed (.ci/run installs it with apt)');

/** In the page: each shown chart text's size on screen (its font size times its drawing's scale), and overlapping pairs. */
function chartText() {
  const texts = [...document.querySelectorAll<SVGTextElement>('.demo-chart svg text, .cadence-chart svg text')].filter((text) => text.getBoundingClientRect().width > 0);
  const sizes = texts.map((text) => {
    const svg = text.ownerSVGElement!;
    return parseFloat(getComputedStyle(text).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
  });
  const overlaps: string[] = [];
  texts.forEach((a, i) => {
    const boxA = a.getBoundingClientRect();
    for (const b of texts.slice(i + 1)) {
      const boxB = b.getBoundingClientRect();
      if (boxA.left < boxB.right && boxB.left < boxA.right && boxA.top < boxB.bottom && boxB.top < boxA.bottom) overlaps.push(`${a.textContent} / ${b.textContent}`);
    }
  });
  return { count: texts.length, smallest: Math.min(...sizes), overlaps, scrollWidth: document.documentElement.scrollWidth };
}

describe.skipIf(!CHROMIUM)('reading on a phone', () => {
  beforeAll(async () => {
    [browser, served] = await openBrowserAndSite(dist);
  }, 60_000);
  afterAll(() => closeBrowserAndSite(browser, served));

  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('%s', (name, device) => {
    let context: BrowserContext;
    let tab: Watched;
    beforeAll(async () => {
      context = await browser.newContext(device);
      tab = await watchedPage(context, served.origin);
    });
    afterAll(() => context?.close());
    afterEach(async (test) => {
      await screenshotOnFailure(tab.page, `${name}-${test.task.name}`, test.task.result?.state === 'fail');
    });

    it.each(['zh', 'en'].flatMap((lang) => ['demos/so-linger/', 'demos/conntrack/', 'projects/cilium/cilium/'].map((path) => `/${lang}/${path}`)))(
      'sets chart text at 11 px or more, no two labels overlapping (%s)',
      async (path) => {
        await tab.page.goto(`${served.origin}${path}`);
        const measured = await tab.page.evaluate(chartText);
        expect(measured.count).toBeGreaterThanOrEqual(3);
        expect(measured.smallest).toBeGreaterThanOrEqual(11);
        expect(measured.overlaps).toEqual([]);
        expect(measured.scrollWidth).toBeLessThanOrEqual(device.viewport.width);
      },
    );

    it.each([
      ['zh', '搜索全站', '网站导航'],
      ['en', 'Search', 'Site'],
    ])('%s: shows the header box’s whole hint, and labels the navigation as the site’s', async (lang, hint, label) => {
      await tab.page.goto(`${served.origin}/${lang}/changes/`);
      const box = await tab.page.locator('#header-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        return { placeholder: input.placeholder, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), needed: context.measureText(input.placeholder).width };
      });
      expect(box.placeholder).toBe(hint);
      expect(box.needed).toBeLessThanOrEqual(box.room);
      expect(await tab.page.locator('.site-header nav').getAttribute('aria-label')).toBe(label);
      expectClean(tab);
    });
  });

  describe.each(['light', 'dark'] as const)('search highlights, %s', (colorScheme) => {
    let context: BrowserContext;
    let tab: Watched;
    beforeAll(async () => {
      context = await browser.newContext({ ...PHONE, colorScheme });
      tab = await watchedPage(context, served.origin);
    });
    afterAll(() => context?.close());

    /** The first highlight in `scope`: its colours and the background of the box it sits in. */
    const markColours = (scope: string) =>
      tab.page.locator(`${scope} mark`).first().evaluate((mark, box) => {
        const style = getComputedStyle(mark);
        return { mark: style.backgroundColor, text: style.color, around: getComputedStyle(mark.closest(box)!).backgroundColor };
      }, scope === 'main' ? 'body' : '.search-panel');

    it.each([
      ['zh', '连接'],
      ['en', 'linger'],
    ])('%s: stand out from the panel and the page, with readable text on them', async (lang, term) => {
      await tab.page.goto(`${served.origin}/${lang}/`);
      await tab.page.click('#header-q');
      await tab.page.keyboard.type(term);
      await tab.page.locator('#header-results mark').first().waitFor();
      const inPanel = await markColours('#header-results');
      await tab.page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(term)}`);
      await tab.page.locator('main .search-results mark').first().waitFor();
      const inPage = await markColours('main');
      for (const colours of [inPage, inPanel]) {
        expect(wcagContrast(colours.mark, colours.around), `${colours.mark} on ${colours.around}`).toBeGreaterThanOrEqual(1.5);
        expect(wcagContrast(colours.text, colours.mark), `${colours.text} on ${colours.mark}`).toBeGreaterThanOrEqual(4.5);
      }
      expectClean(tab);
    });
  });

  describe('at 375 px', () => {
    let context: BrowserContext;
    let tab: Watched;
    beforeAll(async () => {
      context = await browser.newContext(PHONE);
      tab = await watchedPage(context, served.origin);
    });
    afterAll(() => context?.close());

    it.each(['zh', 'en'])('%s: wraps a demo table’s caption at the width of its scrolling box', async (lang) => {
      await tab.page.goto(`${served.origin}/${lang}/demos/ipvs-schedulers/`);
      const widths = await tab.page.locator('.table-scroll').first().evaluate((box) => ({
        box: box.getBoundingClientRect().right,
        table: box.querySelector('table')!.getBoundingClientRect().right,
        caption: box.querySelector('caption > span')!.getBoundingClientRect().right,
      }));
      // The table is wider than the phone, so the caption would follow it without the rule.
      expect(widths.table).toBeGreaterThan(widths.box);
      expect(widths.caption).toBeLessThanOrEqual(widths.box + 0.5);
    });

    it.each(['/zh/changes/', '/zh/topics/networking/', '/en/changes/'])('keeps references and kind words whole (%s)', async (path) => {
      await tab.page.goto(`${served.origin}${path}`);
      const pieces = await tab.page.evaluate(() => [...document.querySelectorAll('main code.ref, main .kind')].map((element) => ({ text: element.textContent, lines: element.getClientRects().length })));
      expect(pieces.length).toBeGreaterThan(0);
      expect(pieces.filter(({ lines }) => lines > 1)).toEqual([]);
      expect(await tab.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });

    it('marks the chooser’s English as English', async () => {
      await tab.page.goto(`${served.origin}/`);
      expect(await tab.page.locator('main p [lang="en"]').textContent()).toBe('Choose a language');
      expect(await tab.page.locator('main p [lang="zh-CN"]').textContent()).toBe('选择语言');
    });
  });
});
