// The upgrade page in Chromium, at a phone's 375 px and a desktop's 1280 px, on a build
// whose kubernetes/kubernetes has three versions (v1.26, v1.27, v1.28) and a change in
// none: choosing versions shows the changes in (from, to], updates the counts and the
// address, a reload and the language switch keep the choice, and without JavaScript the
// page lists the versions.
import * as cheerio from 'cheerio';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { urls } from '#lib/site/urls.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { CHROMIUM, expectClean, launchBrowser, screenshotOnFailure, type Watched, watchedPage } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const K8S = 'kubernetes/kubernetes';
const POLL = { timeout: 15_000 };
// Three more pull requests beside the first issue's five (all v1.27).
const EXTRA = [
  { number: 113000, milestone: 'v1.26', labels: ['kind/feature', 'sig/node'], note: 'Kubelet gains a v1.26 feature.', mergedAt: '2022-11-02T00:00:00Z' },
  { number: 116000, milestone: 'v1.28', labels: ['kind/api-change', 'sig/api-machinery'], note: 'Removed the deprecated flowcontrol v1beta1 API.', mergedAt: '2023-05-02T00:00:00Z' },
  { number: 116100, milestone: null, labels: ['kind/bug'], note: 'A fix in no milestone.', mergedAt: '2023-05-03T00:00:00Z' },
];

let dir: string;
let dist: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-upgrade-'));
  await cp('content', dir, { recursive: true });
  const pulls = join(dir, 'upstream', 'kubernetes', 'kubernetes', 'pulls');
  const template = JSON.parse(await readFile(join(pulls, '114814.json'), 'utf8')) as Record<string, unknown>;
  for (const extra of EXTRA) {
    const record = {
      ...template,
      ref: `${K8S}#${extra.number}`,
      number: extra.number,
      title: `Change ${extra.number}`,
      url: `https://github.com/${K8S}/pull/${extra.number}`,
      createdAt: extra.mergedAt,
      mergedAt: extra.mergedAt,
      labels: extra.labels,
      milestone: extra.milestone,
      releaseNote: extra.note,
      references: [],
      files: [],
      body: '',
    };
    await writeFile(join(pulls, `${extra.number}.json`), `${JSON.stringify(record, null, 2)}\n`);
  }
  const result = await astroBuild({ contentDir: dir });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  dist = result.outDir;
  served = await serveDir(dist);
  if (CHROMIUM) browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await Promise.all([dir, dist, dir && astroCacheDirFor(dir)].filter(Boolean).map((path) => rm(path!, { recursive: true, force: true })));
});

describe('an upgrade page with three versions, as built', () => {
  it('lists the versions in order, oldest first, and the changes in no version', async () => {
    const $ = cheerio.load(await readFile(join(dist, urls.upgrade('en', K8S), 'index.html'), 'utf8'));
    expect($('.version-list a').map((_, a) => $(a).text()).get()).toEqual(['v1.26', 'v1.27', 'v1.28']);
    expect($('.version-list + .change-meta a').attr('href')).toBe(urls.version('en', K8S, 'unassigned'));
    const version = cheerio.load(await readFile(join(dist, urls.version('en', K8S, 'v1.27'), 'index.html'), 'utf8'));
    expect(version('.version-pager a').map((_, a) => version(a).attr('href')).get()).toEqual([
      urls.version('en', K8S, 'v1.26'),
      urls.version('en', K8S, 'v1.28'),
      urls.upgrade('en', K8S),
    ]);
    // A removal in an API change needs action before the upgrade.
    const v128 = cheerio.load(await readFile(join(dist, urls.version('zh', K8S, 'v1.28'), 'index.html'), 'utf8'));
    expect(v128('.upgrade-group h2').text()).toBe('需要操作（1）');
    const none = cheerio.load(await readFile(join(dist, urls.version('zh', K8S, 'unassigned'), 'index.html'), 'utf8'));
    expect(none('h1').text()).toBe('kubernetes/kubernetes：未归入任何版本的变更');
    expect(none('.entry-head a').attr('href')).toBe(urls.change('zh', `${K8S}#116100`));
  });
});

describe.skipIf(!CHROMIUM)('the upgrade page in Chromium', () => {
  let context: BrowserContext;
  let tab: Watched;
  afterEach(async (test) => {
    await screenshotOnFailure(tab.page, test.task.name, test.task.result?.state === 'fail');
    await context.close();
  });
  const clean = () => expectClean(tab);
  /** Pull request numbers shown, by group key. */
  const shown = () =>
    tab.page.locator('[data-group]:not([hidden])').evaluateAll((groups) =>
      Object.fromEntries(groups.map((group) => [
        (group as HTMLElement).dataset.group,
        [...group.querySelectorAll<HTMLElement>('li:not([hidden]) .entry-meta code')].map((code) => code.textContent),
      ])),
    );
  const address = () => new URL(tab.page.url()).search;

  it.each([
    { lang: 'en', width: 375, summary: 'v1.27 → v1.28: changes 1, versions 1.', all: 'before v1.26 → v1.28: changes 7, versions 3.', heading: 'Action required (1)' },
    { lang: 'zh', width: 1280, summary: 'v1.27 → v1.28：1 项变更，涉及 1 个版本。', all: 'v1.26 之前 → v1.28：7 项变更，涉及 3 个版本。', heading: '需要操作（1）' },
  ] as const)('$lang at $width px: choosing versions updates the list, the counts and the address; a reload keeps it', async ({ lang, width, summary, all, heading }) => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
    tab = await watchedPage(context, served.origin);
    const { page } = tab;
    await page.goto(`${served.origin}${urls.upgrade(lang, K8S)}`);
    // By default: the step from the version before the newest to the newest.
    await expect.poll(() => page.locator('[data-summary-text]').textContent(), POLL).toBe(summary);
    expect(await shown()).toEqual({ 'action-required': ['#116000'] });
    expect(await page.locator('[data-group="action-required"] h2').textContent()).toBe(heading);
    expect(address()).toBe('?from=v1.27&to=v1.28');

    await page.selectOption('select[name=from]', '');
    await expect.poll(() => page.locator('[data-summary-text]').textContent(), POLL).toBe(all);
    expect(address()).toBe('?to=v1.28');

    await page.selectOption('select[name=to]', 'v1.27');
    await page.selectOption('select[name=from]', 'v1.26');
    await expect.poll(address, POLL).toBe('?from=v1.26&to=v1.27');
    expect(await shown()).toEqual({ feature: ['#114886', '#115143', '#115321'], bug: ['#114814', '#114878'] });
    expect(await page.locator('[data-group="feature"] [data-count]').textContent()).toBe('3');
    // "From" can only be older than "to".
    expect(await page.locator('select[name=from] option[value="v1.27"]').isDisabled()).toBe(true);
    expect(await page.locator('select[name=from] option[value="v1.26"]').isDisabled()).toBe(false);

    await page.reload();
    await expect.poll(() => page.locator('select[name=from]').inputValue(), POLL).toBe('v1.26');
    expect(await page.locator('select[name=to]').inputValue()).toBe('v1.27');
    expect(await shown()).toEqual({ feature: ['#114886', '#115143', '#115321'], bug: ['#114814', '#114878'] });
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    clean();
  });

  it('opens a shared address with its choice, and moves "from" below a lower "to"', async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    tab = await watchedPage(context, served.origin);
    const { page } = tab;
    await page.goto(`${served.origin}${urls.upgrade('en', K8S)}?from=v1.27&to=v1.28`);
    await expect.poll(shown, POLL).toEqual({ 'action-required': ['#116000'] });
    await page.selectOption('select[name=to]', 'v1.27');
    await expect.poll(address, POLL).toBe('?from=v1.26&to=v1.27');
    // The language switch keeps the choice.
    await page.locator('.lang-switch').click();
    await page.waitForURL(`**${urls.upgrade('zh', K8S)}?from=v1.26&to=v1.27`);
    await expect.poll(() => page.locator('select[name=from]').inputValue(), POLL).toBe('v1.26');
    expect(await page.locator('select[name=to]').inputValue()).toBe('v1.27');
    clean();
  });

  it('without JavaScript, hides the picker and lists the version pages in order', async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    tab = await watchedPage(context, served.origin);
    const { page } = tab;
    await page.goto(`${served.origin}${urls.upgrade('en', K8S)}`);
    expect(await page.locator('form[data-upgrade]').isVisible()).toBe(false);
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    const versions = page.locator('.version-list a');
    expect(await versions.allTextContents()).toEqual(['v1.26', 'v1.27', 'v1.28']);
    await versions.first().click();
    await page.waitForURL(`**${urls.version('en', K8S, 'v1.26')}`);
    expect(await page.locator('h1').textContent()).toBe('kubernetes/kubernetes v1.26');
    clean();
  });
});
