import { parseFlags } from '../cli/parse-flags.ts';
import { UsageError } from '../cli/usage-error.ts';
import { dayOf, isRealDay } from '../days.ts';
import { parseRef } from '../schemas/item-ref.ts';

export const DRAFT_USAGE = `Usage: npm run draft -- [options]

Drafts the next issue as content/issues/<date>/zh.mdx and en.mdx from the upstream
records: every item merged or published in the window that no other issue covers,
in sections, most notable first, each with a <Placeholder> for your commentary.

Options:
  --date YYYY-MM-DD      the issue's date and folder (default: today, UTC)
  --since YYYY-MM-DD     first day of the window (default: the day after the previous
                         issue's window; for a first issue, the day of the oldest record)
  --until YYYY-MM-DD     last day of the window (default: the day before --date)
  --only REF             draft just this item, owner/repo#123 or owner/repo@tag, whatever
                         its date (repeatable)
  --gather               run \`npm run gather\` for the window first (needs the network)
  --dry-run              print the files it would write; write nothing
  --force                replace an existing issue; the old files are kept in .cache/backups/
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)
  GITHUB_TOKEN, GITHUB_API_URL
                         used by --gather, as by npm run gather`;

export interface DraftOptions {
  date: string;
  since?: string;
  until?: string;
  only: string[];
  gather: boolean;
  dryRun: boolean;
  force: boolean;
}

/** Parses `npm run draft` arguments; returns null when --help was asked for. `today` is injectable for tests. */
export function parseDraftArgs(args: string[], today: Date = new Date()): DraftOptions | null {
  const values = parseFlags(args, {
    date: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    only: { type: 'string', multiple: true, default: [] },
    gather: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  for (const flag of ['date', 'since', 'until'] as const) {
    const value = values[flag];
    if (value !== undefined && !isRealDay(value)) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a date written as YYYY-MM-DD`);
  }
  for (const ref of values.only) {
    if (!parseRef(ref)) throw new UsageError(`--only ${JSON.stringify(ref)}: expected owner/repo#123 or owner/repo@tag`);
  }
  if (values.gather && values.only.length > 0) throw new UsageError('--gather fetches a window; it does not combine with --only');
  if (values.gather && values['dry-run']) throw new UsageError('--gather writes records, so it does not combine with --dry-run; gather with npm run gather -- --dry-run instead');
  if (values.since && values.until && values.since > values.until) throw new UsageError(`--since ${values.since} is after --until ${values.until}`);
  return {
    date: values.date ?? dayOf(today),
    since: values.since,
    until: values.until,
    only: [...new Set(values.only)],
    gather: values.gather,
    dryRun: values['dry-run'],
    force: values.force,
  };
}
