import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { parseFrontmatter } from '#lib/content/frontmatter.ts';
import { checkYamlAgainst } from '#lib/content/schema-problems.ts';
import { isLang, LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { checkBody, type BodyContext } from './check-body.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import { displayPath } from '#lib/fs/display-path.ts';

/**
 * Checks folders of notes, one folder per page with a file per language (standing
 * pages, demo notes): both languages present, frontmatter against `schema`, and the body.
 */
export async function checkNoteFolders(
  pagesDir: string,
  schema: z.ZodType,
  pagePath: (lang: Lang, slug: string) => string,
  context: Omit<BodyContext, 'pagePath'>,
): Promise<{ count: number; problems: ContentProblem[] }> {
  const slugs = await ifThere(readdir(pagesDir, { withFileTypes: true }), []);
  const problems: ContentProblem[] = [];
  let count = 0;
  for (const slug of slugs.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const present = (await readdir(join(pagesDir, slug))).map((name) => name.replace(/\.mdx$/, '')).filter(isLang);
    for (const lang of LOCALES) {
      const file = displayPath(join(pagesDir, slug, `${lang}.mdx`));
      if (!present.includes(lang)) {
        problems.push({ file, message: 'missing: every page needs both languages' });
        continue;
      }
      count++;
      const text = await readFile(file, 'utf8');
      const parsed = parseFrontmatter(text);
      if (!parsed) {
        problems.push({ file, line: 1, message: 'missing `---` frontmatter at the top of the file' });
        continue;
      }
      problems.push(...checkYamlAgainst(file, parsed, schema).problems);
      const body = text.split('\n').slice(parsed.bodyLine - 1).join('\n');
      problems.push(...checkBody(file, body, parsed.bodyLine, { ...context, pagePath: pagePath(lang, slug) }));
    }
  }
  return { count, problems };
}
