import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_OPTIONS } from '#lib/site/search-options.ts';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: Record<string, string> }> }> }>;
  destroy(): Promise<void>;
}

/**
 * Runs the site's own `pagefind.js` (the code browsers load) in Node against a
 * served build, as a page whose `<html lang>` is `htmlLang`, with the options the
 * site's search scripts give it, and returns result URLs, best first.
 */
export async function pagefindSearch(distDir: string, origin: string, htmlLang: string, term: string): Promise<string[]> {
  const fakeDocument = { currentScript: null, querySelector: () => ({ getAttribute: () => htmlLang }) };
  const previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = fakeDocument;
  try {
    // A fresh module instance per call, so each search picks its language anew.
    const href = `${pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href}?lang=${htmlLang}&t=${encodeURIComponent(term)}`;
    const pagefind = (await import(href)) as PagefindModule;
    await pagefind.options({ ...SEARCH_OPTIONS, basePath: `${origin}/pagefind/`, baseUrl: '/' });
    const { results } = await pagefind.search(term);
    const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
    await pagefind.destroy();
    return urls;
  } finally {
    (globalThis as { document?: unknown }).document = previous;
  }
}
