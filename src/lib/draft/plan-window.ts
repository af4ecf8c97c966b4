import { addDays } from '../days.ts';
import type { IssueFrontmatter } from '../schemas/issue-frontmatter.ts';

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
  /** Frontmatter of every existing issue (either language). */
  issues: readonly Pick<IssueFrontmatter, 'number' | 'date' | 'to'>[];
  /** The earliest day any record falls on, the start of a first issue's window. */
  oldestRecordDay: string | null;
}

/** Thrown when the window cannot be worked out or makes no sense. */
export class WindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}

/**
 * The window of an issue dated `date`: from the day after the previous issue's
 * window (or the oldest record, for a first issue) to the day before `date`.
 */
export function planWindow(input: WindowInput): Window {
  const earlier = input.issues.filter((issue) => issue.date < input.date);
  const previous = earlier.reduce<Window['previous']>((latest, issue) => (!latest || issue.date > latest.date ? issue : latest), null);
  const same = input.issues.find((issue) => issue.date === input.date);
  const number = same?.number ?? (previous ? Math.max(...earlier.map((issue) => issue.number)) + 1 : 1);
  const to = input.until ?? addDays(input.date, -1);
  const from = input.since ?? (previous ? addDays(previous.to, 1) : input.oldestRecordDay);
  if (!from) throw new WindowError('there is no earlier issue and no upstream record to start the window from; pass --since');
  if (from > to) throw new WindowError(`the window would start on ${from}, after it ends on ${to}; pass --since or --until`);
  if (to > input.date) throw new WindowError(`--until ${to} is after the issue date ${input.date}`);
  return { from, to, previous, number };
}
