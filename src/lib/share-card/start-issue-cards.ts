// Starts drawing the issues' share cards as soon as `astro build` starts, from the issue
// files the config reads then, instead of when the card route's paths are asked for after
// bundling: Vite's bundling leaves about 0.6 of a core idle for 15 s at 520 issues, and the
// card worker used to take that core from the pages later. The card route shares the pool
// (sharedCardPool), so it waits for these cards and draws only those not started here.
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { CARD_CACHE_DIR } from './card-cache.ts';
import { issueCardFacts, type CardFacts } from './card-facts.ts';
import { drawMissing } from './card-pool.ts';

/** The card of each published issue file with valid frontmatter: what the card route draws for its pages. */
export function issueFileCards(files: readonly IssueFile[], site: URL): CardFacts[] {
  return files.flatMap(({ lang, frontmatter }) => (frontmatter && !frontmatter.draft ? [issueCardFacts({ lang, ...frontmatter }, site)] : []));
}

/** Queues the cards of `files` that the card cache lacks; returns how many. */
export function startIssueCards(files: readonly IssueFile[], site: URL, dir = CARD_CACHE_DIR): number {
  return drawMissing(issueFileCards(files, site), dir);
}
