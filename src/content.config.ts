import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from '#lib/content/content-dir.ts';
import { LANG_FILES_GLOB } from '#lib/i18n/locales.ts';
import { demoFrontmatterSchema } from '#lib/schemas/demo-frontmatter.ts';
import { demoResultsSchema } from '#lib/schemas/demo-results.ts';
import { issueFrontmatterSchema } from '#lib/schemas/issue-frontmatter.ts';
import { pageFrontmatterSchema } from '#lib/schemas/page-frontmatter.ts';
import { upstreamRecordSchema } from '#lib/schemas/upstream-record.ts';
import { RECORD_FILES } from '#lib/upstream/refs.ts';

const root = contentDir();

export const collections = {
  // content/issues/<date>/<lang>.mdx; ids look like `2023-01-30/zh`.
  issues: defineCollection({
    loader: glob({ pattern: `*/${LANG_FILES_GLOB}`, base: `${root}/issues` }),
    schema: issueFrontmatterSchema,
  }),
  // content/upstream/<owner>/<repo>/{pulls,releases}/*.json; the id is the record's ref.
  upstream: defineCollection({
    loader: glob({ pattern: RECORD_FILES, base: `${root}/upstream`, generateId: ({ data }) => String(data.ref) }),
    schema: upstreamRecordSchema,
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
