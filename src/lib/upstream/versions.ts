// The version each record belongs to, and how versions sort. A pull request belongs to
// the version its milestone names (`v1.27`); a release is its own version. Tags carry
// prefixes (`knative-v1.9.0`) or none (`2.10.0`): every name is written `v` + the numbers
// as given, so one project's versions read and link alike.
import semver from 'semver';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/** The slug and label of the records that name no version. */
export const UNASSIGNED = 'unassigned';

// The version at the end of a name: after its start or a separator, `v` optional, one to
// three numbers, then an optional pre-release and build. `k8s-v1.2` gives `v1.2`, not 8.
const AT_END = /(?:^|[^0-9A-Za-z.])v?(\d+(?:\.\d+){0,2})(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/i;

/** `knative-v1.9.0` → `v1.9.0`, `2.10.0` → `v2.10.0`, `v1.27` → `v1.27`; null when no version ends the name. */
export function normalizeVersion(name: string): string | null {
  const match = AT_END.exec(name.trim());
  if (!match) return null;
  const [, numbers, pre = '', build = ''] = match;
  const version = `v${numbers}${pre}${build}`;
  return sortKey(version) ? version : null;
}

/** The version of a record: its milestone's, or a release's own; null when it has none. */
export function recordVersion(record: UpstreamRecord): string | null {
  if (record.type === 'release') return normalizeVersion(record.tag);
  return record.milestone ? normalizeVersion(record.milestone) : null;
}

/**
 * The full semver a version sorts as: missing numbers are zero (`v1.27` as 1.27.0), and a
 * pre-release splits letters from digits (`rc5` as `rc.5`), so rc10 comes after rc9.
 */
function sortKey(version: string): semver.SemVer | null {
  const core = semver.coerce(version, { includePrerelease: false });
  if (!core) return null;
  const pre = /^v?[\d.]+-([^+]+)/.exec(version)?.[1];
  const split = pre
    ?.replace(/(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/(^|\.)0+(?=\d)/g, '$1');
  return semver.parse(split ? `${core.version}-${split}` : core.version);
}

/** Orders versions as semver alone: `v1.27` and `v1.27.0` are equal. */
export function semverOrder(a: string, b: string): number {
  const [left, right] = [sortKey(a), sortKey(b)];
  if (!left || !right) throw new Error(`not a version: ${left ? b : a}`);
  return semver.compare(left, right);
}

/** Orders versions as semver, pre-releases before their final; equal ones by name (`v1.27` before `v1.27.0`). */
export function compareVersions(a: string, b: string): number {
  return semverOrder(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
