// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroCacheDirFor, contentDir } from './src/lib/content/content-dir.ts';
import { langOfFile, pullRefsOnDisk } from './src/lib/markdown/record-refs-on-disk.ts';
import { remarkRecordLinks } from './src/lib/markdown/remark-record-links.ts';
import { SHIKI_THEMES } from './src/lib/markdown/site-themes.ts';
import { untranslatedIssuePaths } from './src/lib/content/untranslated-issues.ts';
import { inSitemap, sitemapAlternates, sitemapFacts as buildSitemapFacts } from './src/lib/site/sitemap-entries.ts';
import { loadRecords } from './src/lib/upstream/load-records.ts';
import { issueFiles, loadIssueFolders } from './src/lib/content/load-issue-files.ts';
import { urls } from './src/lib/site/urls.ts';
import { DEFAULT_LANG, LOCALES } from './src/lib/i18n/locales.ts';
import { buildCommand } from './src/integrations/build-command.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { draftVisibility } from './src/integrations/draft-visibility.ts';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache.ts';
import { shikiPaletteIntegration } from './src/integrations/palette-stylesheet.ts';
import { watchClientScripts } from './src/integrations/watch-client-scripts.ts';
import { watchRecords } from './src/integrations/watch-records.ts';

// The public address of the site, for canonical links, feeds and the sitemap.
// Deployments set SITE_URL; the default is a reserved placeholder domain.
const site = process.env.SITE_URL ?? 'https://upstream-weekly.example.org';

// CONTENT_DIR (tests, benchmark) builds from another folder, with a cache of its own.
const cacheDir = astroCacheDirFor(process.env.CONTENT_DIR);

// `owner/repo#123` in commentary links to that change's page when it has a record.
const pullRefs = pullRefsOnDisk(`${contentDir()}/upstream`);
/** @type {import('./src/lib/markdown/remark-record-links.ts').RecordLinkOptions} */
const recordLinks = {
  hasRecord: (ref) => pullRefs.has(ref),
  href: (ref, file) => urls.change(langOfFile(file.path), ref),
};

// What the sitemap needs beyond each address: fallback pages of untranslated issues
// (left out), and the dates pages last changed. Read when a build starts, not whenever
// Astro loads this file: only the sitemap, at a build's end, needs them. The share cards
// of the issues read there start drawing at once, beside the bundling.
/** @type {import('./src/lib/site/sitemap-entries.ts').SitemapFacts} */
let sitemapFacts = { untranslated: new Set(), lastmod: new Map() };
/** @type {import('astro').AstroIntegration} */
const buildStart = {
  name: 'upstream-weekly:build-start',
  hooks: {
    'astro:build:start': async ({ logger }) => {
      const files = issueFiles(await loadIssueFolders(`${contentDir()}/issues`));
      // Loaded here, not with the config: every astro command reads the config, only a build draws cards.
      const { startIssueCards } = await import('./src/lib/share-card/start-issue-cards.ts');
      const drawing = startIssueCards(files, new URL(site));
      if (drawing > 0) logger.info(`drawing ${drawing} share cards beside the build`);
      const issues = files.map((file) => ({ slug: file.slug, lang: file.lang, draft: file.frontmatter?.draft ?? false }));
      const { records } = await loadRecords(`${contentDir()}/upstream`);
      sitemapFacts = buildSitemapFacts(issues, records.values(), untranslatedIssuePaths(issues));
    },
  },
};

export default defineConfig({
  site,
  cacheDir,
  // A rebuild copies the pages whose code and data (their getStaticPaths cacheKey, made in
  // src/page-data/page-keys.ts) are unchanged from the last build, kept in cacheDir.
  experimental: { incrementalBuild: true },
  trailingSlash: 'ignore',
  // Pages render eight at a time instead of one after another: while one page waits (for its
  // file to be written, or for its share card from the card worker), the next renders. At 520
  // issues, cards cached, the pages took 42 s one at a time, 34 s four at a time, 30 s eight at
  // a time, with the same files; the whole bench build (cards drawn) 97.2 → 86.8 s, same peak.
  build: { concurrency: 8 },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with its own "use astro:head-inject" directive, read before
        // bundling; the bundler then warns, with a code frame, that it may not keep it: 10 warnings
        // for the committed issues, 1,048 (24,000 lines) at ten years, burying any real one.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // remark/rehype pipeline, so the project's own plugins can join it. SmartyPants is
    // off: upstream titles, flags and commands must show exactly as written (`--force`, "quotes").
    processor: unified({
      smartypants: false,
      remarkPlugins: [[remarkRecordLinks, recordLinks]],
      // Ids as GitHub makes them, then a `#` link after each heading for copying a section's
      // address. Screen readers and Tab skip it: the table of contents links the sections.
      // No class: an issue page's weight budget is tight, and `h2 > a[aria-hidden]` finds it.
      rehypePlugins: [
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: 'append', properties: { ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } }],
      ],
    }),
    shikiConfig: {
      themes: SHIKI_THEMES,
      wrap: false,
    },
  },
  integrations: [
    // A plain `astro build`: what check refuses, the build refuses before anything renders, in
    // check's words (`npm run build` runs the check beside Astro instead and switches this off).
    contentCheck(contentDir()),
    draftVisibility(),
    watchRecords(`${contentDir()}/upstream`),
    watchClientScripts(),
    buildCommand(),
    // Before mdx(), which copies the Markdown config, transformers included.
    shikiPaletteIntegration(),
    // Static parts of an issue (prose, highlighted code) compile to HTML strings instead of
    // one JSX call per element: the bundler then holds far smaller modules (at 520 issues the
    // build's peak fell from about 1.5-1.7 GiB to 1.35 GiB). The HTML is the same, bar how
    // quotes and the code blocks' style attribute are spelled.
    mdx({ optimize: true }),
    // A rebuild reuses the compiled module of every issue whose text, code and linked records are unchanged.
    mdxCompileCache({ hasRecord: recordLinks.hasRecord }),
    buildStart,
    // Each page once, with its translations (each language once, and x-default) and the
    // day it last changed where one is known; not-found, search and fallback pages left out.
    sitemap({
      filter: (page) => inSitemap(new URL(page).pathname, sitemapFacts),
      serialize: (item) => {
        const path = new URL(item.url).pathname;
        const day = sitemapFacts.lastmod.get(path);
        return { ...item, links: sitemapAlternates(path, sitemapFacts, new URL(site)), ...(day ? { lastmod: day } : {}) };
      },
    }),
  ],
});
