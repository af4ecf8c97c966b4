// The steps of a draft run, in order. It reads only files under the content folder,
// so it works offline; --gather is the one step that touches the network.
import { join } from 'node:path';
import { InterruptedError, NothingToDoError } from '#lib/cli/cli-errors.ts';
import { plural } from '#lib/cli/plural.ts';
import type { Progress } from '#lib/cli/progress.ts';
import { addDays, dayOf, daysBetween } from '#lib/days.ts';
import type { ClientOptions } from '#lib/github/create-client.ts';
import { gatherOptions } from '#lib/gather/gather-options.ts';
import { runGather } from '#lib/gather/run-gather.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { landedAt } from '#lib/upstream/refs.ts';
import { lookbackFlag, type DraftOptions } from './draft-options.ts';
import { DraftError, PublishedIssueError } from './draft-error.ts';
import { planWindow, type Window } from './plan-window.ts';
import { renderDraft } from './render-draft.ts';
import { inDraftOrder, scoreItem, type Scored } from './score-item.ts';
import { readLedger, readRecords } from './read-ledger.ts';
import { selectItems, type LeftOut } from './select-items.ts';
import { backupPath, planWrites, writeDraft, type FileStatus, type PlannedFile, type WriteResult } from './write-draft.ts';

export interface DraftEnvironment {
  contentDir: string;
  /** Where replaced issue files are copied (`.cache/backups/issues`). */
  backupDir: string;
  /** ETag cache for --gather, or null for none; gather's own (`.cache/github`) when left out. */
  cacheDir?: string | null;
  now: Date;
  progress: Progress;
  /** GitHub client settings for --gather. */
  client: Pick<ClientOptions, 'baseUrl' | 'token' | 'retryBaseMs'> & { signal?: AbortSignal };
}

export interface DraftSummary {
  window: Window;
  /** Days before the window in which uncovered records were proposed too. */
  lookbackDays: number;
  items: Scored[];
  /** Refs of the items dated before the window. */
  late: Set<string>;
  leftOut: LeftOut[];
  /** Uncovered records older than the lookback, and the --lookback that would include them. */
  older: { count: number; oldest: string | null; flag: string | null };
  outsideWindow: number;
  files: PlannedFile[];
  /** What writing would do to each file (on a dry run, all there is). */
  planned: Array<{ path: string; status: FileStatus }>;
  /** The issue at this date is published (draft: false). */
  published: boolean;
  /** What happened to each file; empty on a dry run. */
  written: WriteResult[];
}

export async function runDraft(options: DraftOptions, env: DraftEnvironment): Promise<DraftSummary> {
  const date = options.date!;
  const issuesDir = join(env.contentDir, 'issues');

  // 1. Read the existing issues: they are the ledger of what has been covered.
  const { files: all, covered } = await readLedger(env.contentDir, date);
  const files = all.filter((file) => file.slug !== date);
  const existing = all.filter((file) => file.slug === date && file.frontmatter).map((file) => file.frontmatter!);
  const current = existing[0];

  // 2. Work out the window and the issue number.
  let records = await readRecords(env.contentDir);
  const window = planWindow({
    date,
    since: options.since,
    until: options.until,
    issues: files.map((file) => file.frontmatter!),
    current: current ?? null,
    oldestRecordDay: oldestDay(records),
  });
  const lookbackDays = options.only.length > 0 ? 0 : options.lookbackDays;

  // 3. Optionally gather the window, and the lookback before it, first.
  if (options.gather) {
    const since = addDays(window.from, -lookbackDays);
    env.progress.log(`draft: gathering ${since}..${window.to} first (the window and ${plural(lookbackDays, 'day')} before it)`);
    let gathered;
    try {
      gathered = await runGather(gatherOptions({ contentDir: env.contentDir, since, until: window.to, cacheDir: env.cacheDir }), env.client, env.progress);
    } catch (error) {
      if (error instanceof InterruptedError) throw new InterruptedError(`gather ${error.message}; no issue was drafted`);
      throw error;
    }
    if (env.client.signal?.aborted) throw new InterruptedError('interrupted after gathering; no issue was drafted');
    // A draft that silently left out what could not be fetched would read as complete.
    if (gathered.failed.length > 0) {
      const list = gathered.failed.map((failure) => `\n  ${failure.message}`).join('');
      throw new DraftError(`gather could not fetch ${plural(gathered.failed.length, 'item')} of the window and its lookback, so nothing was drafted; the records it fetched are written. Run again:${list}`);
    }
    records = await readRecords(env.contentDir);
  }

  // 4. Choose the items: in the window or the lookback (or named by --only), landed, not covered elsewhere.
  const unknown = options.only.filter((ref) => !records.has(ref));
  if (unknown.length > 0) throw new DraftError(`no upstream record for ${unknown.join(', ')}; gather it first (npm run gather -- --pr … / --release …)`);
  const selection = selectItems({ records, from: window.from, to: window.to, lookbackDays, covered, only: options.only.length > 0 ? options.only : undefined });
  const older = { ...selection.older, flag: selection.older.oldest ? lookbackFlag(daysBetween(selection.older.oldest, window.from)) : null };
  if (selection.chosen.length === 0) {
    const why = selection.leftOut.map((item) => `\n  ${item.ref}: ${item.reason}`).join('');
    const span = lookbackDays > 0 ? ` or the ${plural(lookbackDays, 'day')} before it` : '';
    const olderHint = older.flag ? `\n${plural(older.count, 'older uncovered record')} (the oldest from ${older.oldest}) would be proposed with ${older.flag}; npm run backlog lists ${older.count === 1 ? 'it' : 'them'}` : '';
    throw new NothingToDoError(`nothing new to draft for ${window.from}..${window.to}${span}${why || ' (no uncovered records there; run npm run gather first, or pass --gather)'}${olderHint}`);
  }

  // 5. Score and order them, then render both languages.
  const items = selection.chosen.map(scoreItem).sort(inDraftOrder);
  const planned = LOCALES.map((lang) => ({
    path: join(issuesDir, date, `${lang}.mdx`),
    text: renderDraft({ number: window.number, date, from: window.from, to: window.to, items }, lang),
  }));

  // 6. Write, unless this is a dry run. A published issue is replaced only when asked in so many words.
  const plannedWrites = await planWrites(planned);
  const published = existing.some((frontmatter) => !frontmatter.draft);
  const stamp = backupStamp(env.now);
  const replacing = plannedWrites.filter((file) => file.status === 'replaced').map((file) => file.path);
  if (!options.dryRun && published && replacing.length > 0 && !options.overwritePublished) {
    throw new PublishedIssueError(current!, replacing.map((path) => backupPath(path, env.backupDir, stamp)));
  }
  const written = options.dryRun ? [] : await writeDraft(planned, { force: options.force, backupDir: env.backupDir, stamp });
  return { window, lookbackDays, items, late: selection.late, leftOut: selection.leftOut, older, outsideWindow: selection.outsideWindow, files: planned, planned: plannedWrites, published, written };
}

/** The timestamp in backup file names. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function oldestDay(records: ReadonlyMap<string, UpstreamRecord>): string | null {
  const days = [...records.values()].map((record) => landedAt(record)).filter((day): day is string => day !== null).map(dayOf);
  return days.length > 0 ? days.reduce((a, b) => (a < b ? a : b)) : null;
}
