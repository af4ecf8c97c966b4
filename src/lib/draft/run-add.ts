// The steps of `npm run draft -- --add REF …`, in order: find the issue, check each
// ref, add the items to each language, and write both files as a pair (with backups).
import { join } from 'node:path';
import { formatProblem } from '#lib/content/content-error.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import type { DraftOptions } from './draft-options.ts';
import { DraftError } from './draft-error.ts';
import { addItems, type AddedTo } from './add-items.ts';
import { readLedger, readRecords } from './read-ledger.ts';
import type { DraftEnvironment } from './run-draft.ts';
import { backupStamp } from './run-draft.ts';
import { isLanded } from '#lib/upstream/refs.ts';
import { writeDraft, type PlannedFile, type WriteResult } from './write-draft.ts';

export interface AddSummary {
  issue: { number: number; date: string; draft: boolean };
  refs: string[];
  files: Array<PlannedFile & { lang: string; added: AddedTo }>;
  /** Languages the issue is not written in yet, so nothing was added there. */
  missing: string[];
  written: WriteResult[];
}

export async function runAdd(options: DraftOptions, env: DraftEnvironment): Promise<AddSummary> {
  // 1. The issue: the one at --date, or the latest one.
  const { files, covered } = await readLedger(env.contentDir, options.date);
  const slugs = [...new Set(files.map((file) => file.slug))].sort();
  const date = options.date ?? slugs.at(-1);
  if (!date) throw new DraftError('there is no issue to add to yet; draft one with npm run draft');
  const issueFiles = files.filter((file) => file.slug === date);
  if (issueFiles.length === 0) throw new DraftError(`there is no issue dated ${date} (the issues are ${slugs.join(', ') || 'none'}); draft one with npm run draft -- --date ${date}`);
  const broken = issueFiles.flatMap((file) => file.problems);
  if (broken.length > 0) throw new DraftError(`issue ${date} has problems to fix first:\n${broken.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  const front = issueFiles[0]!.frontmatter!;

  // 2. Each ref: gathered, landed, not in this issue, not covered by another.
  const records = await readRecords(env.contentDir);
  const complaints: string[] = [];
  for (const ref of options.add) {
    const record = records.get(ref);
    const other = covered.get(ref);
    if (!record) complaints.push(`${ref}: no upstream record; gather it first (npm run gather -- --pr … / --release …)`);
    else if (!isLanded(record)) complaints.push(`${ref}: not merged (${record.type === 'pull' ? record.state : 'unpublished'})`);
    else if (issueFiles.some((file) => file.frontmatter!.items.includes(ref))) complaints.push(`${ref}: already in issue ${front.number} (${date})`);
    else if (other) complaints.push(`${ref}: already covered by issue ${other.number} (${other.date})`);
  }
  if (complaints.length > 0) throw new DraftError(`nothing was added:\n${complaints.map((line) => `  ${line}`).join('\n')}`);

  // 3. Add them to each language the issue is written in.
  const chosen = options.add.map((ref) => records.get(ref)!);
  const planned = issueFiles.map((file: IssueFile) => ({ path: join(env.contentDir, 'issues', date, `${file.lang}.mdx`), lang: file.lang, ...addItems(file, chosen, file.lang) }));
  const missing = LOCALES.filter((lang) => !issueFiles.some((file) => file.lang === lang));
  const summary = { issue: { number: front.number, date, draft: front.draft }, refs: options.add, missing };
  if (options.dryRun) return { ...summary, files: planned, written: [] };

  // 4. Write both as a pair; the files as they were are kept in the backup folder.
  const written = await writeDraft(planned, { force: true, backupDir: env.backupDir, stamp: backupStamp(env.now) });
  return { ...summary, files: planned, written };
}
