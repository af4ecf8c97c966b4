// The steps of a draft run, in order. It reads only files under the content folder,
// so it works offline; --gather is the one step that touches the network.
import { join } from 'node:path';
import type { Progress } from '../cli/progress.ts';
import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { issueFiles, loadIssueFolders } from '../content/load-issue-files.ts';
import { dayOf } from '../days.ts';
import type { ClientOptions } from '../github/create-client.ts';
import { runGather } from '../gather/run-gather.ts';
import { LOCALES } from '../i18n/locales.ts';
import { recordDate, type UpstreamRecord } from '../schemas/upstream-record.ts';
import { loadRecords } from '../upstream/load-records.ts';
import type { DraftOptions } from './draft-options.ts';
import { DraftError, NothingToDraftError } from './draft-error.ts';
import { planWindow, type Window } from './plan-window.ts';
import { renderDraft } from './render-draft.ts';
import { inDraftOrder, scoreItem, type Scored } from './score-item.ts';
import { selectItems, type Coverage, type LeftOut } from './select-items.ts';
import { planWrites, writeDraft, type FileStatus, type PlannedFile, type WriteResult } from './write-draft.ts';

export interface DraftEnvironment {
  contentDir: string;
  /** Where replaced issue files are copied (`.cache/backups/issues`). */
  backupDir: string;
  /** ETag cache for --gather (`.cache/github`), or null for none. */
  cacheDir: string | null;
  now: Date;
  progress: Progress;
  /** GitHub client settings for --gather. */
  client: Pick<ClientOptions, 'baseUrl' | 'token' | 'retryBaseMs'> & { signal?: AbortSignal };
}

export interface DraftSummary {
  window: Window;
  items: Scored[];
  leftOut: LeftOut[];
  outsideWindow: number;
  files: PlannedFile[];
  /** What writing would do to each file (on a dry run, all there is). */
  planned: Array<{ path: string; status: FileStatus }>;
  /** What happened to each file; empty on a dry run. */
  written: WriteResult[];
}

export async function runDraft(options: DraftOptions, env: DraftEnvironment): Promise<DraftSummary> {
  const issuesDir = join(env.contentDir, 'issues');
  const upstreamDir = join(env.contentDir, 'upstream');

  // 1. Read the existing issues: they are the ledger of what has been covered.
  // The issue being drafted is not part of it: it may be redrafted, or be half-written.
  const all = issueFiles(await loadIssueFolders(issuesDir));
  const files = all.filter((file) => file.slug !== options.date);
  const broken = files.flatMap((file) => file.problems);
  if (broken.length > 0) throw new ContentError(broken);
  const covered = new Map<string, Coverage>();
  for (const file of files) {
    for (const ref of file.frontmatter!.items) covered.set(ref, { number: file.frontmatter!.number, date: file.frontmatter!.date });
  }
  const current = all.find((file) => file.slug === options.date && file.frontmatter)?.frontmatter;

  // 2. Work out the window and the issue number.
  let records = await readRecords(upstreamDir);
  const window = planWindow({
    date: options.date,
    since: options.since,
    until: options.until,
    issues: files.map((file) => file.frontmatter!),
    current: current ?? null,
    oldestRecordDay: oldestDay(records),
  });

  // 3. Optionally gather the window first.
  if (options.gather) {
    env.progress.log(`draft: gathering ${window.from}..${window.to} first`);
    const gathered = await runGather(
      { since: window.from, until: window.to, pulls: [], releases: [], dryRun: false, outDir: upstreamDir, watchlistFile: join(env.contentDir, 'watchlist.yaml'), cacheDir: env.cacheDir, maxWait: 300 },
      env.client,
      env.progress,
    );
    // A draft that silently left out what could not be fetched would read as complete.
    if (gathered.failed.length > 0) {
      const list = gathered.failed.map((failure) => `\n  ${failure.message}`).join('');
      throw new DraftError(`gather could not fetch ${gathered.failed.length} of the window's items, so nothing was drafted; the records it fetched are written. Run again:${list}`);
    }
    records = await readRecords(upstreamDir);
  }

  // 4. Choose the items: in the window (or named by --only), merged, not covered elsewhere.
  const unknown = options.only.filter((ref) => !records.has(ref));
  if (unknown.length > 0) throw new DraftError(`no upstream record for ${unknown.join(', ')}; gather it first (npm run gather -- --pr … / --release …)`);
  const selection = selectItems({ records, from: window.from, to: window.to, covered, only: options.only.length > 0 ? options.only : undefined });
  if (selection.chosen.length === 0) {
    const why = selection.leftOut.map((item) => `\n  ${item.ref}: ${item.reason}`).join('');
    throw new NothingToDraftError(`nothing new to draft for ${window.from}..${window.to}${why || ' (no records in the window; run npm run gather first, or pass --gather)'}`);
  }

  // 5. Score and order them, then render both languages.
  const items = selection.chosen.map(scoreItem).sort(inDraftOrder);
  const planned = LOCALES.map((lang) => ({
    path: join(issuesDir, options.date, `${lang}.mdx`),
    text: renderDraft({ number: window.number, date: options.date, from: window.from, to: window.to, items }, lang),
  }));

  // 6. Write, unless this is a dry run.
  const plannedWrites = await planWrites(planned);
  const written = options.dryRun
    ? []
    : await writeDraft(planned, { force: options.force, backupDir: env.backupDir, stamp: env.now.toISOString().replace(/[:.]/g, '-') });
  return { window, items, leftOut: selection.leftOut, outsideWindow: selection.outsideWindow, files: planned, planned: plannedWrites, written };
}

async function readRecords(dir: string): Promise<Map<string, UpstreamRecord>> {
  const { records, problems } = await loadRecords(dir);
  if (problems.length > 0) throw new ContentError(problems as ContentProblem[]);
  return records;
}

function oldestDay(records: ReadonlyMap<string, UpstreamRecord>): string | null {
  const days = [...records.values()].map((record) => recordDate(record)).filter((day): day is string => day !== null).map(dayOf);
  return days.length > 0 ? days.reduce((a, b) => (a < b ? a : b)) : null;
}
