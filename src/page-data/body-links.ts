import { DEFAULT_LANG, type Lang } from '#lib/i18n/locales.ts';
import { renderUpstreamBody, type BodyLinks } from '#lib/markdown/render-upstream-body.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { urls } from '#lib/site/urls.ts';
import { loadSite } from './load-site.ts';

const cache = new Map<Lang, BodyLinks>();

/** How upstream bodies link references on `lang` pages: one object per language, so its processors are reused. */
export async function bodyLinksFor(lang: Lang): Promise<BodyLinks> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const { records } = await loadSite();
  const links: BodyLinks = { changePage: (ref) => (records.has(ref) ? urls.change(lang, ref) : null) };
  cache.set(lang, links);
  return links;
}

// A body's HTML differs between the languages only in its links to change pages, which
// the renderer writes as `/<default>/changes/…` and another language's page gets with its own
// prefix: each body is rendered once a build, in the default language, and that copy kept for the others.
const bodies = new Map<string, string>();
const CHANGE_LINK = `href="${urls.changes(DEFAULT_LANG)}`;

/** An upstream record's body as sanitized HTML for its change page in `lang`. */
export async function upstreamBodyHtml(record: UpstreamRecord, lang: Lang): Promise<string> {
  let html = bodies.get(record.ref);
  if (html === undefined) {
    html = renderUpstreamBody(record.body, record.repo, await bodyLinksFor(DEFAULT_LANG));
    // Under `astro dev` each request renders anew, so a regathered record shows on reload.
    if (import.meta.env.ASTRO_BUILD) bodies.set(record.ref, html);
  }
  return lang === DEFAULT_LANG ? html : html.replaceAll(CHANGE_LINK, `href="${urls.changes(lang)}`);
}
