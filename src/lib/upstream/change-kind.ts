import { classifyLabels } from './classify-labels.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/**
 * The categories of the Kubernetes release notes, in the order they print, each with the
 * `kind/…` labels it takes and the points each label gives a pull request in a draft (the
 * most significant one counts). A change with several `kind/…` labels is filed under the
 * first category that matches.
 */
export const CHANGE_KINDS = [
  { key: 'deprecation', title: 'Deprecation', points: { deprecation: 35 } },
  { key: 'api-change', title: 'API Change', points: { 'api-change': 40 } },
  { key: 'feature', title: 'Feature', points: { feature: 30 } },
  { key: 'design', title: 'Design', points: { design: 10 } },
  { key: 'documentation', title: 'Documentation', points: { documentation: 5 } },
  { key: 'failing-test', title: 'Failing Test', points: { 'failing-test': 5 } },
  { key: 'bug', title: 'Bug or Regression', points: { bug: 20, regression: 25 } },
  { key: 'other', title: 'Other (Cleanup or Flake)', points: { cleanup: 5, flake: 5 } },
  { key: 'uncategorized', title: 'Uncategorized', points: {} },
] as const satisfies ReadonlyArray<{ key: string; title: string; points: Record<string, number> }>;

/** Points per `kind/…` label, from the categories above. */
export const KIND_POINTS: Readonly<Record<string, number>> = Object.assign({}, ...CHANGE_KINDS.map((category) => category.points));

export type ChangeKind = (typeof CHANGE_KINDS)[number]['key'];

/** The release-note category of a pull request, from its `kind/…` labels. */
export function changeKind(labels: readonly string[]): ChangeKind {
  const kinds = classifyLabels(labels).kind;
  const match = CHANGE_KINDS.find((category) => kinds.some((kind) => Object.hasOwn(category.points, kind)));
  return match?.key ?? 'uncategorized';
}

/** A record's kind as lists show it: a pull request's category, or `release`. */
export function recordKind(record: UpstreamRecord): ChangeKind | 'release' {
  return record.type === 'pull' ? changeKind(record.labels) : 'release';
}
