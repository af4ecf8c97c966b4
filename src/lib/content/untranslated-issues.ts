import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { urls } from '../site/urls.ts';

/**
 * Site paths of the fallback pages the build writes for issues missing a language
 * (the other language's issue with a notice), read from the folders on disk so the
 * sitemap can leave them out before the build runs.
 */
export function untranslatedIssuePaths(issuesDir: string): Set<string> {
  const paths = new Set<string>();
  let folders: string[];
  try {
    folders = readdirSync(issuesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return paths;
  }
  for (const slug of folders) {
    const files = new Set(readdirSync(join(issuesDir, slug)));
    const present = LOCALES.filter((lang) => files.has(`${lang}.mdx`));
    if (present.length === 0) continue;
    for (const lang of LOCALES) if (!present.includes(lang)) paths.add(urls.issue(lang, slug));
  }
  return paths;
}
