// What the header box and the search page share: Pagefind's API, loaded once and
// only when a reader starts to search, the UI words (read from data attributes the
// page wrote in its language), and one result rendered as a list item.
import { fillPlaceholders } from '#lib/i18n/fill-placeholders.ts';
import { formatDay } from '#lib/i18n/format-day.ts';
import { SEARCH_OPTIONS } from '#lib/site/search-options.ts';
import { PAGE_TYPES } from '#lib/site/page-types.ts';
import { resultLangs } from '#lib/site/result-lang.ts';
import type { SearchWords } from '#lib/i18n/search-labels.ts';

/** The slice of Pagefind's browser API (pagefind.js) this site uses. */
export interface Pagefind {
  options(options: typeof SEARCH_OPTIONS): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

export interface PagefindHit {
  data(): Promise<Result>;
}

export interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** Every hit of a search, best first; each one's data is fetched only when it is shown. */
export interface Found {
  hits: PagefindHit[];
}

let loaded: Promise<Pagefind> | undefined;
let attempts = 0;

/** Pagefind picks the index of the page's `<html lang>`, so each language searches its own. */
export function loadPagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    // A browser remembers a failed module fetch by its address, so a retry asks anew.
    const path = `/pagefind/pagefind.js${attempts++ > 0 ? `?retry=${attempts}` : ''}`;
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options(SEARCH_OPTIONS);
    return pagefind;
  })().catch((error: unknown) => {
    loaded = undefined; // the next search tries again
    throw error;
  });
  return loaded;
}

export async function search(query: string, filters: Record<string, string> = {}): Promise<Found> {
  const found = await (await loadPagefind()).search(query || null, { filters });
  return { hits: found?.results ?? [] };
}

/** The data of hits `from` to `to` (exclusive), in rank order. */
export function resultsOf(found: Found, from: number, to: number): Promise<Result[]> {
  return Promise.all(found.hits.slice(from, to).map((hit) => hit.data()));
}

/** The words a form carries as `data-no-results`, `data-count`, …, and `data-types` (`|`-separated). */
export function readLabels(form: HTMLElement): SearchWords {
  const words = (form.dataset.types ?? '').split('|');
  const { noResults = '', count = '', loading = '', failed = '', all = '', otherSearch = '', otherSearchText = '', otherLang = '' } = form.dataset;
  return { noResults, count, loading, failed, all, otherSearch, otherSearchText, otherLang, types: Object.fromEntries(PAGE_TYPES.map((type, index) => [type, words[index] ?? type])) };
}

/** The no-results line: nothing here, and the same query in the other language's index. */
export function renderNoResults(query: string, labels: SearchWords): Array<Node | string> {
  const link = Object.assign(document.createElement('a'), {
    href: `${labels.otherSearch}?q=${encodeURIComponent(query)}`,
    hreflang: labels.otherLang,
    textContent: fillPlaceholders(labels.otherSearchText, { query }),
  });
  return [fillPlaceholders(labels.noResults, { query }), ' ', link];
}

export function renderResult(result: Result, labels: SearchWords): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
  const meta = Object.assign(document.createElement('span'), { className: 'change-meta' });
  const type = result.meta.type ?? 'page';
  const date = result.meta.date ? formatDay(result.meta.date, document.documentElement.lang) : undefined;
  meta.textContent = [labels.types[type] ?? type, result.meta.project, date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  // An upstream record's words are English on a Chinese page too, for fonts and screen readers.
  const langs = resultLangs(result.meta.type, document.documentElement.lang, excerpt.textContent ?? '');
  if (langs.title) link.lang = langs.title;
  if (langs.excerpt) excerpt.lang = langs.excerpt;
  item.append(link, ' ', meta, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is HTML: indexed text (upstream bodies included) with `<mark>`
 * around the matches. It is parsed inertly and rebuilt from its text and its marks
 * only, so no markup in indexed text can ever become an element here.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].flatMap((node): Node[] => {
    if (node.nodeType === Node.COMMENT_NODE) return [];
    if (node instanceof HTMLElement && node.tagName === 'MARK') return [Object.assign(document.createElement('mark'), { textContent: node.textContent })];
    return [document.createTextNode(node.textContent ?? '')];
  });
}
