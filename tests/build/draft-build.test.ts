// A generated draft, and a hostile one after an editor has filled it in, through the
// real build (and the dev server, the only place drafts are shown).
import * as cheerio from 'cheerio';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { outsideVitest } from '../helpers/outside-vitest.ts';
import { draftIn } from '../draft/helpers.ts';

const HOSTILE = {
  pull1: 'Fix {props.secret} and <script>alert("title")</script>',
  pull2: 'export const title = "pwned"',
  pull3: 'import x from "y"; <!-- comment --> *not bold* [link](javascript:alert(1)) www.example.com sec@example.com',
  release: '</h3><iframe src="https://example.org"></iframe> {1+1}',
  note: '<img src=x onerror="alert(1)"> {props.secret} export const leak = 1',
};

let dir: string;
let dist: string;
let buildOutput: string;
let buildCode: number | null;

/** What an editor does before publishing: write commentary, fill the TODOs, clear the draft flag. */
const publish = (text: string) =>
  text
    .replace(/<Placeholder for="[^"]*" \/>/g, 'Our own commentary goes here.')
    .replace(/^title: .*$/m, 'title: A hostile week')
    .replace(/^summary: .*$/m, 'summary: Upstream text that looks like code.')
    .replace('draft: true', 'draft: false');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-draft-build-'));
  await cp('content', dir, { recursive: true });
  for (const name of ['hostile', 'following-week']) {
    await cp(`tests/fixtures/draft/${name}/upstream`, join(dir, 'upstream'), { recursive: true });
  }
  // 2023-02-06: drafted from hostile records, then published by hand.
  const hostile = await draftIn(dir, ['--date', '2023-02-06', '--only', 'example/hostile#1', '--only', 'example/hostile#2', '--only', 'example/hostile#3', '--only', 'example/hostile@v1.0.0']);
  for (const file of hostile.files) await writeFile(file.path, publish(file.text));
  // 2023-02-13: left as the draft command wrote it.
  await draftIn(dir, ['--date', '2023-02-13', '--only', 'example/widgets#9', '--only', 'example/widgets@v0.2.0']);
  const result = await astroBuild({ contentDir: dir });
  ({ outDir: dist, output: buildOutput, code: buildCode } = result);
}, 180_000);

afterAll(async () => {
  await Promise.all([dir, dist, astroCacheDirFor(dir)!].map((path) => rm(path, { recursive: true, force: true })));
});

describe('a generated draft in the build', () => {
  it('builds as the draft command wrote it', () => {
    expect(buildCode, buildOutput).toBe(0);
  });

  it('gets no page, and stays out of the home page, feeds and sitemap', async () => {
    for (const lang of ['zh', 'en']) {
      expect(existsSync(join(dist, lang, 'issues', '2023-02-13'))).toBe(false);
      const home = await readFile(join(dist, lang, 'index.html'), 'utf8');
      expect(home).toContain('/issues/2023-02-06/');
      expect(home).not.toContain('2023-02-13');
      expect(await readFile(join(dist, lang, 'rss.xml'), 'utf8')).not.toContain('2023-02-13');
    }
    expect(await readFile(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('2023-02-13');
  });
});

describe('between two published issues', () => {
  it('links the older and the newer issue, and never the draft', async () => {
    const newer = cheerio.load(await readFile(join(dist, 'en', 'issues', '2023-02-06', 'index.html'), 'utf8'));
    expect(newer('.issue-pager a[rel="prev"]').attr('href')).toBe('/en/issues/2023-01-30/');
    expect(newer('.issue-pager a[rel="next"]')).toHaveLength(0);
    const older = cheerio.load(await readFile(join(dist, 'zh', 'issues', '2023-01-30', 'index.html'), 'utf8'));
    expect(older('.issue-pager a[rel="next"]').attr('href')).toBe('/zh/issues/2023-02-06/');
  });
});

describe('hostile upstream text', () => {
  it.each(['zh', 'en'])('shows titles literally in the headings and cards (%s)', async (lang) => {
    const $ = cheerio.load(await readFile(join(dist, lang, 'issues', '2023-02-06', 'index.html'), 'utf8'));
    // Each heading ends with its own `#` anchor link; the title is the rest.
    const headings = $('.prose h3').map((_, el) => $(el).clone().children('a[aria-hidden]').remove().end().text()).get();
    expect(headings).toEqual([HOSTILE.pull2, HOSTILE.pull1, `example/hostile ${HOSTILE.release}`, HOSTILE.pull3]);
    const cards = $('article.card .card-title').map((_, el) => $(el).text()).get();
    expect(cards).toEqual([HOSTILE.pull2, HOSTILE.pull1, HOSTILE.release, HOSTILE.pull3]);
    expect($('article.card[data-ref="example/hostile#1"] .card-note').text()).toBe(HOSTILE.note);
  });

  it('injects no element, script or handler from that text', async () => {
    const html = await readFile(join(dist, 'en', 'issues', '2023-02-06', 'index.html'), 'utf8');
    const $ = cheerio.load(html);
    expect($('main iframe, main img, main xmp')).toHaveLength(0);
    expect($('script').filter((_, el) => $(el).text().includes('alert'))).toHaveLength(0);
    expect($('[onerror]')).toHaveLength(0);
    expect($('a[href^="javascript:"]')).toHaveLength(0);
    // URL-like text in a title is shown, not linked.
    expect($('.prose h3 a:not([aria-hidden])')).toHaveLength(0);
    expect(html).not.toContain('pwned";');
  });
});

describe('drafts in dev', () => {
  let server: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...outsideVitest(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    await waitFor(`${base}/en/`).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`);
    });
  }, 60_000);

  afterAll(() => {
    server?.kill();
  });

  it('shows the draft with its badge and the placeholders to fill', async () => {
    const response = await fetch(`${base}/en/issues/2023-02-13/`);
    expect(response.status).toBe(200);
    const $ = cheerio.load(await response.text());
    expect($('.issue-kicker .badge').text()).toBe('Draft');
    expect($('.placeholder').map((_, el) => $(el).text()).get()).toEqual([
      'To write: the introduction to this issue',
      'To write: commentary on example/widgets#9',
      'To write: commentary on example/widgets@v0.2.0',
    ]);
    const zh = cheerio.load(await (await fetch(`${base}/zh/issues/2023-02-13/`)).text());
    expect(zh('.placeholder').first().text()).toBe('待写：本期导语');
  });

  it('keeps it off the home page even in dev', async () => {
    expect(await (await fetch(`${base}/en/`)).text()).not.toContain('/issues/2023-02-13/');
  });

  // The browser scripts are bundled outside Vite (src/page-data/client-bundles.ts): the dev
  // server's /scripts/ route must serve the ones its pages name.
  it('serves the page script and the header search module a change page names', async () => {
    const $ = cheerio.load(await (await fetch(`${base}/zh/changes/kubernetes/kubernetes/115143/`)).text());
    const script = $('script[src^="/scripts/"]').attr('src')!;
    const search = $('form.header-search').attr('data-module')!;
    expect(script).toMatch(/^\/scripts\/page\.[0-9a-f]{10}\.js$/);
    for (const [path, holds] of [[script, 'mountHeaderSearch'], [search, '到英文版（English）搜索']] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/javascript/);
      expect(await response.text(), path).toContain(holds);
    }
  });

  // Records are read from disk, not from a collection (src/content.config.ts): the dev
  // server's own watcher (src/integrations/watch-records.ts) must make pages read them again.
  it('shows a regathered record on its pages without a restart', async () => {
    const page = `${base}/en/changes/kubernetes/kubernetes/115143/`;
    const title = async () => cheerio.load(await (await fetch(page)).text())('h1').text();
    expect(await title()).toMatch(/^Kubelet TCP\/HTTP probes/);
    const file = join(dir, 'upstream/kubernetes/kubernetes/pulls/115143.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as { title: string };
    await writeFile(file, `${JSON.stringify({ ...record, title: 'Kubelet probes, regathered' }, null, 2)}\n`);
    const deadline = Date.now() + 20_000;
    while ((await title()) !== 'Kubelet probes, regathered' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await title()).toBe('Kubelet probes, regathered');
  }, 30_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 50_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server did not answer ${url} in time (last: ${last})`);
}
