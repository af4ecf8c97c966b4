// The picture a shared link to the issue shows: drawn once, then read from the card cache.
import type { APIContext } from 'astro';
import { LOCALES } from '#lib/i18n/locales.ts';
import { cachedCard } from '#lib/share-card/card-cache.ts';
import { issueCardFacts } from '#lib/share-card/card-facts.ts';
import { loadSite, type Issue } from '#page-data/load-site.ts';

export async function getStaticPaths() {
  const { issuePages } = await loadSite();
  return LOCALES.flatMap((lang) => issuePages[lang].map((issue) => ({ params: { lang, date: issue.slug }, props: { issue } })));
}

export async function GET(context: APIContext) {
  const { issue } = context.props as { issue: Issue };
  const { data } = issue.entry;
  const facts = issueCardFacts({ lang: issue.lang, number: data.number, date: data.date, title: data.title, items: data.items }, context.site ?? new URL('http://localhost/'));
  const { png } = await cachedCard(facts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
