import { relative } from 'node:path';
import type { DraftSummary } from './run-draft.ts';
import { SECTIONS } from './score-item.ts';

/** The closing report of a draft run: window, what went in, what was left out and why, and the files. */
export function formatDraftReport(summary: DraftSummary, dryRun: boolean): string {
  const { window, items } = summary;
  const lines = [`draft: issue ${window.number}, window ${window.from}..${window.to}${window.previous ? ` (after issue ${window.previous.number}, ${window.previous.date})` : ' (first issue)'}`];
  const counts = SECTIONS.map((section) => `${items.filter((item) => item.section === section).length} ${section}`);
  lines.push(`draft: ${items.length} item${items.length === 1 ? '' : 's'} (${counts.join(', ')})`);
  for (const section of SECTIONS) {
    for (const item of items.filter((candidate) => candidate.section === section)) {
      lines.push(`  + ${item.record.ref.padEnd(40)} ${section.padEnd(8)} score ${item.score}`);
    }
  }
  if (summary.leftOut.length > 0) {
    lines.push(`draft: left out ${summary.leftOut.length}:`);
    for (const item of summary.leftOut) lines.push(`  - ${item.ref.padEnd(40)} ${item.reason}`);
  }
  if (summary.outsideWindow > 0) lines.push(`draft: ${summary.outsideWindow} other records fall outside the window`);
  if (dryRun) {
    for (const file of summary.planned) {
      const what = { new: 'would create', replaced: 'would replace (needs --force)', unchanged: 'would leave unchanged' }[file.status];
      lines.push(`draft: dry run: ${what} ${relative(process.cwd(), file.path)}`);
    }
  } else {
    for (const result of summary.written) {
      const backup = result.backup ? ` (previous version kept in ${relative(process.cwd(), result.backup)})` : '';
      lines.push(`draft: ${result.outcome.padEnd(9)} ${relative(process.cwd(), result.path)}${backup}`);
    }
    lines.push('draft: next, write the commentary, set draft: false and run npm run check');
  }
  return lines.join('\n');
}
