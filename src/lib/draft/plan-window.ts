import { addDays } from '#lib/days.ts';
import type { IssueFrontmatter } from '#lib/schemas/issue-frontmatter.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';

export interface Window {
  from: string;
  to: string;
  /** The issue before this one, whose window this one follows; null for the first issue. */
  previous: Pick<IssueFrontmatter, 'number' | 'date' | 'to'> | null;
  /** Running number of the issue being drafted. */
  number: number;
}

export interface WindowInput {
  date: string;
  since?: string;
  until?: string;
  /** Frontmatter of every other issue (either language). */
  issues: readonly Pick<IssueFrontmatter, 'number' | 'date' | 'to'>[];
  /** The issue already at `date`, when this is a redraft: its window and number are kept. */
  current: Pick<IssueFrontmatter, 'number' | 'from' | 'to'> | null;
  /** The earliest day any record falls on, the start of a first issue's window. */
  oldestRecordDay: string | null;
}

/**
 * The window of an issue dated `date`: from the day after the previous issue's
 * window (or the oldest record, for a first issue) to the day before `date`.
 */
export function planWindow(input: WindowInput): Window {
  const earlier = input.issues.filter((issue) => issue.date < input.date);
  const later = input.issues.filter((issue) => issue.date > input.date);
  if (!input.current && later.length > 0) {
    const next = later.reduce((first, issue) => (issue.date < first.date ? issue : first));
    throw new UsageError(`issue ${next.number} (${next.date}) is already later than ${input.date}; a new issue goes after the latest one`);
  }
  const previous = earlier.reduce<Window['previous']>((latest, issue) => (!latest || issue.date > latest.date ? issue : latest), null);
  const number = input.current?.number ?? (previous ? Math.max(...earlier.map((issue) => issue.number)) + 1 : 1);
  const to = input.until ?? input.current?.to ?? addDays(input.date, -1);
  const from = input.since ?? input.current?.from ?? (previous ? addDays(previous.to, 1) : input.oldestRecordDay);
  if (!from) throw new UsageError('there is no earlier issue and no upstream record to start the window from; pass --since');
  if (from > to) throw new UsageError(`the window would start on ${from}, after it ends on ${to}; pass --since or --until`);
  if (to > input.date) throw new UsageError(`the window ends on ${to}, after the issue date ${input.date}`);
  return { from, to, previous, number };
}
