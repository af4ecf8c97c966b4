import type { UpstreamPull } from '#lib/schemas/upstream-pull.ts';
import { extractReleaseNote } from './extract-release-note.ts';
import { findReferences } from './find-references.ts';
import { pullRef } from './refs.ts';
import type { GitHubPull, GitHubPullFile } from './github-types.ts';

/**
 * Turns a GitHub pull request and its file list into an upstream record.
 * Line counts the source left at zero for every file are recorded as unknown.
 */
export function normalizePull(pull: GitHubPull, files: readonly GitHubPullFile[]): UpstreamPull {
  const repo = pull.base.repo.full_name;
  const ref = pullRef(repo, pull.number);
  const body = (pull.body ?? '').replace(/\r\n/g, '\n');
  const countsKnown = files.some((file) => (file.additions ?? 0) + (file.deletions ?? 0) > 0);
  const merged = pull.merged === true || pull.merged_at !== null;
  return {
    schema: 1,
    type: 'pull',
    ref,
    repo,
    number: pull.number,
    title: pull.title.trim(),
    author: pull.user?.login ?? null,
    url: pull.html_url,
    state: merged ? 'merged' : pull.state === 'open' ? 'open' : 'closed',
    createdAt: pull.created_at,
    mergedAt: merged ? pull.merged_at : null,
    labels: pull.labels.map((label) => (typeof label === 'string' ? label : label.name ?? '')).filter(Boolean).sort(),
    milestone: pull.milestone?.title ?? null,
    releaseNote: extractReleaseNote(body),
    references: findReferences(body, repo, ref),
    files: files.map((file) => ({
      path: file.filename,
      status: file.status,
      additions: countsKnown ? file.additions ?? 0 : null,
      deletions: countsKnown ? file.deletions ?? 0 : null,
    })),
    body,
  };
}
