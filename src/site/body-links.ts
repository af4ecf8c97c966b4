import type { Lang } from '../lib/i18n/locales.ts';
import type { BodyLinks } from '../lib/markdown/render-upstream-body.ts';
import { urls } from '../lib/site/urls.ts';
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
