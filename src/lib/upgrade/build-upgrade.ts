// Everything tracked between two versions of one project, grouped for an upgrade:
// what `npm run changelog -- --from-version A --to-version B` prints, and what the
// upgrade page shows for the same choice.
import { UsageError } from '#lib/cli/cli-errors.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { landedAt } from '#lib/upstream/refs.ts';
import { changeFacts } from '#lib/upstream/change-facts.ts';
import type { ChangeKind } from '#lib/upstream/change-kind.ts';
import { normalizeVersion, recordVersion, semverOrder, UNASSIGNED } from '#lib/upstream/versions.ts';
import { projectVersions, type ProjectVersions } from './project-versions.ts';
import { UPGRADE_GROUPS, upgradeGroup, type UpgradeGroup } from './upgrade-group.ts';

/** An issue that covered a change. */
export interface Coverage {
  number: number;
  date: string;
}

export interface UpgradeEntry {
  ref: string;
  type: 'pull' | 'release';
  title: string;
  url: string;
  author: string | null;
  /** Merge or publish date (ISO 8601), or null for a pull request not merged. */
  date: string | null;
  /** Its version, or `unassigned`. */
  version: string;
  group: UpgradeGroup;
  /** The release-note category of a pull request; `release` for a release. */
  kind: ChangeKind | 'release';
  sigs: string[];
  /** The release note as written upstream (Markdown), or null when there is none. */
  note: string | null;
  /** The issues that covered it, oldest first. */
  coveredBy: Coverage[];
}

export interface Upgrade {
  repo: string;
  /** The version upgraded from (excluded), or null for everything up to `to`. */
  from: string | null;
  /** The version upgraded to (included). */
  to: string;
  /** The tracked versions in the range, in order. */
  versions: string[];
  count: number;
  /** Non-empty groups in print order. */
  groups: Array<{ key: UpgradeGroup; entries: UpgradeEntry[] }>;
  /** Records of the project that name no version, and so are in no range. */
  unassigned: number;
}

/** One record as an upgrade list shows it; `coveredBy` comes from the issues. */
export function upgradeEntry(record: UpstreamRecord, coveredBy: Coverage[] = []): UpgradeEntry {
  return {
    ref: record.ref,
    type: record.type,
    title: record.title,
    url: record.url,
    author: record.author,
    date: landedAt(record),
    version: recordVersion(record) ?? UNASSIGNED,
    group: upgradeGroup(record),
    ...changeFacts(record),
    coveredBy,
  };
}

/** Groups entries in print order, leaving out empty groups; entries keep the order given. */
export function groupEntries(entries: UpgradeEntry[]): Array<{ key: UpgradeGroup; entries: UpgradeEntry[] }> {
  return UPGRADE_GROUPS.map((key) => ({ key, entries: entries.filter((entry) => entry.group === key) })).filter((group) => group.entries.length > 0);
}

export interface UpgradeRequest {
  repo: string;
  /** As typed: `v1.26`, `1.26`, `knative-v1.9.0`; absent for everything up to `to`. */
  from?: string;
  to: string;
  notesOnly?: boolean;
}

/**
 * Selects the changes in (from, to]. `to` must be a version the project has changes
 * for; `from` too, or a version older than its first (where the reader is now, which
 * the weekly may not have tracked). Mistakes are usage errors that list the versions.
 */
export function buildUpgrade(records: ReadonlyMap<string, UpstreamRecord>, request: UpgradeRequest, coverage: ReadonlyMap<string, Coverage[]> = new Map()): Upgrade {
  const project = projectVersions(records).get(request.repo);
  if (!project) throw new UsageError(`--repo ${request.repo}: no records of this repository under content/upstream (gather it first: npm run gather)`);
  const names = project.versions.map((entry) => entry.version);
  if (names.length === 0) {
    throw new UsageError(`${request.repo} has no versions: none of its ${project.unassigned.length} records names a milestone or is a release`);
  }
  const to = resolve(project, '--to-version', request.to);
  if (!to) throw new UsageError(`--to-version ${request.to}: ${request.repo} has no change tracked for it. ${knownList(project)}`);
  let from: string | null = null;
  if (request.from !== undefined) {
    from = resolve(project, '--from-version', request.from);
    if (!from) {
      const wanted = normalizeVersion(request.from)!;
      if (semverOrder(wanted, names[0]!) >= 0) {
        throw new UsageError(`--from-version ${request.from}: ${request.repo} has no change tracked for it, and it is not older than its first version, ${names[0]}. ${knownList(project)}`);
      }
      from = wanted;
    }
    if (semverOrder(from, to) >= 0 && names.indexOf(from) >= names.indexOf(to)) {
      throw new UsageError(`--from-version ${request.from} is not older than --to-version ${request.to}`);
    }
  }
  const last = names.indexOf(to);
  const first = from === null || !names.includes(from) ? 0 : names.indexOf(from) + 1;
  const inRange = project.versions.slice(first, last + 1);
  let entries = inRange.flatMap(({ refs }) => refs.map((ref) => upgradeEntry(records.get(ref)!, coverage.get(ref) ?? [])));
  if (request.notesOnly) entries = entries.filter((entry) => entry.type === 'release' || entry.note !== null);
  return {
    repo: request.repo,
    from,
    to,
    versions: inRange.map((entry) => entry.version),
    count: entries.length,
    groups: groupEntries(entries),
    unassigned: project.unassigned.length,
  };
}

/** The tracked version `input` names: by its normalised name, else by equal semver; null when none. */
function resolve(project: ProjectVersions, flag: string, input: string): string | null {
  const wanted = normalizeVersion(input);
  if (!wanted) throw new UsageError(`${flag} ${JSON.stringify(input)}: not a version (write it as v1.27, 1.27.3 or v1.13.0-rc5). ${knownList(project)}`);
  const names = project.versions.map((entry) => entry.version);
  return names.find((name) => name === wanted) ?? names.find((name) => semverOrder(name, wanted) === 0) ?? null;
}

function knownList(project: ProjectVersions): string {
  return `Versions of ${project.repo}, oldest first: ${project.versions.map((entry) => entry.version).join(', ')}`;
}
