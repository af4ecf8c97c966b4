// Every project's versions, oldest first, each with its records; and the records that
// name no version. Computed once per set of records and shared by the pages and the CLI.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { recordTime } from '#lib/upstream/refs.ts';
import { compareVersions, recordVersion } from '#lib/upstream/versions.ts';

export interface ProjectVersions {
  repo: string;
  /** Versions in semver order, pre-releases before their final, each with its refs (oldest first). */
  versions: Array<{ version: string; refs: string[] }>;
  /** Refs of the records without a version, oldest first. */
  unassigned: string[];
}

const cache = new WeakMap<ReadonlyMap<string, UpstreamRecord>, Map<string, ProjectVersions>>();

const oldestFirst = (records: ReadonlyMap<string, UpstreamRecord>) => (a: string, b: string) => {
  const [left, right] = [records.get(a)!, records.get(b)!];
  return recordTime(left).localeCompare(recordTime(right)) || a.localeCompare(b, 'en', { numeric: true });
};

/** Versions by repository (`owner/repo`), for every repository with a record. */
export function projectVersions(records: ReadonlyMap<string, UpstreamRecord>): Map<string, ProjectVersions> {
  const known = cache.get(records);
  if (known) return known;
  const byRepo = new Map<string, { versions: Map<string, string[]>; unassigned: string[] }>();
  for (const [ref, record] of records) {
    const project = byRepo.get(record.repo) ?? byRepo.set(record.repo, { versions: new Map(), unassigned: [] }).get(record.repo)!;
    const version = recordVersion(record);
    if (version) project.versions.set(version, [...(project.versions.get(version) ?? []), ref]);
    else project.unassigned.push(ref);
  }
  const order = oldestFirst(records);
  const out = new Map<string, ProjectVersions>();
  for (const repo of [...byRepo.keys()].sort()) {
    const project = byRepo.get(repo)!;
    out.set(repo, {
      repo,
      versions: [...project.versions.keys()].sort(compareVersions).map((version) => ({ version, refs: project.versions.get(version)!.sort(order) })),
      unassigned: project.unassigned.sort(order),
    });
  }
  cache.set(records, out);
  return out;
}
