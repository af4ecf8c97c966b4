import { classifyLabels } from './classify-labels.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/**
 * The categories of the Kubernetes release notes, in the order they print. A change
 * with several `kind/…` labels is filed under the first category that matches.
 */
export const CHANGE_KINDS = [
  { key: 'deprecation', title: 'Deprecation', kinds: ['deprecation'] },
  { key: 'api-change', title: 'API Change', kinds: ['api-change'] },
  { key: 'feature', title: 'Feature', kinds: ['feature'] },
  { key: 'design', title: 'Design', kinds: ['design'] },
  { key: 'documentation', title: 'Documentation', kinds: ['documentation'] },
  { key: 'failing-test', title: 'Failing Test', kinds: ['failing-test'] },
  { key: 'bug', title: 'Bug or Regression', kinds: ['bug', 'regression'] },
  { key: 'other', title: 'Other (Cleanup or Flake)', kinds: ['cleanup', 'flake'] },
  { key: 'uncategorized', title: 'Uncategorized', kinds: [] },
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number]['key'];

/** The release-note category of a pull request, from its `kind/…` labels. */
export function changeKind(labels: readonly string[]): ChangeKind {
  const kinds = classifyLabels(labels).kind;
  const match = CHANGE_KINDS.find((category) => category.kinds.some((kind) => (kinds as string[]).includes(kind)));
  return match?.key ?? 'uncategorized';
}

/** A record's kind as lists show it: a pull request's category, or `release`. */
export function recordKind(record: UpstreamRecord): ChangeKind | 'release' {
  return record.type === 'pull' ? changeKind(record.labels) : 'release';
}
