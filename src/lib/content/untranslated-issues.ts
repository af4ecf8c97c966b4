import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';

/**
 * Site paths of the fallback pages a production build writes for issues missing a
 * language: the other language's issue with a notice. A draft counts as missing, as
 * the build leaves drafts out. The sitemap leaves these pages out (they are noindex).
 */
export function untranslatedIssuePaths(files: ReadonlyArray<{ slug: string; lang: Lang; draft: boolean }>): Set<string> {
  const published = new Map<string, Set<Lang>>();
  for (const file of files) {
    const langs = published.get(file.slug) ?? new Set<Lang>();
    if (!file.draft) langs.add(file.lang);
    published.set(file.slug, langs);
  }
  const paths = new Set<string>();
  for (const [slug, langs] of published) {
    if (langs.size === 0) continue;
    for (const lang of LOCALES) if (!langs.has(lang)) paths.add(urls.issue(lang, slug));
  }
  return paths;
}
