// Debian's chromium, driven by playwright-core (no browser download is possible
// here), against a build served on 127.0.0.1. Every page a test opens is watched:
// console errors, failed requests and any request to another host are collected,
// so a test can assert there were none.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { serveDir, type Served } from './serve-dir.ts';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

// Without the background-networking flags, Chromium keeps trying to reach Google's
// hosts, which this machine's closed network refuses.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Debian chromium is not installed (apt-get install chromium); .ci/run installs it');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests that failed or answered 4xx/5xx (a 404 the test asked for is its own business). */
  failed: string[];
  /** Requests to any host other than the local server. */
  foreign: string[];
  /** Bytes of every response body as decoded, by URL. */
  transferred: Map<string, number>;
  /** Bytes of every response body on the wire (compressed where the server compressed), by URL. */
  wire: Map<string, number>;
}

export async function watchedPage(context: BrowserContext, origin: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], failed: [], foreign: [], transferred: new Map(), wire: new Map() };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  // A navigation cancels what the page was still loading (the favicon, Pagefind's worker
  // when Enter leaves for the search page): the browser's choice, not a failure of the site.
  // An abort is let through only for a request of a document that a later navigation
  // (started, if not yet committed) was replacing.
  let started = 0;
  let committed = 0;
  const documentOf = new WeakMap<object, number>();
  page.on('framenavigated', (frame) => {
    // Also fired for a same-document navigation (a hash link), which replaces nothing.
    if (frame === page.mainFrame()) committed = started;
  });
  // A navigation that never replaces the page (it failed, or answered 204) leaves it current.
  page.on('requestfailed', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) started = committed;
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() === 204 && request.isNavigationRequest() && request.frame() === page.mainFrame()) started = committed;
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) watched.foreign.push(request.url());
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) started++;
    documentOf.set(request, committed);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    const replaced = started > (documentOf.get(request) ?? started);
    if (error === 'net::ERR_ABORTED' && request.resourceType() !== 'document' && replaced) return;
    watched.failed.push(`${request.url()} (${error})`);
  });
  page.on('response', async (response) => {
    if (response.status() >= 400) watched.failed.push(`${response.url()} (${response.status()})`);
    const body = await response.body().catch(() => null);
    if (body) watched.transferred.set(response.url(), body.length);
    const sizes = await response.request().sizes().catch(() => null);
    if (sizes) watched.wire.set(response.url(), sizes.responseBodySize);
  });
  return watched;
}

/** Saves a screenshot under test-results/ when a test failed, named after it. */
export async function screenshotOnFailure(page: Page, name: string, failed: boolean): Promise<void> {
  if (!failed) return;
  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name.replace(/[^\w-]+/g, '-')}.png`, fullPage: true }).catch(() => {});
}

/** A browser, and the built site in `dir` served on 127.0.0.1: what a browser suite starts before its tests. */
export function openBrowserAndSite(dir: string): Promise<[Browser, Served]> {
  return Promise.all([launchBrowser(), serveDir(dir)]);
}

export async function closeBrowserAndSite(browser: Browser | undefined, served: Served | undefined): Promise<void> {
  await browser?.close();
  await served?.close();
}

/** What a browser suite's tests share: the browser and the served site, and each test's own context and watched tab. */
export interface BrowserSuite {
  browser: Browser;
  served: Served;
  context: BrowserContext;
  tab: Watched;
}

/**
 * Registers a browser suite's hooks (call it inside the suite's describe): the browser and
 * the site in `dir` once, a fresh context and watched tab for each test, and a screenshot
 * of a test that failed.
 */
export function browserSuite(dir: string): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.browser, suite.served] = await openBrowserAndSite(dir);
  }, 60_000);
  afterAll(() => closeBrowserAndSite(suite.browser, suite.served));
  beforeEach(async () => {
    suite.context = await suite.browser.newContext();
    suite.tab = await watchedPage(suite.context, suite.served.origin);
  });
  afterEach(async (test) => {
    await screenshotOnFailure(suite.tab.page, test.task.name, test.task.result?.state === 'fail');
    await suite.context.close();
  });
  return suite;
}

/** The page had no console error, no failed request and no request to another host. */
export function expectClean(tab: Watched): void {
  expect(tab.errors, 'console errors').toEqual([]);
  expect(tab.failed, 'failed requests').toEqual([]);
  expect(tab.foreign, 'requests to other hosts').toEqual([]);
}
