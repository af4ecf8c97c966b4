import { describe, expect, it } from 'vitest';
import { inSitemap, sitemapAlternates, sitemapFacts } from '#lib/site/sitemap-entries.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';

const site = new URL('https://example.org/');
const { records } = await loadRecords('tests/fixtures/records/upstream');
const issues = [
  { slug: '2023-01-30', lang: 'zh', draft: false },
  { slug: '2023-01-30', lang: 'en', draft: false },
  { slug: '2023-02-06', lang: 'zh', draft: false },
  { slug: '2023-02-13', lang: 'zh', draft: true },
] as const;
const facts = sitemapFacts(issues, records.values(), new Set(['/en/issues/2023-02-06/']));

describe('sitemap entries', () => {
  it('dates issues, home pages and changes, and leaves drafts undated', () => {
    expect(facts.lastmod.get('/zh/issues/2023-01-30/')).toBe('2023-01-30');
    expect(facts.lastmod.get('/zh/')).toBe('2023-02-06');
    expect(facts.lastmod.get('/en/')).toBe('2023-01-30');
    expect(facts.lastmod.get('/')).toBe('2023-02-06');
    expect(facts.lastmod.get('/en/changes/kubernetes/kubernetes/114814/')).toBe('2023-01-18');
    expect(facts.lastmod.has('/zh/issues/2023-02-13/')).toBe(false);
  });

  it('gives each page its languages once, with x-default, and no fallback page as a translation', () => {
    const home = ['zh-CN https://example.org/zh/', 'en https://example.org/en/', 'x-default https://example.org/'];
    for (const path of ['/', '/zh/', '/en/']) expect(sitemapAlternates(path, facts, site).map((link) => `${link.lang} ${link.url}`)).toEqual(home);
    expect(sitemapAlternates('/en/about/', facts, site).map((link) => link.lang)).toEqual(['zh-CN', 'en', 'x-default']);
    expect(sitemapAlternates('/zh/issues/2023-02-06/', facts, site)).toEqual([]);
  });

  it('leaves out not-found, search and fallback pages', () => {
    for (const path of ['/404/', '/zh/404/', '/en/search/', '/en/issues/2023-02-06/']) expect(inSitemap(path, facts), path).toBe(false);
    for (const path of ['/', '/zh/issues/2023-02-06/', '/en/topics/node/']) expect(inSitemap(path, facts), path).toBe(true);
  });
});
