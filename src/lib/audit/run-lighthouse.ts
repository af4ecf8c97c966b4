// Lighthouse (the npm package) against Debian's chromium, on pages served from a
// built site on 127.0.0.1. Desktop settings and no simulated throttling: the site
// is static and local, and what is measured is the pages, not a network.
import lighthouse from 'lighthouse';
import { launchChromium } from './launch-chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
  path: string;
  scores: Record<Category, number>;
  /** Audits that scored 0, with the first element each names: what to fix. */
  failing: Array<{ id: string; title: string; example: string | null }>;
}

export interface LighthouseOptions {
  /** Aborted: the browser is killed at once and the run rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called as each page's audit starts (1-based), once the browser is up. */
  onPage?: (done: number, total: number, path: string) => void;
}

export async function runLighthouse(origin: string, paths: readonly string[], chromePath: string, options: LighthouseOptions = {}): Promise<PageAudit[]> {
  const { signal, onPage } = options;
  const chrome = await launchChromium(chromePath, signal);
  // Lighthouse takes no AbortSignal: an aborted run stops waiting for it (the browser it drives is gone).
  const stopped = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  stopped.catch(() => {});
  try {
    const audits: PageAudit[] = [];
    for (const [index, path] of paths.entries()) {
      signal?.throwIfAborted();
      onPage?.(index + 1, paths.length, path);
      const running = lighthouse(
        new URL(path, origin).href,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        {
          extends: 'lighthouse:default',
          settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'provided' },
        },
      );
      // Once stopped, its own failure (the browser went away) has nobody left to tell.
      running.catch(() => {});
      const result = await Promise.race([running, stopped]);
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits: found } = result.lhr;
      audits.push({
        path,
        scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)])) as Record<Category, number>,
        failing: Object.entries(found)
          .filter(([, audit]) => audit.score === 0 && audit.scoreDisplayMode === 'binary')
          .map(([id, audit]) => ({ id, title: audit.title, example: ((audit.details as { items?: Array<{ node?: { snippet?: string } }> })?.items?.[0]?.node?.snippet) ?? null })),
      });
    }
    return audits;
  } finally {
    chrome.close();
  }
}
