import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { UNASSIGNED } from '#lib/upstream/versions.ts';
import { projectVersions } from './project-versions.ts';

/**
 * The version pages each project gets: one per version, and one for its changes in no
 * version when it has any. A project with no version at all gets none (nor an upgrade page).
 */
export function versionPages(records: ReadonlyMap<string, UpstreamRecord>): Array<{ repo: string; versions: string[] }> {
  return [...projectVersions(records).values()]
    .filter((project) => project.versions.length > 0)
    .map((project) => ({ repo: project.repo, versions: [...project.versions.map((entry) => entry.version), ...(project.unassigned.length > 0 ? [UNASSIGNED] : [])] }));
}
