// The WeChat edition as editors use it: `npm run wechat` against the build, and the noindex
// page whose button puts the same fragment on the clipboard, read back in Chromium.
import * as cheerio from 'cheerio';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, closeBrowserAndSite, openBrowserAndSite, watchedPage } from '../helpers/browser.ts';
import { outsideVitest } from '../helpers/outside-vitest.ts';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const LANGS = ['zh', 'en'] as const;

async function wechat(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/wechat.ts', ...args], { env: outsideVitest(), maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The rules the Official Account editor imposes, checked on any HTML that claims to follow them. */
function expectPasteReady(html: string, lang: 'zh' | 'en') {
  const $ = cheerio.load(html, null, false);
  expect($('style, script, link').length, 'style, script or link elements').toBe(0);
  expect($('[class], [id]').length, 'class or id attributes').toBe(0);
  for (const tag of ['p', 'h2', 'h3', 'pre', 'li', 'blockquote']) {
    expect($(tag).length, tag).toBeGreaterThan(0);
    $(tag).each((_, element) => void expect($(element).attr('style'), `<${tag}> style`).toMatch(/\w+:/));
  }
  // Only links to other Official Account articles may stay links.
  $('a[href]').each((_, element) => void expect($(element).attr('href')).toMatch(/^https:\/\/mp\.weixin\.qq\.com\//));
  const text = $.root().text();
  expect(text).toContain(lang === 'zh' ? '参考链接' : 'References');
  expect(text).toMatch(/\[1\] [^\n]*https:\/\/github\.com\/kubernetes\/kubernetes\/pull\/115143/);
  expect(text).toMatch(/\[\d+\]/);
  // Code keeps its colours (Shiki's light theme, inline), its line breaks and its indentation.
  // Every space is a no-break space and every newline a <br>, which no editor collapses.
  const go = $('pre').filter((_, element) => $(element).text().includes('package\u00a0main')).first();
  expect(go.find('span[style*="color"]').length).toBeGreaterThan(5);
  expect(go.find('br').length).toBeGreaterThan(20);
  expect(go.text()).not.toMatch(/[ \t\n]/);
  expect(go.text().replace(/\u00a0/g, ' ')).toContain('    conn, err := net.DialTimeout(');
  // The cards from the records: nine of them, each with its kind label.
  expect($('section').filter((_, element) => /^(PR|版本|Release)/.test($(element).text())).length).toBeGreaterThanOrEqual(9);
}

describe('npm run wechat', () => {
  it.each(LANGS)('writes the %s fragment the site page carries, following the editor’s rules', async (lang) => {
    const result = await wechat('--issue', '2023-01-30', '--lang', lang, '--dist', dist);
    expect(result.stderr).toMatch(/using the build in .* \(newer than the content\)/);
    expect(result.stderr).toContain('title (for the editor\'s title field):');
    expect(result.code).toBe(0);
    expectPasteReady(result.stdout, lang);
    const page = await readFile(join(dist, lang, 'issues', '2023-01-30', 'wechat', 'index.html'), 'utf8');
    expect(page).toContain(`<template id="wechat-fragment">${result.stdout.trim()}</template>`);
  });

  it('names the known issues for an unknown date, and exits 2 on a usage mistake', async () => {
    const unknown = await wechat('--issue', '2024-02-30', '--dist', dist);
    expect(unknown.code).toBe(2);
    const missing = await wechat('--issue', '2024-02-01', '--dist', dist);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toBe('wechat: there is no issue dated 2024-02-01; the issues are: 2023-01-30');
    const lang = await wechat('--issue', '2023-01-30', '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang "fr": expected one of zh, en');
    const help = await wechat('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run wechat');
  });
});

describe('the WeChat page', () => {
  it.each(LANGS)('is noindex and stays out of the %s sitemap, search and feeds', async (lang) => {
    const $ = cheerio.load(await readFile(join(dist, lang, 'issues', '2023-01-30', 'wechat', 'index.html'), 'utf8'));
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('[data-pagefind-body]').length).toBe(0);
    const sitemaps = (await readdir(dist)).filter((name) => name.startsWith('sitemap'));
    for (const name of sitemaps) expect(await readFile(join(dist, name), 'utf8')).not.toContain('/wechat/');
    for (const feed of ['rss.xml', 'feed.json']) expect(await readFile(join(dist, lang, feed), 'utf8')).not.toContain('/wechat/');
  });

  it('is not found by search', async () => {
    const served = await serveDir(dist);
    try {
      // A phrase only the WeChat page says, and a word the issue and its WeChat page share.
      expect(await pagefindSearch(dist, served.origin, 'en', 'Official Account editor')).toEqual([]);
      const shared = await pagefindSearch(dist, served.origin, 'en', 'conntrack');
      expect(shared).toContain('/en/issues/2023-01-30/');
      expect(shared.filter((url) => url.includes('/wechat/'))).toEqual([]);
    } finally {
      await served.close();
    }
  });
});

describe.skipIf(!CHROMIUM)('the WeChat page in Chromium', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    [browser, served] = await openBrowserAndSite(dist);
  }, 60_000);
  afterAll(() => closeBrowserAndSite(browser, served));

  it.each([
    ['zh', '复制到公众号', '已复制'],
    ['en', 'Copy for WeChat', 'Copied'],
  ] as const)('copies the %s fragment to the clipboard as rich text', async (lang, label, done) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    const tab = await watchedPage(context, served.origin);
    await tab.page.goto(`${served.origin}/${lang}/issues/2023-01-30/wechat/`);
    await tab.page.getByRole('button', { name: label }).click();
    await expect.poll(() => tab.page.locator('#copy-status').textContent(), { timeout: 15_000 }).toContain(done);
    const copied = await tab.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item!.types, html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expectPasteReady(copied.html, lang);
    expect(copied.text).toContain(lang === 'zh' ? '参考链接' : 'References');

    // Pasted into an editing box that collapses whitespace, as the Official Account editor does,
    // the Go example keeps its lines and indentation, and nothing brings a class back.
    await tab.page.goto(`${served.origin}/404.html`);
    await tab.page.setContent('<meta charset="utf-8"><div id="editor" contenteditable style="white-space: normal"></div>');
    await tab.page.focus('#editor');
    await tab.page.keyboard.press('Control+V');
    await expect.poll(() => tab.page.locator('#editor pre').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const pasted = await tab.page.evaluate(() => ({
      classes: document.querySelectorAll('#editor [class]').length,
      go: [...document.querySelectorAll<HTMLElement>('#editor pre')].find((pre) => pre.innerText.includes('package'))!.innerText.replace(/\u00a0/g, ' '),
    }));
    expect(pasted.classes).toBe(0);
    const lines = pasted.go.split('\n');
    expect(lines[0]).toBe('package main');
    expect(lines).toContain('    conn, err := net.DialTimeout("tcp", addr, time.Second)');
    expect(lines).toContain('        return err');
    expect(tab.errors).toEqual([]);
    expect(tab.failed).toEqual([]);
    await context.close();
  });
});
