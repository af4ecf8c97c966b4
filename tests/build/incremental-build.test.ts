// The weekly rebuild reuses the last build's pages (Astro's incremental build, with the
// cache keys of src/page-data/page-keys.ts). What it writes must be what a clean build of the
// same content writes, byte for byte: here a week goes by (a new issue in both languages,
// ten more records, which mention older ones), an older record is regathered with a
// new title, and a record the first issue's commentary names is gathered late; then the
// cached rebuild is compared with a build from an empty cache.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '#lib/bench/generate-corpus.ts';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';

// Fewer than the corpus's issues, so the caps of the feeds and of the channel pages are part of
// what is compared: the week added moves an issue out of each.
const env = { FEED_ISSUES: '3', CHANNEL_ISSUES: '2' };
const RETITLED = 'A regathered title that every page naming this change must show';
// Named in the first issue's commentary before anyone gathered it.
const LATE = 'kubernetes/kubernetes#49999';

let root: string;
let cached: BuildResult;
let clean: BuildResult;
let retitledRef: string;
let firstIssue: string;
const outDirs: string[] = [];

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

async function build(contentDir: string): Promise<BuildResult> {
  const result = await astroBuild({ contentDir, env });
  outDirs.push(result.outDir);
  expect(result.code, result.output).toBe(0);
  return result;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'uw-incremental-'));
  const content = join(root, 'content');
  const corpus = await generateCorpus(content, 4, { demosFrom: 'content/demos', pagesFrom: 'content/pages', recordsFrom: 'content/upstream' });
  firstIssue = (await readdir(join(content, 'issues'))).sort()[0]!;
  for (const lang of ['zh', 'en']) await writeFile(join(content, 'issues', firstIssue, `${lang}.mdx`), `\nA follow-up is open as ${LATE}.\n`, { flag: 'a' });
  await build(content);
  // A week later, and a record of the first week regathered with a new title.
  await corpus.addIssue();
  const pulls = join(content, 'upstream', 'kubernetes', 'kubernetes', 'pulls');
  // The generated records count up from 40000; the lowest is the first week's, covered and mentioned since.
  const generated = (await readdir(pulls)).filter((name) => /^4\d{4}\.json$/.test(name)).sort();
  const file = join(pulls, generated[0]!);
  const record = JSON.parse(await readFile(file, 'utf8'));
  retitledRef = record.ref ?? `${record.repo}#${record.number}`;
  await writeFile(file, `${JSON.stringify({ ...record, title: RETITLED }, null, 2)}\n`);
  const number = Number(LATE.split('#')[1]);
  const late = { ...record, ref: LATE, number, url: `https://github.com/kubernetes/kubernetes/pull/${number}`, title: 'A change gathered after the issue named it' };
  await writeFile(join(pulls, `${number}.json`), `${JSON.stringify(late, null, 2)}\n`);
  cached = await build(content);
  // The same content from an empty cache: another folder gets a cache of its own.
  const copy = join(root, 'copy');
  await cp(content, copy, { recursive: true });
  clean = await build(copy);
}, 600_000);

afterAll(async () => {
  const caches = [join(root, 'content'), join(root, 'copy')].map((dir) => astroCacheDirFor(dir)!);
  await Promise.all([root, ...outDirs, ...caches].map((path) => rm(path, { recursive: true, force: true })));
});

describe('the build log', () => {
  // Each MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
  // warned about every one (astro.config.mjs): a warning left in the log is a real one.
  it('carries no warning', () => {
    for (const build of [clean, cached]) {
      expect(build.output).toMatch(/Complete!/);
      expect(build.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|\[WARN\]/);
    }
  });
});

describe('share cards', () => {
  it("start drawing with the build, all of them from an empty cache, only the new week's after", () => {
    // Five weeks in two languages; a week later only the new issue's two cards are missing.
    expect(clean.output).toMatch(/drawing 10 share cards beside the build/);
    expect(cached.output).toMatch(/drawing 2 share cards beside the build/);
  });
});

describe('a rebuild from the incremental cache', () => {
  it('reuses pages and compiled MDX modules from the last build', () => {
    expect(cached.output).toMatch(/\((?:cached|restored)\)/);
    expect(clean.output).not.toMatch(/\((?:cached|restored)\)/);
    // All but the new issue's two and the first issue's two (its late record is now a link).
    const reused = /compiled MDX: (\d+) of (\d+) modules reused/.exec(cached.output);
    expect(reused, cached.output).not.toBeNull();
    expect(Number(reused![2]) - Number(reused![1])).toBe(4);
    expect(clean.output).toMatch(/compiled MDX: 0 of \d+ modules reused/);
  });

  it('writes the same files, byte for byte, as a build from an empty cache', async () => {
    const files = await filesIn(clean.outDir);
    expect(await filesIn(cached.outDir)).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(cached.outDir, file)), readFile(join(clean.outDir, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('links a record gathered after the commentary named it', async () => {
    for (const lang of ['zh', 'en']) {
      const page = await readFile(join(cached.outDir, lang, 'issues', firstIssue, 'index.html'), 'utf8');
      expect(page).toContain(`<a href="/${lang}/changes/kubernetes/kubernetes/49999/">${LATE}</a>`);
    }
  });

  it('shows the regathered title wherever the change is named', async () => {
    const page = await readFile(join(cached.outDir, 'en', 'changes', ...retitledRef.replace('#', '/').split('/'), 'index.html'), 'utf8');
    expect(page).toContain(RETITLED);
  });

  it('caps each feed at FEED_ISSUES, newest first', async () => {
    const feed = parseFeed(await readFile(join(cached.outDir, 'en', 'rss.xml'), 'utf8'));
    const dates = feed.items.map((item) => item.url!.match(/issues\/([\d-]+)\//)![1]);
    expect(dates).toHaveLength(3);
    expect(dates).toEqual([...dates].sort().reverse());
    const json = JSON.parse(await readFile(join(cached.outDir, 'zh', 'feed.json'), 'utf8'));
    expect(json.items).toHaveLength(3);
  });

  it('gives the WeChat page and channel.json to the latest CHANNEL_ISSUES issues only', async () => {
    const files = await filesIn(cached.outDir);
    for (const lang of ['zh', 'en']) {
      const issues = files.filter((file) => new RegExp(`^${lang}/issues/[\\d-]+/index\\.html$`).test(file)).map((file) => file.split('/')[2]!).sort().reverse();
      expect(issues.length).toBe(5);
      const withChannels = (name: string) => files.filter((file) => file.startsWith(`${lang}/issues/`) && file.endsWith(name)).map((file) => file.split('/')[2]!).sort().reverse();
      expect(withChannels('/wechat/index.html')).toEqual(issues.slice(0, 2));
      expect(withChannels('/channel.json')).toEqual(issues.slice(0, 2));
    }
  });
});
