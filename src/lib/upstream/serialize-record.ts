import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/** Serialises a record byte-stably: fixed key order (the normaliser's), two-space indent, final newline. */
export function serializeRecord(record: UpstreamRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
