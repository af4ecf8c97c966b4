// The share card of every issue page: the card route's paths, and its picture, which the
// card pool starts drawing on another thread as soon as the paths are known.
import { LOCALES } from '#lib/i18n/locales.ts';
import { CARD_CACHE_DIR, cachedCard, cardKey } from '#lib/share-card/card-cache.ts';
import { issueCardFacts, type CardFacts } from '#lib/share-card/card-facts.ts';
import { drawMissing, sharedCardPool } from '#lib/share-card/card-pool.ts';
import { loadSite, type Issue } from './load-site.ts';

/** What the card of an issue page draws; `site` is the site's address. */
export function cardFactsOf(issue: Issue, site: URL): CardFacts {
  const { data } = issue.entry;
  return issueCardFacts({ lang: issue.lang, number: data.number, date: data.date, title: data.title, items: data.items }, site);
}

/**
 * `getStaticPaths` for the issue cards. Under `astro build`, the cards not in the card cache
 * go to the pool, and every path gets its card's key as its cache key: the incremental build
 * copies a card whose facts, design and renderer are unchanged instead of asking this route
 * again, from the first rebuild on (1,040 cards at ten years, about 3 s). Where Astro's cache
 * holds a card the card folder has lost, the pool draws that card once for no page: the
 * folder then has it again.
 */
export async function issueCardPaths() {
  const { issuePages } = await loadSite();
  const paths = LOCALES.flatMap((lang) => issuePages[lang].map((issue) => ({ params: { lang, date: issue.slug }, props: { issue } })));
  if (!import.meta.env.ASTRO_BUILD) return paths;
  const site = new URL(import.meta.env.SITE ?? 'http://localhost/');
  const cards = paths.map((path) => ({ path, facts: cardFactsOf(path.props.issue, site) }));
  drawMissing(cards.map(({ facts }) => facts), CARD_CACHE_DIR);
  return cards.map(({ path, facts }) => ({ ...path, cacheKey: cardKey(facts) }));
}

/** The PNG of a card: from the cache, once the pool has put it there, or drawn here. */
export async function issueCardPng(facts: CardFacts): Promise<Buffer> {
  await sharedCardPool(CARD_CACHE_DIR).ready(facts)?.catch(() => {});
  return (await cachedCard(facts)).png;
}
