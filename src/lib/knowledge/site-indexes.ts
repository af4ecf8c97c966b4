// What decides which knowledge pages exist: projects, topics and years. One pure
// function, called by the pages' loader (through buildKnowledge) and by `npm run check`
// (to know which addresses a link may point at), so the two cannot disagree.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { changeTopics as topicsOf } from '#lib/upstream/labels.ts';
import { recordTime as when } from '#lib/upstream/refs.ts';

export interface IssueFacts {
  slug: string;
  number: number;
  items: readonly string[];
  topics: readonly string[];
}

export interface Project {
  repo: string;
  /** Its records, newest first. */
  records: string[];
  /** Releases per calendar month (`YYYY-MM`), oldest first, with empty months filled in. */
  releasesPerMonth: Array<[string, number]>;
}

export interface SiteIndexes {
  /** Every repository with records, each with a project page. */
  projects: Map<string, Project>;
  /** Topic → issues (slugs, newest first: named in frontmatter or covering a change on it) and changes (refs, newest first). */
  topics: Map<string, { issues: string[]; changes: string[] }>;
  /** Topics of each change, from its labels (and `releases` for a release). */
  changeTopics: Map<string, string[]>;
  /** Year (`2023`) → its changes, newest first. */
  years: Map<string, string[]>;
}

/** Refs by the time of their records, newest first; ties by ref. */
export const newestFirst = (records: ReadonlyMap<string, UpstreamRecord>) => (a: string, b: string) =>
  when(records.get(b)!).localeCompare(when(records.get(a)!)) || a.localeCompare(b);

/**
 * One set of facts per issue from its files in every language: an issue's languages list
 * the same items (check holds them to it), and a topic named in either counts.
 */
export function issueFacts(files: Iterable<{ slug: string; number: number; items: readonly string[]; topics: readonly string[] }>): IssueFacts[] {
  const facts = new Map<string, IssueFacts>();
  for (const file of files) {
    const known = facts.get(file.slug);
    facts.set(file.slug, {
      slug: file.slug,
      number: file.number,
      items: [...new Set([...(known?.items ?? []), ...file.items])],
      topics: [...new Set([...(known?.topics ?? []), ...file.topics])],
    });
  }
  return [...facts.values()];
}

/** Projects, topics and years of the given records and of the issues that get pages. */
export function siteIndexes(records: ReadonlyMap<string, UpstreamRecord>, issues: readonly IssueFacts[]): SiteIndexes {
  const refs = [...records.keys()].sort(newestFirst(records));

  const projects = new Map<string, Project>();
  for (const ref of refs) {
    const record = records.get(ref)!;
    const project = projects.get(record.repo) ?? { repo: record.repo, records: [], releasesPerMonth: [] };
    project.records.push(ref);
    projects.set(record.repo, project);
  }
  for (const project of projects.values()) project.releasesPerMonth = releaseCadence(project.records.map((ref) => records.get(ref)!));

  const changeTopics = new Map<string, string[]>();
  const topics = new Map<string, { issues: string[]; changes: string[] }>();
  const topic = (name: string) => topics.get(name) ?? topics.set(name, { issues: [], changes: [] }).get(name)!;
  for (const ref of refs) {
    const names = topicsOf(records.get(ref)!);
    changeTopics.set(ref, names);
    for (const name of names) topic(name).changes.push(ref);
  }
  // An issue is on a topic its frontmatter names, and on the topics of the changes it
  // covers: the topic page and the topic feed both list exactly these.
  for (const issue of [...issues].sort((a, b) => b.slug.localeCompare(a.slug))) {
    const names = new Set([...issue.topics, ...issue.items.flatMap((ref) => changeTopics.get(ref) ?? [])]);
    for (const name of [...names].sort()) topic(name).issues.push(issue.slug);
  }

  const years = new Map<string, string[]>();
  for (const ref of refs) {
    const year = when(records.get(ref)!).slice(0, 4);
    if (year) years.set(year, [...(years.get(year) ?? []), ref]);
  }

  return { projects, topics, changeTopics, years };
}

/** Releases per month from the first release to the last, including months with none. */
export function releaseCadence(records: readonly UpstreamRecord[]): Array<[string, number]> {
  const months = records.filter((record) => record.type === 'release').map((record) => when(record).slice(0, 7)).sort();
  if (months.length === 0) return [];
  const counts = new Map<string, number>();
  for (const month of months) counts.set(month, (counts.get(month) ?? 0) + 1);
  const out: Array<[string, number]> = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) out.push([month, counts.get(month) ?? 0]);
  return out;
}

function nextMonth(month: string): string {
  const [year = 0, index = 0] = month.split('-').map(Number);
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}
