import { join } from 'node:path';
import { ContentError, type ContentProblem } from '#lib/content/content-error.ts';
import { issueFiles, loadIssueFolders, type IssueFile } from '#lib/content/load-issue-files.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import type { Coverage } from './select-items.ts';

export interface Ledger {
  /** Every issue file, in folder then language order. */
  files: IssueFile[];
  /** Which issue covers each ref, from every issue but `except`. */
  covered: Map<string, Coverage>;
}

/**
 * Reads the issues, which together are the ledger of what has been covered. The issue
 * at `except` (the one being drafted) is not part of it: it may be redrafted, or be
 * half-written. Any other broken issue stops the run: the ledger would be wrong.
 */
export async function readLedger(contentDir: string, except: string | null): Promise<Ledger> {
  const files = issueFiles(await loadIssueFolders(join(contentDir, 'issues')));
  const others = files.filter((file) => file.slug !== except);
  const broken = others.flatMap((file) => file.problems);
  if (broken.length > 0) throw new ContentError(broken);
  const covered = new Map<string, Coverage>();
  for (const file of others) {
    for (const ref of file.frontmatter!.items) covered.set(ref, { number: file.frontmatter!.number, date: file.frontmatter!.date });
  }
  return { files, covered };
}

/** Every upstream record under `<contentDir>/upstream`; a broken one stops the run. */
export async function readRecords(contentDir: string): Promise<Map<string, UpstreamRecord>> {
  const { records, problems } = await loadRecords(join(contentDir, 'upstream'));
  if (problems.length > 0) throw new ContentError(problems as ContentProblem[]);
  return records;
}
