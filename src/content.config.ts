import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from '#lib/content/content-dir.ts';
import { LANG_FILES_GLOB } from '#lib/i18n/locales.ts';
import { demoFrontmatterSchema } from '#lib/schemas/demo-frontmatter.ts';
import { demoResultsSchema } from '#lib/schemas/demo-results.ts';
import { issueFrontmatterSchema } from '#lib/schemas/issue-frontmatter.ts';
import { pageFrontmatterSchema } from '#lib/schemas/page-frontmatter.ts';

const root = contentDir();

// The upstream records (content/upstream/) are not a collection: pages read them from disk
// with the same schema check as `npm run check` (src/page-data/load-site.ts). A collection's
// entries are bundled into the build as one module, which at 520 issues was 11.7 MB of JSON
// for the bundler to hold; without it the build used about 150 MB less and was 10 s faster.

export const collections = {
  // content/issues/<date>/<lang>.mdx; ids look like `2023-01-30/zh`.
  issues: defineCollection({
    // Their bodies are read from disk too (src/page-data/load-site.ts), not kept in the
    // collection: 1,040 bodies were 2.5 MB more in the bundled module at 520 issues.
    loader: glob({ pattern: `*/${LANG_FILES_GLOB}`, base: `${root}/issues`, retainBody: false }),
    schema: issueFrontmatterSchema,
  }),
  // content/pages/<slug>/<lang>.mdx: the about page and other standing pages.
  pages: defineCollection({
    loader: glob({ pattern: `*/${LANG_FILES_GLOB}`, base: `${root}/pages` }),
    schema: pageFrontmatterSchema,
  }),
  // content/demos/<name>/<lang>.mdx: the notes of each demo; ids look like `so-linger/en`.
  demos: defineCollection({
    loader: glob({ pattern: `*/${LANG_FILES_GLOB}`, base: `${root}/demos` }),
    schema: demoFrontmatterSchema,
  }),
  // content/demos/<name>/results.json: the latest recorded run; the id is the demo's name.
  demoResults: defineCollection({
    loader: glob({ pattern: '*/results.json', base: `${root}/demos`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: demoResultsSchema,
  }),
};
