import type { ResultTable } from './present-results.ts';

/** A table for the terminal: a caption, then columns padded to line up (East Asian wide characters count double). */
export function formatTextTable(table: ResultTable): string {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1), 0);
  const rows = [table.head, ...table.rows];
  const widths = table.head.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join('  ').trimEnd();
  return [table.caption, line(table.head), widths.map((size) => '-'.repeat(size)).join('  '), ...table.rows.map(line)].join('\n');
}
