// The subset of GitHub REST API objects the normaliser reads. Octokit's own types
// are wider; these keep the normaliser usable on recorded JSON as well.
export interface GitHubUser {
  login: string;
}

export interface GitHubPull {
  number: number;
  title: string;
  html_url: string;
  state: string;
  merged?: boolean | null;
  merged_at: string | null;
  created_at: string;
  user: GitHubUser | null;
  body: string | null;
  labels: Array<{ name?: string } | string>;
  milestone: { title: string } | null;
  base: { repo: { full_name: string } };
}

export interface GitHubPullFile {
  filename: string;
  status: string;
  additions?: number;
  deletions?: number;
}

export interface GitHubRelease {
  tag_name: string;
  name: string | null;
  html_url: string;
  prerelease: boolean;
  draft?: boolean;
  published_at: string | null;
  created_at: string;
  target_commitish: string;
  author: GitHubUser | null;
  body?: string | null;
}
