import { LRUCache } from 'lru-cache';
import { DEFAULT_LANG, type Lang } from '#lib/i18n/locales.ts';
import { renderUpstreamBody, type BodyLinks } from '#lib/markdown/render-upstream-body.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { urls } from '#lib/site/urls.ts';
import { loadSite } from './load-site.ts';

// By the records they were made from: under `astro dev` a regathered record brings new ones.
const cache = new WeakMap<ReadonlyMap<string, UpstreamRecord>, Map<Lang, BodyLinks>>();

/** How upstream bodies link references on `lang` pages: one object per language, so its processors are reused. */
async function bodyLinksFor(lang: Lang): Promise<BodyLinks> {
  const { records } = await loadSite();
  let byLang = cache.get(records);
  if (!byLang) cache.set(records, (byLang = new Map()));
  let links = byLang.get(lang);
  if (!links) byLang.set(lang, (links = { changePage: (ref) => (records.has(ref) ? urls.change(lang, ref) : null) }));
  return links;
}

// A body's HTML differs between the languages only in its links to change pages, which
// the renderer writes as `/<default>/changes/…` and another language's page gets with its own
// prefix: each text is rendered once, in the default language, and that copy kept for the others
// (a change page's body, and a release's notes on the upgrade and version pages of both languages).
// Kept by text, so notes identical to a body share its copy; least recently used copies go once
// the cache holds BODY_CACHE_CHARS characters, and a page that needs one again renders it anew.
const BODY_CACHE_CHARS = 32 * 1024 * 1024;
const bodies = new LRUCache<string, string>({ maxSize: BODY_CACHE_CHARS, sizeCalculation: (html, key) => html.length + key.length });
const CHANGE_LINK = `href="${urls.changes(DEFAULT_LANG)}`;

/** Upstream Markdown of `repo` (a body, release notes) as sanitized HTML for a page in `lang`. */
export async function upstreamHtml(markdown: string, repo: string, lang: Lang): Promise<string> {
  const key = `${repo}\n${markdown}`;
  let html = bodies.get(key);
  if (html === undefined) {
    html = renderUpstreamBody(markdown, repo, await bodyLinksFor(DEFAULT_LANG));
    // Under `astro dev` each request renders anew, so a regathered record shows on reload.
    if (import.meta.env.ASTRO_BUILD) bodies.set(key, html);
  }
  return lang === DEFAULT_LANG ? html : html.replaceAll(CHANGE_LINK, `href="${urls.changes(lang)}`);
}

/** An upstream record's body as sanitized HTML for its change page in `lang`. */
export function upstreamBodyHtml(record: UpstreamRecord, lang: Lang): Promise<string> {
  return upstreamHtml(record.body, record.repo, lang);
}
