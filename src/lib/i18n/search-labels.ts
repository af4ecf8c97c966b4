import { HTML_LANG, otherLang, type Lang } from './locales.ts';
import { PAGE_TYPES } from '#lib/site/page-types.ts';
import { urls } from '#lib/site/urls.ts';
import type { useTranslations } from './translate.ts';

/**
 * The words the search scripts show, as data attributes for a search form: plain
 * attributes rather than one JSON blob, whose quotes would each cost six bytes as `&quot;`.
 */
export function searchLabels(t: ReturnType<typeof useTranslations>, lang: Lang): Record<`data-${string}`, string> {
  const types = PAGE_TYPES.map((type) => t(`search.type.${type}`));
  const other = otherLang(lang);
  return {
    'data-no-results': t('search.noResults'),
    'data-count': t('search.count'),
    'data-loading': t('search.loading'),
    'data-failed': t('search.failed'),
    'data-all': t('search.all'),
    'data-types': types.join('|'),
    'data-other-search': urls.search(other),
    'data-other-search-text': t('search.otherSearch'),
    'data-other-lang': HTML_LANG[other],
  };
}
