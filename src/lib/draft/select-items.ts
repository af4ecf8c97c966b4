import { addDays, daysBetween } from '#lib/days.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { isLanded, recordDay } from '#lib/upstream/refs.ts';

/** Where an earlier issue covered an item. */
export interface Coverage {
  number: number;
  date: string;
}

export interface LeftOut {
  ref: string;
  reason: string;
}

export interface Selection {
  chosen: UpstreamRecord[];
  /** Refs of chosen records dated before the window: found late, in the lookback. */
  late: Set<string>;
  leftOut: LeftOut[];
  /** Uncovered records from before the lookback: counted, with the oldest day, so the report can name the flag that reaches them. */
  older: { count: number; oldest: string | null };
  /** Other records outside the window, only counted: listing them all would bury the rest. */
  outsideWindow: number;
}

export interface SelectInput {
  records: ReadonlyMap<string, UpstreamRecord>;
  from: string;
  to: string;
  /** Days before `from` in which uncovered records are still proposed, as late. */
  lookbackDays: number;
  /** Refs already covered by another issue: the ledger. */
  covered: ReadonlyMap<string, Coverage>;
  /** When given, exactly these refs are considered, whatever their date. */
  only?: readonly string[];
}

/**
 * Picks the records a draft holds: merged or published in the window, or in the
 * lookback before it (late), and covered by no other issue.
 */
export function selectItems(input: SelectInput): Selection {
  const chosen: UpstreamRecord[] = [];
  const late = new Set<string>();
  const leftOut: LeftOut[] = [];
  const older = { count: 0, oldest: null as string | null };
  let outsideWindow = 0;
  const lookbackFrom = addDays(input.from, -input.lookbackDays);
  const candidates = input.only ? input.only.map((ref) => input.records.get(ref)!) : [...input.records.values()];
  for (const record of candidates) {
    const day = recordDay(record);
    if (!input.only && (day < input.from || day > input.to)) {
      // Before the window, a landed change no issue covers is the backlog; anything else just falls outside.
      const uncovered = day < input.from && isLanded(record) && !input.covered.has(record.ref);
      if (uncovered && day >= lookbackFrom) {
        chosen.push(record);
        late.add(record.ref);
      } else if (uncovered) {
        older.count++;
        if (!older.oldest || day < older.oldest) older.oldest = day;
      } else outsideWindow++;
      continue;
    }
    if (record.type === 'pull' && record.state !== 'merged') {
      leftOut.push({ ref: record.ref, reason: `not merged (${record.state})` });
      continue;
    }
    const coverage = input.covered.get(record.ref);
    if (coverage) {
      leftOut.push({ ref: record.ref, reason: `already covered by issue ${coverage.number} (${coverage.date})` });
      continue;
    }
    if (day < input.from) late.add(record.ref);
    chosen.push(record);
  }
  leftOut.sort((a, b) => a.ref.localeCompare(b.ref));
  return { chosen, late, leftOut, older, outsideWindow };
}

export interface BacklogEntry {
  record: UpstreamRecord;
  day: string;
  /** Whole days from `day` to today. */
  age: number;
}

/** Every landed change no issue covers, oldest first: what `npm run backlog` lists. */
export function findBacklog(records: ReadonlyMap<string, UpstreamRecord>, covered: ReadonlyMap<string, Coverage>, today: string): BacklogEntry[] {
  const entries: BacklogEntry[] = [];
  for (const record of records.values()) {
    const day = recordDay(record);
    if (!isLanded(record) || covered.has(record.ref)) continue;
    entries.push({ record, day, age: daysBetween(day, today) });
  }
  return entries.sort((a, b) => a.day.localeCompare(b.day) || a.record.ref.localeCompare(b.record.ref, 'en', { numeric: true }));
}
