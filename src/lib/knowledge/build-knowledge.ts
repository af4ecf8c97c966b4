// Everything the knowledge pages show that is computed rather than written: which
// issues covered a change, how changes relate, and (from siteIndexes) each project's
// timeline, each topic and each year. Built once per build from indexes, so no page
// does work that grows with the site.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { recordTime as when } from '#lib/upstream/refs.ts';
import { changeKind } from '#lib/upstream/change-kind.ts';
import { classifyLabels } from '#lib/upstream/classify-labels.ts';
import { newestFirst, siteIndexes, type IssueFacts, type SiteIndexes } from './site-indexes.ts';

export type { IssueFacts, Project } from './site-indexes.ts';

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

export interface Knowledge extends SiteIndexes {
  /** Issues (by slug) that list each ref, oldest first. */
  coveredBy: Map<string, string[]>;
  related: Map<string, Related>;
  demosFor: Map<string, string[]>;
}

const NEARBY_DAYS = 28;
const MAX_RELATED = 8;

export function buildKnowledge(records: ReadonlyMap<string, UpstreamRecord>, issues: readonly IssueFacts[], demos: readonly DemoFacts[]): Knowledge {
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

  return { coveredBy, related, demosFor, ...siteIndexes(records, issues) };
}

function add(index: Map<string, Set<string>>, key: string, value: string) {
  const set = index.get(key) ?? new Set<string>();
  set.add(value);
  index.set(key, set);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
