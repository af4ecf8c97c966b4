import { readFile } from 'node:fs/promises';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { padToWidth } from '#lib/cli/pad-to-width.ts';
import { formatTextTable } from '#lib/demos/format-text-table.ts';
import { presentResults } from '#lib/demos/present-results.ts';
import { demoResultsSchema } from '#lib/schemas/demo-results.ts';

describe('formatTextTable', () => {
  it('pads each column to its widest cell in terminal columns, a CJK character taking two', () => {
    const table = { caption: '结果', head: ['模式', 'n'], rows: [['fin', '1'], ['连接数', '22']] };
    expect(formatTextTable(table)).toBe(['结果', '模式    n', '------  --', 'fin     1', '连接数  22'].join('\n'));
  });

  it('lines up the Chinese table of the recorded so-linger results', async () => {
    const results = demoResultsSchema.parse(JSON.parse(await readFile('content/demos/so-linger/results.json', 'utf8')));
    const [table] = presentResults(results, 'zh').tables;
    const [, head, rule, ...rows] = formatTextTable(table!).split('\n');
    // Every line's second column starts where the rule's second dash run does.
    const secondColumn = stringWidth(rule!.split('  ')[0]!) + 2;
    for (const [index, line] of [head!, ...rows].entries()) {
      const cells = [table!.head, ...table!.rows][index]!;
      const at = line.indexOf(cells[1]!, cells[0]!.length);
      expect(stringWidth(line.slice(0, at)), line).toBe(secondColumn);
    }
  });
});

describe('padToWidth', () => {
  it('pads to terminal columns, so a release tag with CJK lines up with ASCII refs in draft and backlog listings', () => {
    expect(padToWidth('o/r#1', 8)).toBe('o/r#1   ');
    expect(padToWidth('o/r@v1-测试', 14)).toBe('o/r@v1-测试   ');
    expect(stringWidth(padToWidth('o/r@v1-测试', 14))).toBe(14);
    expect(padToWidth('longer than the width', 4)).toBe('longer than the width');
  });
});
