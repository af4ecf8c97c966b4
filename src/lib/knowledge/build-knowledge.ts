// Everything the knowledge pages show that is computed rather than written: which
// issues covered a change, how changes relate, each project's timeline, each topic.
// Built once per build from indexes, so no page does work that grows with the site.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { recordTime as when } from '#lib/upstream/refs.ts';
import { changeKind } from '#lib/upstream/change-kind.ts';
import { classifyLabels } from '#lib/upstream/classify-labels.ts';
import { changeTopics as topicsOf } from '#lib/upstream/labels.ts';

export interface IssueFacts {
  slug: string;
  number: number;
  items: readonly string[];
  topics: readonly string[];
}

export interface DemoFacts {
  name: string;
  checks: readonly string[];
}

export interface Related {
  /** Changes this one's body mentions, that have records. */
  mentions: string[];
  /** Changes whose bodies mention this one. */
  mentionedBy: string[];
  /** Other changes that touched at least one of the same files. */
  sameFiles: string[];
  /** Changes of the same kind and a shared SIG or area, merged within four weeks. */
  nearby: string[];
}

export interface Project {
  repo: string;
  /** Its records, newest first. */
  records: string[];
  /** Releases per calendar month (`YYYY-MM`), oldest first, with empty months filled in. */
  releasesPerMonth: Array<[string, number]>;
}

export interface Knowledge {
  /** Issues (by slug) that list each ref, oldest first. */
  coveredBy: Map<string, string[]>;
  related: Map<string, Related>;
  demosFor: Map<string, string[]>;
  projects: Map<string, Project>;
  /** Topic → issues (slugs, newest first: named in frontmatter or covering a change on it) and changes (refs, newest first). */
  topics: Map<string, { issues: string[]; changes: string[] }>;
  /** Topics of each change, from its labels (and `releases` for a release). */
  changeTopics: Map<string, string[]>;
  /** Year (`2023`) → its changes, newest first; a record with no date is left out. */
  years: Map<string, string[]>;
}

const NEARBY_DAYS = 28;
const MAX_RELATED = 8;

const newestFirst = (records: ReadonlyMap<string, UpstreamRecord>) => (a: string, b: string) =>
  when(records.get(b)!).localeCompare(when(records.get(a)!)) || a.localeCompare(b);

export function buildKnowledge(records: ReadonlyMap<string, UpstreamRecord>, issues: readonly IssueFacts[], demos: readonly DemoFacts[]): Knowledge {
  const refs = [...records.keys()];
  const order = newestFirst(records);

  const coveredBy = new Map<string, string[]>();
  for (const issue of [...issues].sort((a, b) => a.slug.localeCompare(b.slug))) {
    for (const ref of issue.items) coveredBy.set(ref, [...(coveredBy.get(ref) ?? []), issue.slug]);
  }

  const demosFor = new Map<string, string[]>();
  for (const demo of demos) for (const ref of demo.checks) demosFor.set(ref, [...(demosFor.get(ref) ?? []), demo.name]);

  // Indexes: who mentions whom, who touched which file, which changes share a label.
  const mentionedBy = new Map<string, Set<string>>();
  const byFile = new Map<string, Set<string>>();
  const byLabel = new Map<string, Set<string>>();
  for (const [ref, record] of records) {
    for (const target of record.references) if (records.has(target) && target !== ref) add(mentionedBy, target, ref);
    if (record.type !== 'pull') continue;
    for (const file of record.files) add(byFile, `${record.repo}:${file.path}`, ref);
    const groups = classifyLabels(record.labels);
    for (const label of [...groups.sig.map((sig) => `sig/${sig}`), ...groups.area.map((area) => `area/${area}`)]) add(byLabel, `${record.repo}:${changeKind(record.labels)}:${label}`, ref);
  }

  const related = new Map<string, Related>();
  for (const [ref, record] of records) {
    const mentions = record.references.filter((target) => records.has(target) && target !== ref);
    const sameFiles = new Set<string>();
    const nearby = new Set<string>();
    if (record.type === 'pull') {
      for (const file of record.files) for (const other of byFile.get(`${record.repo}:${file.path}`) ?? []) if (other !== ref) sameFiles.add(other);
      const groups = classifyLabels(record.labels);
      for (const label of [...groups.sig.map((sig) => `sig/${sig}`), ...groups.area.map((area) => `area/${area}`)]) {
        for (const other of byLabel.get(`${record.repo}:${changeKind(record.labels)}:${label}`) ?? []) {
          if (other !== ref && daysApart(when(record), when(records.get(other)!)) <= NEARBY_DAYS) nearby.add(other);
        }
      }
    }
    const listed = new Set([...mentions, ...(mentionedBy.get(ref) ?? [])]);
    related.set(ref, {
      mentions: mentions.sort(order),
      mentionedBy: [...(mentionedBy.get(ref) ?? [])].sort(order),
      sameFiles: [...sameFiles].filter((other) => !listed.has(other)).sort(order).slice(0, MAX_RELATED),
      nearby: [...nearby].filter((other) => !listed.has(other) && !sameFiles.has(other)).sort(order).slice(0, MAX_RELATED),
    });
  }

  const projects = new Map<string, Project>();
  for (const ref of [...refs].sort(order)) {
    const record = records.get(ref)!;
    const project = projects.get(record.repo) ?? { repo: record.repo, records: [], releasesPerMonth: [] };
    project.records.push(ref);
    projects.set(record.repo, project);
  }
  for (const project of projects.values()) project.releasesPerMonth = releaseCadence(project.records.map((ref) => records.get(ref)!));

  const changeTopics = new Map<string, string[]>();
  const topics = new Map<string, { issues: string[]; changes: string[] }>();
  const topic = (name: string) => topics.get(name) ?? topics.set(name, { issues: [], changes: [] }).get(name)!;
  for (const ref of [...refs].sort(order)) {
    const record = records.get(ref)!;
    const names = topicsOf(record);
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
  for (const ref of [...refs].sort(order)) {
    const year = when(records.get(ref)!).slice(0, 4);
    if (year) years.set(year, [...(years.get(year) ?? []), ref]);
  }

  return { coveredBy, related, demosFor, projects, topics, changeTopics, years };
}

function add(index: Map<string, Set<string>>, key: string, value: string) {
  const set = index.get(key) ?? new Set<string>();
  set.add(value);
  index.set(key, set);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
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
