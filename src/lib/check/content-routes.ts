// The addresses the site serves for the content on disk, that `npm run check` resolves
// links against. Projects, topics and years come from siteIndexes, the function the
// pages' loader uses, fed with the issues that get pages: published ones for the site,
// and with the drafts for what a draft may link to (drafts get pages in dev).
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { issueFacts, siteIndexes } from '#lib/knowledge/site-indexes.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { siteRoutes, type RouteSources } from '#lib/site/site-routes.ts';
import { versionPages } from '#lib/upgrade/version-pages.ts';

export interface ContentRoutes {
  published: Set<string>;
  withDrafts: Set<string>;
}

export function contentRoutes(input: {
  records: ReadonlyMap<string, UpstreamRecord>;
  /** Issue files; one whose frontmatter is invalid gets no page and names no topic. */
  files: readonly IssueFile[];
  publicFiles: RouteSources['publicFiles'];
  demos: RouteSources['demos'];
}): ContentRoutes {
  const { records, files } = input;
  const sources = {
    issues: files.map((file) => ({ slug: file.slug, lang: file.lang, draft: file.frontmatter?.draft ?? false })),
    publicFiles: input.publicFiles,
    demos: input.demos,
    records: [...records.keys()],
    versions: versionPages(records),
  };
  const indexes = (drafts: boolean) =>
    siteIndexes(records, issueFacts(files.flatMap((file) => (file.frontmatter && (drafts || !file.frontmatter.draft) ? [{ slug: file.slug, ...file.frontmatter }] : []))));
  const published = indexes(false);
  const withDrafts = files.some((file) => file.frontmatter?.draft) ? indexes(true) : published;
  return {
    published: siteRoutes({ ...sources, indexes: published }, { drafts: false }),
    withDrafts: siteRoutes({ ...sources, indexes: withDrafts }, { drafts: true }),
  };
}
