import { KIND_POINTS } from '#lib/upstream/change-kind.ts';
import { classifyLabels } from '#lib/upstream/classify-labels.ts';
import { recordTime } from '#lib/upstream/refs.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/** The three sections of a draft, in the order they appear. */
export const SECTIONS = ['progress', 'releases', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

const PRIORITY_POINTS: Record<string, number> = { 'critical-urgent': 30, 'important-soon': 20, 'important-longterm': 10 };
const NOTE_POINTS = 20;
const FINAL_RELEASE_POINTS = 30;
const PRERELEASE_POINTS = 10;
const RELEASE_NOTES_POINTS = 10;
/** Pull requests below this score (no release note, no feature, fix or API change) go to Other. */
const PROGRESS_THRESHOLD = 20;

export interface Scored {
  record: UpstreamRecord;
  score: number;
  section: Section;
}

/** How notable an item is, and the section it belongs in. The README explains the numbers. */
export function scoreItem(record: UpstreamRecord): Scored {
  if (record.type === 'release') {
    const score = (record.prerelease ? PRERELEASE_POINTS : FINAL_RELEASE_POINTS) + (record.releaseNote ? RELEASE_NOTES_POINTS : 0);
    return { record, score, section: 'releases' };
  }
  const labels = classifyLabels(record.labels);
  const kind = Math.max(0, ...labels.kind.map((name) => KIND_POINTS[name] ?? 0));
  const priority = labels.priority ? (PRIORITY_POINTS[labels.priority] ?? 0) : 0;
  const score = kind + priority + (record.releaseNote ? NOTE_POINTS : 0);
  return { record, score, section: score >= PROGRESS_THRESHOLD ? 'progress' : 'other' };
}

/** Section by section; within one, most notable first; ties go to the earlier item, then by ref, so the order is stable. */
export function inDraftOrder(a: Scored, b: Scored): number {
  return SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || b.score - a.score || recordTime(a.record).localeCompare(recordTime(b.record)) || a.record.ref.localeCompare(b.record.ref, 'en', { numeric: true });
}
