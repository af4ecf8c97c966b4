import type { GitHubClient } from '#lib/github/create-client.ts';
import { splitRepo } from '#lib/schemas/item-ref.ts';
import type { GitHubRelease } from '#lib/upstream/github-types.ts';
import type { WatchedRepo } from '#lib/schemas/watchlist.ts';
import { dayOf } from '#lib/days.ts';
import { releasePublishedAt } from '#lib/upstream/normalize-release.ts';

/** The day (YYYY-MM-DD, UTC) a release was published. */
const publishedDay = (release: GitHubRelease) => dayOf(releasePublishedAt(release));

/**
 * Releases a watchlist entry selects in the window. GitHub lists releases by
 * `created_at` (the tagged commit's date), newest first, so paging stops once a
 * whole page was created before `since`: nothing later can be published in the window.
 */
export async function findReleases(client: GitHubClient, watched: WatchedRepo, since: string, until: string): Promise<GitHubRelease[]> {
  if (!watched.releases) return [];
  const found: GitHubRelease[] = [];
  await client.octokit.paginate(client.octokit.rest.repos.listReleases, { ...splitRepo(watched.repo), per_page: 100 }, (response, done) => {
    const page = response.data as GitHubRelease[];
    for (const release of page) {
      const day = publishedDay(release);
      if (release.draft || day < since || day > until) continue;
      if (release.prerelease && !watched.releases!.prereleases) continue;
      found.push(release);
    }
    if (page.length > 0 && page.every((release) => release.draft || release.created_at.slice(0, 10) < since)) done();
    return [];
  });
  return found.sort((a, b) => a.tag_name.localeCompare(b.tag_name));
}

/** One release by tag. */
export async function fetchRelease(client: GitHubClient, repoFullName: string, tag: string): Promise<GitHubRelease> {
  const { data } = await client.octokit.rest.repos.getReleaseByTag({ ...splitRepo(repoFullName), tag });
  return data as GitHubRelease;
}
