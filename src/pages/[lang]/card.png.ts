// The share picture of every page that has none of its own, one per language.
import type { APIContext } from 'astro';
import { localeStaticPaths, type Lang } from '#lib/i18n/locales.ts';
import { cachedCard } from '#lib/share-card/card-cache.ts';
import { defaultCardFacts } from '#lib/share-card/card-facts.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const { png } = await cachedCard(defaultCardFacts(context.params.lang as Lang, context.site ?? new URL('http://localhost/')));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
