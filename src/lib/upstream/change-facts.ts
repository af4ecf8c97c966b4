import type { UpstreamPull, UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { recordKind, type ChangeKind } from './change-kind.ts';
import { classifyLabels } from './classify-labels.ts';

/** What a changelog says of a record besides its title: its kind, its SIGs and its release note. */
export interface ChangeFacts<Kind = ChangeKind | 'release'> {
  kind: Kind;
  /** The `sig/…` labels' names, sorted; none for a release. */
  sigs: string[];
  /** The release note as written upstream (Markdown), or null when it is empty or missing. */
  note: string | null;
}

/** The facts the changelog and the upgrade list print for a record, derived one way for both. */
export function changeFacts(record: UpstreamPull): ChangeFacts<ChangeKind>;
export function changeFacts(record: UpstreamRecord): ChangeFacts;
export function changeFacts(record: UpstreamRecord): ChangeFacts {
  return {
    kind: recordKind(record),
    sigs: record.type === 'pull' ? classifyLabels(record.labels).sig.sort() : [],
    // An empty note says nothing, like NONE.
    note: record.releaseNote?.trim() ? record.releaseNote : null,
  };
}
