import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { dayOf, dayProblem } from '#lib/days.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import { formatRef, parseRefInput, REF_FORMS, refProblem } from '#lib/upstream/refs.ts';

/** How far before its window a draft looks for records no issue covers, unless --lookback says otherwise. */
export const DEFAULT_LOOKBACK_DAYS = 28;

export const DRAFT_USAGE = `Usage: npm run draft -- [options]
       npm run draft -- --add REF [--add REF …] [--date YYYY-MM-DD]
       npm run backlog            (the same as npm run draft -- --backlog)

Drafts the next issue as content/issues/<date>/${LOCALES.map((lang) => `${lang}.mdx`).join(' and ')} from the upstream
records: every item merged or published in the window that no other issue covers,
and every such item from the lookback before the window (marked late), in sections,
most notable first, each with a <Placeholder> for your commentary.

Options:
  --date YYYY-MM-DD      the issue's date and folder (default: today, UTC; with --add,
                         the latest issue)
  --since YYYY-MM-DD     first day of the window (default: the day after the previous
                         issue's window; for a first issue, the day of the oldest record)
  --until YYYY-MM-DD     last day of the window (default: the day before --date)
  --lookback N           also propose uncovered items from N weeks before the window,
                         marked late (default 4; 10d for days; 0 for none)
  --only REF             draft just this item, whatever its date (repeatable)
  --add REF              add this item to the existing issue at --date, in both
                         languages, keeping everything already written (repeatable)
  --backlog              list every item no issue covers, with its age; write nothing
  --gather               run \`npm run gather\` for the window and the lookback first
                         (needs the network)
  --dry-run              print the files it would write; write nothing
  --force                replace an existing draft; the old files are kept in .cache/backups/
  --overwrite-published  with --force: replace an issue that is published (draft: false)
  --help                 this text

REF is ${REF_FORMS}.

Exit codes: 0 done, 1 refused or bad content, 2 bad arguments, 3 nothing to propose.

Environment:
  CONTENT_DIR            content folder (default content)
  GITHUB_TOKEN, GITHUB_API_URL
                         used by --gather, as by npm run gather`;

export interface DraftOptions {
  /** `draft` writes an issue; `add` adds items to one; `backlog` only lists. */
  mode: 'draft' | 'add' | 'backlog';
  /** The issue's date; null with --add and no --date (the latest issue). */
  date: string | null;
  /** Today, UTC: ages in the backlog count from it. */
  today: string;
  since?: string;
  until?: string;
  lookbackDays: number;
  /** Refs of --only, or of --add, written as frontmatter writes them. */
  only: string[];
  add: string[];
  gather: boolean;
  dryRun: boolean;
  force: boolean;
  overwritePublished: boolean;
}

/** Parses `npm run draft` arguments; returns null when --help was asked for. `today` is injectable for tests. */
export function parseDraftArgs(args: string[], today: Date = new Date()): DraftOptions | null {
  const values = parseFlags(args, {
    date: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    lookback: { type: 'string' },
    only: { type: 'string', multiple: true, default: [] },
    add: { type: 'string', multiple: true, default: [] },
    backlog: { type: 'boolean', default: false },
    gather: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'overwrite-published': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  for (const flag of ['date', 'since', 'until'] as const) {
    const value = values[flag];
    const problem = value === undefined ? null : dayProblem(value);
    if (problem) throw new UsageError(`--${flag} ${JSON.stringify(value)}: ${problem}`);
  }
  const only = refs('only', values.only);
  const add = refs('add', values.add);
  const mode = values.backlog ? 'backlog' : add.length > 0 ? 'add' : 'draft';
  const given = (names: string[]) => names.filter((name) => isGiven(values[name as keyof typeof values])).map((name) => `--${name}`);

  if (mode === 'backlog') {
    const others = given(['date', 'since', 'until', 'lookback', 'only', 'add', 'gather', 'dry-run', 'force', 'overwrite-published']);
    if (others.length > 0) throw new UsageError(`--backlog only lists; it does not combine with ${others.join(', ')}`);
  }
  if (mode === 'add') {
    const others = given(['since', 'until', 'lookback', 'only', 'gather', 'force', 'overwrite-published']);
    if (others.length > 0) throw new UsageError(`--add adds to an existing issue and keeps its window; it does not combine with ${others.join(', ')}`);
  }
  if (only.length > 0 && values.lookback !== undefined) throw new UsageError('--only names the items itself; it does not combine with --lookback');
  if (values.gather && only.length > 0) throw new UsageError('--gather fetches a window; it does not combine with --only');
  if (values.gather && values['dry-run']) throw new UsageError('--gather writes records, so it does not combine with --dry-run; gather with npm run gather -- --dry-run instead');
  if (values['overwrite-published'] && !values.force) throw new UsageError('--overwrite-published goes with --force');
  if (values.since && values.until && values.since > values.until) throw new UsageError(`--since ${values.since} is after --until ${values.until}`);
  return {
    mode,
    date: values.date ?? (mode === 'add' ? null : dayOf(today)),
    today: dayOf(today),
    since: values.since,
    until: values.until,
    lookbackDays: values.lookback === undefined ? DEFAULT_LOOKBACK_DAYS : parseLookback(values.lookback),
    only,
    add,
    gather: values.gather,
    dryRun: values['dry-run'],
    force: values.force,
    overwritePublished: values['overwrite-published'],
  };
}

function isGiven(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
}

/** Each value read as a ref, in frontmatter form, each once. */
function refs(flag: string, values: string[]): string[] {
  const parsed = values.map((value) => {
    const ref = parseRefInput(value);
    if (!ref) throw new UsageError(`--${flag} ${JSON.stringify(value)}: ${refProblem(value)}`);
    return formatRef(ref);
  });
  return [...new Set(parsed)];
}

/** `4` or `4w` is four weeks, `10d` ten days; at most ten years. */
export function parseLookback(value: string): number {
  const match = /^(\d{1,4})([wd]?)$/.exec(value.trim());
  const days = match ? Number(match[1]) * (match[2] === 'd' ? 1 : 7) : NaN;
  if (!(days <= 3653)) throw new UsageError(`--lookback ${JSON.stringify(value)}: expected a number of weeks (4, 4w) or days (10d), up to ten years`);
  return days;
}

/** The --lookback value, in whole weeks, that reaches back at least `days` days before a window. */
export function lookbackFlag(days: number): string {
  return `--lookback ${Math.ceil(days / 7)}`;
}
