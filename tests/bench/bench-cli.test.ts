// `npm run bench` end to end on a tiny corpus, with the Hugo baseline and a warm rebuild.
// It checks that what the run reports is what the builds wrote, never how fast they were:
// timings on a shared 2-core machine are figures, not pass/fail.
import { parseFeed } from '@rowanmanning/feed-parser';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '#lib/bench/generate-corpus.ts';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import type { BenchResult } from '#lib/bench/run-bench.ts';
import { changePath } from '#lib/site/urls.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import { outsideVitest } from '../helpers/outside-vitest.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const hugoInstalled = (() => {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const NO_HUGO = 'hugo is not on PATH (sudo apt-get install hugo)';
const LANGS = ['zh', 'en'] as const;
const ISSUES = ['2016-01-11', '2016-01-18'];
const ADDED = '2016-01-25';

/** Site paths of every file below `dir`. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** Pages of `lang` that ask Pagefind to index them. */
async function searchablePages(dir: string, lang: string): Promise<number> {
  const pages = (await files(join(dir, lang))).filter((path) => path.endsWith('.html'));
  const texts = await Promise.all(pages.map((path) => readFile(join(dir, lang, path), 'utf8')));
  return texts.filter((html) => html.includes('data-pagefind-body')).length;
}

/** The cells of the printed table's row called `label` (cells are two or more spaces apart). */
function row(stdout: string, label: string): string[] {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${label}  `));
  if (!line) throw new Error(`no row "${label}" in:\n${stdout}`);
  return line.slice(label.length).trim().split(/ {2,}/);
}

async function pagefindEntry(dir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]));
}

describe('npm run bench -- --issues 2 --warm [--baseline hugo] --keep', () => {
  let dir: string;
  let result: BenchResult;
  let stdout: string;
  let kept: { content: string; dist: string; hugo: string | null };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-bench-test-'));
    made.push(dir);
    const out = join(dir, 'results.json');
    const args = ['scripts/bench.ts', '--issues', '2', '--warm', '--no-editor', '--keep', '--out', out, ...(hugoInstalled ? ['--baseline', 'hugo'] : [])];
    const ran = await run(process.execPath, args, { env: outsideVitest(), timeout: 400_000 });
    stdout = ran.stdout;
    result = JSON.parse(await readFile(out, 'utf8'))['2'];
    const dist = /site in (\S+?)[,\n]/.exec(ran.stderr)?.[1];
    if (!dist) throw new Error(`no kept site in: ${ran.stderr}`);
    kept = { content: join(dirname(dist), 'content'), dist, hugo: /Hugo's site in (\S+)\n/.exec(ran.stderr)?.[1] ?? null };
    // --keep leaves the run's folder and its Astro cache; the test removes both.
    made.push(dirname(dist), astroCacheDirFor(kept.content)!);
  }, 420_000);

  it('reports the cold build of two issues, and a warm one with one more issue in each language', async () => {
    expect(result).toMatchObject({ issues: 2, records: 30, editor: null });
    expect(result.output.issuePages).toBe(ISSUES.length * LANGS.length);
    expect(result.warm).toMatchObject({ addedIssue: ADDED, output: { issuePages: (ISSUES.length + 1) * LANGS.length } });
    // The kept site is the warm build's: it has the added issue, and the figures are its own.
    for (const lang of LANGS) expect(existsSync(join(kept.dist, lang, 'issues', ADDED, 'index.html'))).toBe(true);
    const written = await files(kept.dist);
    expect(written.filter((path) => path.endsWith('.html'))).toHaveLength(result.warm!.output.pages);
    expect(written.filter((path) => /^(zh|en)\/issues\/[\d-]+\/index\.html$/.test(path))).toHaveLength(result.warm!.output.issuePages);
    expect(result.warm!.output.pages).toBeGreaterThan(result.output.pages);
    // A Node process running Astro is over 100 MiB resident; the sampler saw it.
    expect(result.build.peakRssMiB).toBeGreaterThan(100);
    expect(result.warm!.peakRssMiB).toBeGreaterThan(100);
  });

  it('reports the warm build\'s files, bytes, search index and largest page as they are on disk', async () => {
    const sizes = await Promise.all((await files(kept.dist)).map(async (path) => ({ path: `/${path}`, bytes: (await stat(join(kept.dist, path))).size })));
    const total = (list: typeof sizes) => list.reduce((sum, file) => sum + file.bytes, 0);
    const pages = sizes.filter((file) => file.path.endsWith('.html'));
    expect(result.warm!.output).toMatchObject({
      files: sizes.length,
      bytes: total(sizes),
      pagefindBytes: total(sizes.filter((file) => file.path.startsWith('/pagefind/'))),
      largestPage: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
    });
  });

  it('derives its rates from the figures it saved, and prints the figures it saved', () => {
    const { build, output, warm } = result;
    expect(build.pagesPerSecond).toBeCloseTo(output.pages / build.seconds, 6);
    expect(build.msPerPage).toBeCloseTo((build.seconds * 1000) / output.pages, 6);
    const count = (value: number) => value.toLocaleString('en-US');
    expect(row(stdout, 'issues / records')).toEqual(['2 / 30']);
    expect(row(stdout, 'pages built')[0]).toBe(count(output.pages));
    expect(row(stdout, 'issue pages')[0]).toBe('4');
    expect(row(stdout, 'peak RSS (process tree)')[0]).toBe(`${count(build.peakRssMiB)} MiB`);
    expect(row(stdout, 'output')[0]).toBe(`${count(output.files)} files, ${(output.bytes / 2 ** 20).toFixed(1)} MiB`);
    expect(row(stdout, 'feeds')[0]).toBe(`${output.feeds.count}, ${(output.feeds.bytes / 2 ** 20).toFixed(1)} MiB in all`);
    expect(row(stdout, 'warm rebuild (+1 issue)')[0]).toBe(`${warm!.seconds.toFixed(1)} s, 6 issue pages`);
    expect(row(stdout, 'warm rebuild peak RSS')[0]).toBe(`${count(warm!.peakRssMiB)} MiB`);
  });

  it('measures every feed, and the largest is the one on disk', async () => {
    const feeds = (await files(kept.dist)).filter((path) => /(^|\/)(rss\.xml|feed\.json)$/.test(path));
    const sizes = await Promise.all(feeds.map(async (path) => ({ path: `/${path}`, bytes: (await stat(join(kept.dist, path))).size })));
    expect(result.warm!.output.feeds.count).toBe(feeds.length);
    expect(feeds).toEqual(expect.arrayContaining(['zh/rss.xml', 'en/rss.xml', 'zh/feed.json', 'en/feed.json']));
    expect(result.warm!.output.feeds.largest).toEqual(sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a)));
    expect(result.warm!.output.feeds.bytes).toBe(sizes.reduce((sum, feed) => sum + feed.bytes, 0));
    expect(stdout).toMatch(/^largest feed +\/(zh|en)\/\S+ [\d,.]+ KiB/m);
  });

  it('indexes every searchable page of the site, one index per language', async () => {
    const indexed = await pagefindEntry(kept.dist);
    expect(Object.keys(indexed).sort()).toEqual(['en', 'zh-cn']);
    expect(indexed).toEqual({ en: await searchablePages(kept.dist, 'en'), 'zh-cn': await searchablePages(kept.dist, 'zh') });
    expect(result.warm!.output.pagefindPages).toEqual(indexed);
  });

  it('builds the same corpus with Hugo: a page per issue and per record in each language, and RSS', async ({ skip }) => {
    if (!hugoInstalled) skip(NO_HUGO);
    const hugo = kept.hugo!;
    // The records of the cold corpus, generated again on their own: the generator is deterministic.
    const again = await mkdtemp(join(tmpdir(), 'uw-bench-test-corpus-'));
    made.push(again);
    await generateCorpus(join(again, 'content'), 2, { recordsFrom: 'content/upstream' });
    const { records } = await loadRecords(join(again, 'content', 'upstream'));
    expect(records.size).toBe(39);
    for (const lang of LANGS) {
      for (const date of ISSUES) expect(existsSync(join(hugo, lang, 'issues', date, 'index.html'))).toBe(true);
      expect(existsSync(join(hugo, lang, 'issues', ADDED))).toBe(false);
      const missing = [...records.keys()].filter((ref) => !existsSync(join(hugo, lang, 'changes', changePath(ref), 'index.html')));
      expect(missing).toEqual([]);
      const feed = parseFeed(await readFile(join(hugo, lang, 'rss.xml'), 'utf8'));
      expect(feed.items.map((item) => new URL(item.url!).pathname)).toEqual(ISSUES.toReversed().map((date) => `/${lang}/issues/${date}/`));
      // Full content: the newest issue's cards, as Hugo rendered them.
      expect(feed.items[0]!.description).toContain('<blockquote>');
    }
    expect(result.baseline).toMatchObject({ tool: 'hugo', version: expect.stringMatching(/^hugo v\d+\.\d+/), output: { issuePages: 4 } });
    expect(result.baseline!.output.feeds.count).toBe((await files(hugo)).filter((path) => path.endsWith('rss.xml')).length);
  });

  it('runs the same Pagefind over Hugo’s output, and reports both builds and their ratio from one run', async ({ skip }) => {
    if (!hugoInstalled) skip(NO_HUGO);
    const hugo = kept.hugo!;
    const indexed = await pagefindEntry(hugo);
    expect(indexed).toEqual({ en: await searchablePages(hugo, 'en'), 'zh-cn': await searchablePages(hugo, 'zh') });
    // Two issues and 39 change pages per language, at least.
    expect(indexed.en).toBeGreaterThanOrEqual(2 + 39);
    expect(result.baseline!.output.pagefindPages).toEqual(indexed);
    const { baseline, ratio, warm } = result;
    expect(baseline!.seconds).toBeCloseTo(baseline!.hugo.seconds + baseline!.pagefind.seconds, 6);
    expect(baseline!.peakRssMiB).toBe(Math.max(baseline!.hugo.peakRssMiB, baseline!.pagefind.peakRssMiB));
    expect(ratio).toBeCloseTo(result.build.seconds / baseline!.seconds, 6);
    expect(warm!.ratioToBaseline).toBeCloseTo(warm!.seconds / baseline!.seconds, 6);
    expect(stdout).toMatch(/^ratio to the baseline +[\d.]+× +1× +≤ 3×: (met|NOT met)$/m);
    expect(stdout).toMatch(/^warm \/ baseline full build +[\d.]+× +≤ 1\.5×: (met|NOT met)$/m);
  });
});

describe('npm run bench, refusing', () => {
  it('explains a missing or unbounded --issues, and an unknown baseline', async () => {
    await expect(run(process.execPath, ['scripts/bench.ts'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('say how many issues') });
    await expect(run(process.execPath, ['scripts/bench.ts', '--issues', '99999'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('from 1 to 2000') });
    await expect(run(process.execPath, ['scripts/bench.ts', '--issues', '2', '--baseline', 'jekyll'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('the one baseline is hugo') });
  });

  it('says how to install hugo when it is not on PATH, before generating anything (exit 3)', async () => {
    const env = { ...outsideVitest(), PATH: dirname(process.execPath) };
    const failed = run(process.execPath, ['scripts/bench.ts', '--issues', '2', '--baseline', 'hugo', '--out', join(tmpdir(), 'uw-bench-unused.json')], { env });
    await expect(failed).rejects.toMatchObject({ code: 3, stdout: '', stderr: expect.stringMatching(/not on PATH; install it with `sudo apt-get install hugo`/) });
    expect(existsSync(join(tmpdir(), 'uw-bench-unused.json'))).toBe(false);
  });

  it('refuses a results file that is not results, before building', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-bench-test-'));
    made.push(dir);
    const out = join(dir, 'results.json');
    await writeFile(out, '[1, 2');
    await expect(run(process.execPath, ['scripts/bench.ts', '--issues', '2', '--out', out])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`${out} is not a JSON object`) });
    expect(await readFile(out, 'utf8')).toBe('[1, 2');
  });
});
