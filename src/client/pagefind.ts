// What the header box and the search page share: Pagefind's API, loaded once and
// only when a reader starts to search, the UI words (read from data attributes the
// page wrote in its language), and one result rendered as a list item.
import { PAGE_TYPES } from '../lib/site/page-types.ts';

/** The slice of Pagefind's browser API (pagefind.js) this site uses. */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

interface PagefindHit {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

export interface Found {
  total: number;
  results: Array<Awaited<ReturnType<PagefindHit['data']>>>;
}

let loaded: Promise<Pagefind> | undefined;
let attempts = 0;

/** Pagefind picks the index of the page's `<html lang>`, so each language searches its own. */
export function loadPagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    // A browser remembers a failed module fetch by its address, so a retry asks anew.
    const path = `/pagefind/pagefind.js${attempts++ > 0 ? `?retry=${attempts}` : ''}`;
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  })().catch((error: unknown) => {
    loaded = undefined; // the next search tries again
    throw error;
  });
  return loaded;
}

export async function search(query: string, filters: Record<string, string> = {}, limit = 10): Promise<Found> {
  const found = await (await loadPagefind()).search(query || null, { filters });
  const hits = found?.results ?? [];
  return { total: hits.length, results: await Promise.all(hits.slice(0, limit).map((hit) => hit.data())) };
}

export interface Labels {
  noResults: string;
  count: string;
  loading: string;
  failed: string;
  all: string;
  types: Record<string, string>;
}

/** The words a form carries as `data-no-results`, `data-count`, `data-loading`, `data-failed`, `data-all` and `data-types` (`|`-separated). */
export function readLabels(form: HTMLElement): Labels {
  const words = (form.dataset.types ?? '').split('|');
  const { noResults = '', count = '', loading = '', failed = '', all = '' } = form.dataset;
  return { noResults, count, loading, failed, all, types: Object.fromEntries(PAGE_TYPES.map((type, index) => [type, words[index] ?? type])) };
}


export function renderResult(result: Found['results'][number], labels: Labels): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
  const meta = Object.assign(document.createElement('span'), { className: 'change-meta' });
  const type = result.meta.type ?? 'page';
  meta.textContent = [labels.types[type] ?? type, result.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
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
