import { HTML_LANG, otherLang, type Lang } from './locales.ts';
import { PAGE_TYPES } from '#lib/site/page-types.ts';
import { urls } from '#lib/site/urls.ts';
import type { useTranslations } from './translate.ts';

/** The words the search scripts show, in one language. */
export interface SearchWords {
  noResults: string;
  count: string;
  loading: string;
  failed: string;
  all: string;
  /** The other language's search page, and the words of a link to it (`{query}` filled in). */
  otherSearch: string;
  otherSearchText: string;
  otherLang: string;
  /** Each page type's name, by type (`pull`, `release`, …). */
  types: Record<string, string>;
}

export function searchWords(t: ReturnType<typeof useTranslations>, lang: Lang): SearchWords {
  const other = otherLang(lang);
  return {
    noResults: t('search.noResults'),
    count: t('search.count'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    all: t('search.all'),
    otherSearch: urls.search(other),
    otherSearchText: t('search.otherSearch'),
    otherLang: HTML_LANG[other],
    types: Object.fromEntries(PAGE_TYPES.map((type) => [type, t(`search.type.${type}`)])),
  };
}

/**
 * The same words as data attributes, for the search page's form (the header's box gets
 * them inside its module instead: src/page-data/client-bundles.ts). Plain attributes
 * rather than one JSON blob, whose quotes would each cost six bytes as `&quot;`.
 */
export function searchLabels(t: ReturnType<typeof useTranslations>, lang: Lang): Record<`data-${string}`, string> {
  const words = searchWords(t, lang);
  return {
    'data-no-results': words.noResults,
    'data-count': words.count,
    'data-loading': words.loading,
    'data-failed': words.failed,
    'data-all': words.all,
    'data-types': PAGE_TYPES.map((type) => words.types[type]).join('|'),
    'data-other-search': words.otherSearch,
    'data-other-search-text': words.otherSearchText,
    'data-other-lang': words.otherLang,
  };
}
