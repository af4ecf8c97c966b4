import type { GitHubClient } from '#lib/github/create-client.ts';
import { splitRepo } from '#lib/schemas/item-ref.ts';
import type { GitHubPull, GitHubPullFile } from '#lib/upstream/github-types.ts';

/** A pull request and its changed files: two requests on a cold run (one per 100 files). */
export async function fetchPull(client: GitHubClient, repoFullName: string, number: number): Promise<{ pull: GitHubPull; files: GitHubPullFile[] }> {
  const target = { ...splitRepo(repoFullName), pull_number: number };
  const { data: pull } = await client.octokit.rest.pulls.get(target);
  const files = await client.octokit.paginate(client.octokit.rest.pulls.listFiles, { ...target, per_page: 100 });
  return { pull: pull as GitHubPull, files: files as GitHubPullFile[] };
}
