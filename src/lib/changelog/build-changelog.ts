import { dayOf } from '#lib/days.ts';
import type { UpstreamPull, UpstreamRecord, UpstreamRelease } from '#lib/schemas/upstream-record.ts';
import { landedAt } from '#lib/upstream/refs.ts';
import { changeFacts } from '#lib/upstream/change-facts.ts';
import { CHANGE_KINDS, type ChangeKind } from '#lib/upstream/change-kind.ts';
import { sigName } from '#lib/upstream/sig-name.ts';
import type { ChangelogOptions, Grouping } from './changelog-options.ts';

export interface ChangeEntry {
  ref: string;
  repo: string;
  number: number;
  title: string;
  url: string;
  author: string | null;
  mergedAt: string;
  kind: ChangeKind;
  sigs: string[];
  /** The release note as written upstream (Markdown), or null for NONE or none. */
  note: string | null;
}

export interface ReleaseEntry {
  ref: string;
  repo: string;
  tag: string;
  title: string;
  url: string;
  author: string | null;
  publishedAt: string;
  prerelease: boolean;
}

export interface ChangeGroup {
  key: string;
  title: string;
  changes: ChangeEntry[];
}

export interface Changelog {
  repos: string[];
  since: string;
  until: string;
  group: Grouping;
  /** Pull requests with a release note, grouped and ordered. */
  groups: ChangeGroup[];
  /** Pull requests whose note is NONE or missing; null with --notes-only. */
  withoutNotes: ChangeEntry[] | null;
  releases: ReleaseEntry[];
}

const byDateThenRef = <T extends { ref: string }>(date: (item: T) => string) => (a: T, b: T) =>
  date(a).localeCompare(date(b)) || a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** Selects and groups the records of a changelog. Pure, so the output is the same on every run. */
export function buildChangelog(records: Iterable<UpstreamRecord>, options: Omit<ChangelogOptions, 'format' | 'out'>): Changelog {
  const inWindow = (record: UpstreamRecord) => {
    const when = landedAt(record);
    return options.repos.includes(record.repo) && when !== null && dayOf(when) >= options.since && dayOf(when) <= options.until;
  };
  const selected = [...records].filter(inWindow);
  const changes = selected
    .filter((record): record is UpstreamPull => record.type === 'pull' && record.state === 'merged')
    .map(toChange)
    .sort(byDateThenRef((change) => change.mergedAt));
  const releases = selected
    .filter((record): record is UpstreamRelease => record.type === 'release')
    .map(toRelease)
    .sort(byDateThenRef((release) => release.publishedAt));
  const noted = changes.filter((change) => change.note !== null);
  return {
    repos: options.repos,
    since: options.since,
    until: options.until,
    group: options.group,
    groups: groupChanges(noted, options.group),
    withoutNotes: options.notesOnly ? null : changes.filter((change) => change.note === null),
    releases,
  };
}

function toChange(pull: UpstreamPull): ChangeEntry {
  return {
    ref: pull.ref,
    repo: pull.repo,
    number: pull.number,
    title: pull.title,
    url: pull.url,
    author: pull.author,
    mergedAt: pull.mergedAt!,
    ...changeFacts(pull),
  };
}

function toRelease(release: UpstreamRelease): ReleaseEntry {
  const { ref, repo, tag, title, url, author, publishedAt, prerelease } = release;
  return { ref, repo, tag, title, url, author, publishedAt, prerelease };
}

function groupChanges(changes: ChangeEntry[], grouping: Grouping): ChangeGroup[] {
  if (grouping === 'kind') {
    return CHANGE_KINDS.map((kind) => ({ key: kind.key, title: kind.title, changes: changes.filter((change) => change.kind === kind.key) })).filter(
      (group) => group.changes.length > 0,
    );
  }
  if (grouping === 'repo') {
    const repos = [...new Set(changes.map((change) => change.repo))].sort();
    return repos.map((repo) => ({ key: repo, title: repo, changes: changes.filter((change) => change.repo === repo) }));
  }
  // By SIG, a change owned by several SIGs is listed under each, as the Kubernetes notes do.
  const sigs = [...new Set(changes.flatMap((change) => change.sigs))].sort();
  const groups = sigs.map((sig) => ({ key: sig, title: `SIG ${sigName(sig)}`, changes: changes.filter((change) => change.sigs.includes(sig)) }));
  const orphans = changes.filter((change) => change.sigs.length === 0);
  return orphans.length > 0 ? [...groups, { key: 'none', title: 'No SIG', changes: orphans }] : groups;
}
