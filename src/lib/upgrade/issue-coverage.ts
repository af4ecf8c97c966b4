import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import type { Coverage } from './build-upgrade.ts';

/** The published issues that list each ref, oldest first, read outside Astro (drafts cover nothing yet). */
export async function issueCoverage(issuesDir: string): Promise<Map<string, Coverage[]>> {
  const coverage = new Map<string, Coverage[]>();
  for (const file of issueFiles(await loadIssueFolders(issuesDir))) {
    const data = file.frontmatter;
    if (!data || data.draft) continue;
    for (const ref of data.items) {
      const known = coverage.get(ref) ?? [];
      if (!known.some((issue) => issue.date === data.date)) coverage.set(ref, [...known, { number: data.number, date: data.date }].sort((a, b) => a.date.localeCompare(b.date)));
    }
  }
  return coverage;
}
