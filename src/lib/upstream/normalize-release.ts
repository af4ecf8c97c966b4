import type { UpstreamRelease } from '#lib/schemas/upstream-release.ts';
import { findReferences } from './find-references.ts';
import { releaseRef } from './refs.ts';
import type { GitHubRelease } from './github-types.ts';

/** Turns a GitHub release of `repo` (`owner/name`) into an upstream record. */
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
    publishedAt: release.published_at ?? release.created_at,
    targetCommitish: release.target_commitish,
    releaseNote: notes === '' ? null : notes,
    references: findReferences(body, repo),
    body,
  };
}
