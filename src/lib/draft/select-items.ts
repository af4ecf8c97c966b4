import { dayOf } from '../days.ts';
import { recordDate, type UpstreamRecord } from '../schemas/upstream-record.ts';

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
  leftOut: LeftOut[];
  /** Records outside the window, only counted: listing them all would bury the rest. */
  outsideWindow: number;
}

export interface SelectInput {
  records: ReadonlyMap<string, UpstreamRecord>;
  from: string;
  to: string;
  /** Refs already covered by another issue: the ledger. */
  covered: ReadonlyMap<string, Coverage>;
  /** When given, exactly these refs are considered, whatever their date. */
  only?: readonly string[];
}

/** Picks the records a draft holds: merged or published in the window, and covered by no other issue. */
export function selectItems(input: SelectInput): Selection {
  const chosen: UpstreamRecord[] = [];
  const leftOut: LeftOut[] = [];
  let outsideWindow = 0;
  const candidates = input.only ? input.only.map((ref) => input.records.get(ref)!) : [...input.records.values()];
  for (const record of candidates) {
    // An unmerged pull request has no merge date; its opening date places it instead.
    const when = recordDate(record) ?? (record.type === 'pull' ? record.createdAt : null);
    if (!input.only && (!when || dayOf(when) < input.from || dayOf(when) > input.to)) {
      outsideWindow++;
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
    chosen.push(record);
  }
  leftOut.sort((a, b) => a.ref.localeCompare(b.ref));
  return { chosen, leftOut, outsideWindow };
}
