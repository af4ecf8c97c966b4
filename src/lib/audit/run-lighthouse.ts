// Lighthouse (the npm package) against Debian's chromium, on pages served from a
// built site on 127.0.0.1. Desktop settings and no simulated throttling: the site
// is static and local, and what is measured is the pages, not a network.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
  path: string;
  scores: Record<Category, number>;
  /** Audits that scored 0, with the first element each names: what to fix. */
  failing: Array<{ id: string; title: string; example: string | null }>;
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runLighthouse(origin: string, paths: readonly string[], chromePath: string): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const audits: PageAudit[] = [];
    for (const path of paths) {
      const result = await lighthouse(
        new URL(path, origin).href,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        {
          extends: 'lighthouse:default',
          settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'provided' },
        },
      );
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
    await chrome.kill();
  }
}
