import type { GitHubClient } from '../github/create-client.ts';
import type { GitHubPull, GitHubPullFile } from '../upstream/github-types.ts';

/** A pull request and its changed files: two requests on a cold run (one per 100 files). */
export async function fetchPull(client: GitHubClient, repoFullName: string, number: number): Promise<{ pull: GitHubPull; files: GitHubPullFile[] }> {
  const [owner, repo] = repoFullName.split('/') as [string, string];
  const { data: pull } = await client.octokit.rest.pulls.get({ owner, repo, pull_number: number });
  const files = await client.octokit.paginate(client.octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 });
  return { pull: pull as GitHubPull, files: files as GitHubPullFile[] };
}
