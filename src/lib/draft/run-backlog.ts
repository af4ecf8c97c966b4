// `npm run backlog`: every merged pull request and published release that no issue
// covers, oldest first, with its age. It reads the content folder only and writes nothing.
import { plural } from '#lib/cli/plural.ts';
import { addDays, daysBetween } from '#lib/days.ts';
import { DEFAULT_LOOKBACK_DAYS, lookbackFlag } from './draft-options.ts';
import { readLedger, readRecords } from './read-ledger.ts';
import { findBacklog, type BacklogEntry } from './select-items.ts';
import { padToWidth } from '#lib/cli/pad-to-width.ts';

export interface BacklogSummary {
  today: string;
  entries: BacklogEntry[];
  /** The day after the latest issue's window, where the next draft's window starts; null before the first issue. */
  nextFrom: string | null;
}

export async function runBacklog(contentDir: string, today: string): Promise<BacklogSummary> {
  const { files, covered } = await readLedger(contentDir, null);
  const records = await readRecords(contentDir);
  const ends = files.map((file) => file.frontmatter!.to).sort();
  return { today, entries: findBacklog(records, covered, today), nextFrom: ends.length > 0 ? addDays(ends.at(-1)!, 1) : null };
}

/** One line per uncovered record, then what the next plain `npm run draft` does with them. */
export function formatBacklog(summary: BacklogSummary): string {
  const { entries, nextFrom } = summary;
  if (entries.length === 0) return `backlog: every merged pull request and published release in the records is covered by an issue (as of ${summary.today})`;
  const lines = [`backlog: ${plural(entries.length, 'record')} no issue covers, oldest first (ages as of ${summary.today}):`];
  for (const entry of entries) {
    const what = entry.record.type === 'pull' ? 'merged   ' : 'published';
    lines.push(`  ${padToWidth(entry.record.ref, 44)} ${what} ${entry.day}  ${plural(entry.age, 'day')} old`);
  }
  if (nextFrom) {
    const reach = addDays(nextFrom, -DEFAULT_LOOKBACK_DAYS);
    const outside = entries.filter((entry) => entry.day < reach);
    lines.push(`backlog: the next npm run draft proposes those from ${reach} on (its window starts ${nextFrom}; the lookback adds ${plural(DEFAULT_LOOKBACK_DAYS / 7, 'week')} before it)`);
    if (outside.length > 0) {
      const days = daysBetween(outside[0]!.day, nextFrom);
      lines.push(`backlog: ${plural(outside.length, 'record')} ${outside.length === 1 ? 'is' : 'are'} older: npm run draft -- ${lookbackFlag(days)} includes ${outside.length === 1 ? 'it' : 'them'}, or add one to an existing issue with npm run draft -- --add REF --date YYYY-MM-DD`);
    }
  } else lines.push('backlog: there is no issue yet; the first npm run draft starts its window at the oldest record');
  return lines.join('\n');
}
