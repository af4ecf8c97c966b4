import { plural } from '#lib/cli/plural.ts';
import type { AddSummary } from './run-add.ts';
import type { DraftSummary } from './run-draft.ts';
import { SECTIONS, type Section } from './score-item.ts';
import { recordDay } from '#lib/upstream/refs.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { padToWidth } from '#lib/cli/pad-to-width.ts';

const SECTION_COUNT: Record<Section, (count: number) => string> = {
  progress: (count) => `${count} progress`,
  releases: (count) => plural(count, 'release'),
  other: (count) => `${count} other`,
};

/** The closing report of a draft run: window, what went in (late items marked), what was left out and why, and the files. */
export function formatDraftReport(summary: DraftSummary, dryRun: boolean): string {
  const { window, items } = summary;
  const lines = [`draft: issue ${window.number}, window ${window.from}..${window.to}${window.previous ? ` (after issue ${window.previous.number}, ${window.previous.date})` : ' (first issue)'}`];
  const counts = SECTIONS.map((section) => SECTION_COUNT[section](items.filter((item) => item.section === section).length));
  const late = summary.late.size > 0 ? `, ${summary.late.size} of them late` : '';
  lines.push(`draft: ${plural(items.length, 'item')} (${counts.join(', ')})${late}`);
  for (const section of SECTIONS) {
    for (const item of items.filter((candidate) => candidate.section === section)) {
      const mark = summary.late.has(item.record.ref) ? `  late: ${item.record.type === 'pull' ? 'merged' : 'published'} ${recordDay(item.record)}` : '';
      lines.push(`  + ${padToWidth(item.record.ref, 40)} ${section.padEnd(8)} score ${item.score}${mark}`);
    }
  }
  if (summary.late.size > 0) lines.push(`draft: late items are dated before the window (the lookback reaches ${plural(summary.lookbackDays, 'day')} back); each is marked in the draft`);
  if (summary.leftOut.length > 0) {
    lines.push(`draft: left out ${summary.leftOut.length}:`);
    for (const item of summary.leftOut) lines.push(`  - ${padToWidth(item.ref, 40)} ${item.reason}`);
  }
  if (summary.older.count > 0) {
    lines.push(`draft: ${plural(summary.older.count, 'uncovered record')} older than the lookback (the oldest from ${summary.older.oldest}); ${summary.older.flag} includes ${summary.older.count === 1 ? 'it' : 'them'}, npm run backlog lists ${summary.older.count === 1 ? 'it' : 'them'}`);
  }
  if (summary.outsideWindow > 0) lines.push(`draft: ${plural(summary.outsideWindow, 'other record')} ${summary.outsideWindow === 1 ? 'falls' : 'fall'} outside the window`);
  if (dryRun) {
    for (const file of summary.planned) {
      const replace = summary.published ? 'would replace a published issue (needs --force --overwrite-published)' : 'would replace (needs --force)';
      const what = { new: 'would create', replaced: replace, unchanged: 'would leave unchanged' }[file.status];
      lines.push(`draft: dry run: ${what} ${displayPath(file.path)}`);
    }
  } else {
    for (const result of summary.written) {
      const backup = result.backup ? ` (previous version kept in ${displayPath(result.backup)})` : '';
      lines.push(`draft: ${result.outcome.padEnd(9)} ${displayPath(result.path)}${backup}`);
    }
    lines.push('draft: next, write the commentary, set draft: false and run npm run check');
  }
  return lines.join('\n');
}

/** The closing report of `--add`: which issue, what went where, and the files with their backups. */
export function formatAddReport(summary: AddSummary, dryRun: boolean): string {
  const { issue } = summary;
  const lines = [`draft: adding ${plural(summary.refs.length, 'item')} to issue ${issue.number} (${issue.date}, ${issue.draft ? 'a draft' : 'published'})`];
  for (const file of summary.files) {
    for (const place of file.added.sections) lines.push(`  + ${file.lang}: ${place.refs.join(', ')} at the end of the ${place.section} section${place.created ? ' (a new section)' : ''}`);
  }
  for (const lang of summary.missing) lines.push(`draft: the issue has no ${lang}.mdx yet; add the items there when it is translated`);
  if (dryRun) {
    for (const file of summary.files) lines.push(`draft: dry run: would add to ${displayPath(file.path)}`);
    return lines.join('\n');
  }
  for (const result of summary.written) {
    const backup = result.backup ? ` (previous version kept in ${displayPath(result.backup)})` : '';
    lines.push(`draft: ${result.outcome.padEnd(9)} ${displayPath(result.path)}${backup}`);
  }
  lines.push(`draft: next, write the commentary in place of each new Placeholder${issue.draft ? '' : ' (npm run check refuses a published issue until you do)'} and add any new topics`);
  return lines.join('\n');
}
