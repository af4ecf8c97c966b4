import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/**
 * Where a record lives below the upstream folder:
 * `<owner>/<repo>/pulls/<n>.json` or `<owner>/<repo>/releases/<tag>.json`.
 * Tags may hold `/`, so they are percent-encoded into one file name.
 */
export function recordPath(record: Pick<UpstreamRecord, 'type' | 'repo'> & { number?: number; tag?: string }): string {
  return record.type === 'pull'
    ? `${record.repo}/pulls/${record.number}.json`
    : `${record.repo}/releases/${encodeURIComponent(record.tag ?? '')}.json`;
}

/** Serialises a record byte-stably: fixed key order (the normaliser's), two-space indent, final newline. */
export function serializeRecord(record: UpstreamRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
