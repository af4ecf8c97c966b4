import type { GitHubClient } from '#lib/github/create-client.ts';
import type { WatchedRepo } from '#lib/schemas/watchlist.ts';

/** The search query that finds a repository's merged pull requests in a window, with its label rule. */
export function mergedPullsQuery(repo: string, since: string, until: string, anyLabel: readonly string[]): string {
  const parts = [`repo:${repo}`, 'is:pr', 'is:merged', `merged:${since}..${until}`];
  // In GitHub search, comma-separated label values mean "any of".
  if (anyLabel.length > 0) parts.push(`label:${anyLabel.map((label) => JSON.stringify(label)).join(',')}`);
  return parts.join(' ');
}

/** Numbers of the merged pull requests a watchlist entry selects in the window, ascending. */
export async function findPullRequests(client: GitHubClient, watched: WatchedRepo, since: string, until: string): Promise<number[]> {
  if (!watched.pulls) return [];
  const q = mergedPullsQuery(watched.repo, since, until, watched.pulls.anyLabel);
  const items = await client.octokit.paginate(client.octokit.rest.search.issuesAndPullRequests, { q, per_page: 100, advanced_search: 'true' });
  return [...new Set((items as Array<{ number: number }>).map((item) => item.number))].sort((a, b) => a - b);
}
