import type { UpstreamRelease } from '#lib/schemas/upstream-release.ts';
import { findReferences } from './find-references.ts';
import { releaseRef } from './refs.ts';
import type { GitHubRelease } from './github-types.ts';

/** Turns a GitHub release of `repo` (`owner/name`) into an upstream record. */
/** When a release counts as published: GitHub's published time, or its creation for one never published. */
export const releasePublishedAt = (release: Pick<GitHubRelease, 'published_at' | 'created_at'>) => release.published_at ?? release.created_at;

export function normalizeRelease(repo: string, release: GitHubRelease): UpstreamRelease {
  const ref = releaseRef(repo, release.tag_name);
  const body = (release.body ?? '').replace(/\r\n/g, '\n');
  const notes = body.trim();
  return {
    schema: 1,
    type: 'release',
    ref,
    repo,
    tag: release.tag_name,
    title: (release.name ?? '').trim() || release.tag_name,
    author: release.author?.login ?? null,
    url: release.html_url,
    prerelease: release.prerelease,
    publishedAt: releasePublishedAt(release),
    targetCommitish: release.target_commitish,
    releaseNote: notes === '' ? null : notes,
    references: findReferences(body, repo),
    body,
  };
}
