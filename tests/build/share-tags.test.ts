import * as cheerio from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { CARD_CACHE_DIR, cardKey } from '#lib/share-card/card-cache.ts';
import { issueFileCards } from '#lib/share-card/start-issue-cards.ts';
import { DESCRIPTION_LIMIT } from '#lib/site/meta-description.ts';

const dist = inject('distDir');
const SITE = 'https://upstream-weekly.example.org';
const OG_LOCALE = { zh: 'zh_CN', en: 'en_US' } as const;

async function filesUnder(dir: string, ending: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(ending)).map((entry) => relative(dist, join(entry.parentPath, entry.name)));
}

const pages = (await filesUnder(dist, '.html')).filter((path) => !path.startsWith('pagefind/'));
const langOf = (path: string) => (path.startsWith('en/') ? 'en' : 'zh');
const meta = ($: cheerio.CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
/** The file a URL of the site is served from. */
const fileFor = (url: string) => join(dist, new URL(url).pathname.replace(/\/$/, '/index.html'));

describe('share tags', () => {
  it('covers every page type in both languages', () => {
    for (const lang of ['zh', 'en']) {
      for (const path of ['index.html', 'issues/2023-01-30/index.html', 'about/index.html', 'changes/index.html', 'changes/kubernetes/kubernetes/115143/index.html', 'changes/moby/moby/releases/v23.0.0-rc.3/index.html', 'projects/index.html', 'projects/moby/moby/index.html', 'topics/networking/index.html', 'demos/so-linger/index.html', 'search/index.html', '404/index.html']) {
        expect(pages, `${lang}/${path}`).toContain(`${lang}/${path}`);
      }
    }
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.each(pages)('%s has the full set, with absolute addresses and its own locale', async (path) => {
    const $ = cheerio.load(await readFile(join(dist, path), 'utf8'));
    const lang = langOf(path);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:locale:alternate', 'og:site_name', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card']) {
      expect(meta($, key), `${path}: ${key}`).toBeTruthy();
    }
    expect(meta($, 'og:locale')).toBe(OG_LOCALE[lang]);
    expect(meta($, 'og:locale:alternate')).toBe(OG_LOCALE[lang === 'zh' ? 'en' : 'zh']);
    expect(meta($, 'og:url')).toMatch(new RegExp(`^${SITE}/`));
    expect(meta($, 'og:image')).toMatch(new RegExp(`^${SITE}/(zh|en)/.*card\\.png$`));
    expect(meta($, 'og:image:width')).toBe('1200');
    expect(meta($, 'og:image:height')).toBe('630');
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    // The picture the tag names is in the build.
    await expect(readFile(fileFor(meta($, 'og:image')!))).resolves.toBeTruthy();

    const description = meta($, 'description')!;
    expect(description, path).toBe(meta($, 'og:description'));
    // No line breaks, tags, code spans, emphasis, links or headings (a `#123` reference is text).
    expect(description).not.toMatch(/[\n<>`]|\*\*|\]\(|(^|\s)#{1,6}\s/);
    expect([...description].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT[lang]);
  });

  it.each(['zh', 'en'] as const)('marks the %s issue page as an article with its own card', async (lang) => {
    const $ = cheerio.load(await readFile(join(dist, lang, 'issues/2023-01-30/index.html'), 'utf8'));
    expect(meta($, 'og:type')).toBe('article');
    expect(meta($, 'article:published_time')).toBe('2023-01-30');
    expect(meta($, 'og:url')).toBe(`${SITE}/${lang}/issues/2023-01-30/`);
    expect(meta($, 'og:image')).toBe(`${SITE}/${lang}/issues/2023-01-30/card.png`);
    expect(meta($, 'og:image:alt')).toContain($('h1').first().text().trim());
    expect(meta($, 'og:image:alt')).toContain(lang === 'zh' ? '第 1 期' : 'Issue 1');
  });

  it('gives other pages the default card of their language and the website type', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const $ = cheerio.load(await readFile(join(dist, lang, 'about/index.html'), 'utf8'));
      expect(meta($, 'og:type')).toBe('website');
      expect(meta($, 'og:image')).toBe(`${SITE}/${lang}/card.png`);
      expect(meta($, 'article:published_time')).toBeUndefined();
    }
  });

  it('cleans a release body into the description of its page', async () => {
    const $ = cheerio.load(await readFile(join(dist, 'en/changes/moby/moby/releases/v23.0.0-rc.3/index.html'), 'utf8'));
    const description = meta($, 'description')!;
    expect(description).toMatch(/^Changes \[23\.0 backport\]/);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('share cards', () => {
  it('decodes every card as a 1200×630 PNG, one per issue page and language and a default per language', async () => {
    const cards = await filesUnder(dist, 'card.png');
    expect(cards.sort()).toEqual(['en/card.png', 'en/issues/2023-01-30/card.png', 'zh/card.png', 'zh/issues/2023-01-30/card.png']);
    const decoded = await Promise.all(cards.map(async (path) => PNG.sync.read(await readFile(join(dist, path)))));
    for (const png of decoded) expect([png.width, png.height]).toEqual([1200, 630]);
    // The two languages' issue cards differ: each draws its own title.
    const [en, zh] = await Promise.all(['en', 'zh'].map((lang) => readFile(join(dist, lang, 'issues/2023-01-30/card.png'))));
    expect(en!.equals(zh!)).toBe(false);
  });

  it('starts drawing, before bundling, the very cards the issue pages show', async () => {
    // The build's start reads the issue files and queues their cards; the card route keys its
    // cards from the collection. Were the two keys to differ, every card would be drawn twice.
    const early = issueFileCards(issueFiles(await loadIssueFolders('content/issues')), new URL(SITE));
    expect(early.map((facts) => facts.lang).sort()).toEqual(['en', 'zh']);
    for (const facts of early) {
      const cached = await readFile(join(CARD_CACHE_DIR, `${cardKey(facts)}.png`));
      expect(cached.equals(await readFile(join(dist, facts.lang, 'issues/2023-01-30/card.png'))), facts.lang).toBe(true);
    }
  });
});
