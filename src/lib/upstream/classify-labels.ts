/** Labels grouped the way Kubernetes' prow names them: `kind/…`, `sig/…`, `area/…`, `priority/…`. */
export interface LabelGroups {
  kind: string[];
  sig: string[];
  area: string[];
  priority: string | null;
  other: string[];
}

const GROUPED = ['kind', 'sig', 'area'] as const;

/** Splits label names such as `sig/network` into their groups; other labels stay whole. */
export function classifyLabels(labels: readonly string[]): LabelGroups {
  const groups: LabelGroups = { kind: [], sig: [], area: [], priority: null, other: [] };
  for (const label of labels) {
    const slash = label.indexOf('/');
    const prefix = slash > 0 ? label.slice(0, slash) : '';
    const value = label.slice(slash + 1);
    if ((GROUPED as readonly string[]).includes(prefix)) groups[prefix as (typeof GROUPED)[number]].push(value);
    else if (prefix === 'priority') groups.priority ??= value;
    else groups.other.push(label);
  }
  return groups;
}
