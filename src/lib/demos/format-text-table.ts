import stringWidth from 'string-width';
import { padToWidth } from '#lib/cli/pad-to-width.ts';
import type { ResultTable } from './present-results.ts';

/** A table for the terminal: a caption, then columns padded to line up in terminal columns (CJK characters take two). */
export function formatTextTable(table: ResultTable): string {
  const rows = [table.head, ...table.rows];
  const widths = table.head.map((_, column) => Math.max(...rows.map((row) => stringWidth(row[column] ?? ''))));
  const line = (row: string[]) => row.map((cell, column) => padToWidth(cell, widths[column]!)).join('  ').trimEnd();
  return [table.caption, line(table.head), widths.map((size) => '-'.repeat(size)).join('  '), ...table.rows.map(line)].join('\n');
}
