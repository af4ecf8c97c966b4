// Which group of an upgrade list a change goes in. The groups follow the Kubernetes
// release notes (src/lib/upstream/change-kind.ts), with what needs the operator's
// action first and the releases of the range before everything else that is left.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { changeKind } from '#lib/upstream/change-kind.ts';

/** The groups, in the order an upgrade list prints them. */
export const UPGRADE_GROUPS = ['action-required', 'deprecation', 'api-change', 'feature', 'bug', 'release', 'other'] as const;
export type UpgradeGroup = (typeof UPGRADE_GROUPS)[number];

// Kubernetes marks notes that need the operator's action this way ("ACTION REQUIRED: …").
const ACTION_REQUIRED = /\baction[\s_-]+required\b/i;
// An API change that takes something away breaks whoever still uses it.
const REMOVAL = /\b(?:remov(?:e|es|ed|ing|al)|drop(?:s|ped|ping)?|no longer (?:served|supported|available))\b/i;

/** The group of a record: its note's call for action, else its kind; a release is a release. */
export function upgradeGroup(record: UpstreamRecord): UpgradeGroup {
  const note = record.releaseNote ?? '';
  if (ACTION_REQUIRED.test(note)) return 'action-required';
  if (record.type === 'release') return 'release';
  const kind = changeKind(record.labels);
  if (kind === 'api-change' && REMOVAL.test(`${record.title}\n${note}`)) return 'action-required';
  if (kind === 'deprecation' || kind === 'api-change' || kind === 'feature' || kind === 'bug') return kind;
  return 'other';
}
