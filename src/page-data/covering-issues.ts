// The issues that covered a change, as links: the change page and the upgrade list show
// the same ones, pointing at the section an issue wrote about the change where it has one.
import { itemSections } from '#lib/content/item-sections.ts';
import { HTML_LANG, type Lang } from '#lib/i18n/locales.ts';
import { useTranslations } from '#lib/i18n/translate.ts';
import { urls } from '#lib/site/urls.ts';
import type { SiteData } from './load-site.ts';

export interface CoveringIssue {
  /** The issue page in `lang`, with the section's anchor when there is one. */
  href: string;
  /** `Issue 12` / `第 12 期`. */
  number: string;
  /** The section's heading, else the issue's title. */
  text: string;
  /** Whether `text` is the section written about this change (not just the issue's title). */
  inSection: boolean;
  /** The text's language when it is not the page's (an untranslated issue's fallback page). */
  lang: string | undefined;
}

/** Every issue that covered `ref`, as a page in `lang` links to it. */
export function coveringIssues(site: SiteData, lang: Lang, ref: string): CoveringIssue[] {
  const t = useTranslations(lang);
  // Every covering issue has a page in this language, an untranslated one as a fallback page.
  return (site.knowledge.coveredBy.get(ref) ?? [])
    .map((slug) => site.issuePage(lang, slug))
    .filter((issue) => issue !== undefined)
    .map((issue) => {
      const section = itemSections(issue.body).get(ref);
      return {
        href: `${urls.issue(lang, issue.slug)}${section ? `#${section.id}` : ''}`,
        number: t('issue.number', { number: issue.entry.data.number }),
        text: section?.text ?? issue.entry.data.title,
        inSection: section !== undefined,
        lang: issue.lang === lang ? undefined : HTML_LANG[issue.lang],
      };
    });
}
