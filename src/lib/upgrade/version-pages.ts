import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { UNASSIGNED } from '#lib/upstream/versions.ts';
import { projectVersions, type ProjectVersions } from './project-versions.ts';

/**
 * The version pages each project gets: one per version, and one for its changes in no
 * version when it has any. A project with no version at all gets none (nor an upgrade page).
 */
export function versionPages(records: ReadonlyMap<string, UpstreamRecord>): Array<{ repo: string; versions: string[] }> {
  return [...projectVersions(records).values()]
    .filter((project) => project.versions.length > 0)
    .map((project) => ({ repo: project.repo, versions: [...project.versions.map((entry) => entry.version), ...(project.unassigned.length > 0 ? [UNASSIGNED] : [])] }));
}

/** What a version page lists: the version's changes (or those in no version), and the versions before and after it. */
export function versionFacts(project: ProjectVersions, version: string): { refs: string[]; older: string | null; newer: string | null } {
  const index = project.versions.findIndex((entry) => entry.version === version);
  return {
    refs: version === UNASSIGNED ? project.unassigned : project.versions[index]!.refs,
    older: index > 0 ? project.versions[index - 1]!.version : null,
    newer: index >= 0 && index < project.versions.length - 1 ? project.versions[index + 1]!.version : null,
  };
}
