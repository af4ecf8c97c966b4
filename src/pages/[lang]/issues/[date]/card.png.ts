// The picture a shared link to the issue shows: drawn once, then read from the card cache.
import type { APIContext } from 'astro';
import { cardFactsOf, issueCardPaths, issueCardPng } from '#page-data/issue-cards.ts';
import type { Issue } from '#page-data/load-site.ts';

export const getStaticPaths = issueCardPaths;

export async function GET(context: APIContext) {
  const { issue } = context.props as { issue: Issue };
  const png = await issueCardPng(cardFactsOf(issue, context.site ?? new URL('http://localhost/')));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
