import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseArgs, caseContent, draftIn, DRAFT_FIXTURES } from './helpers.ts';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

// Records in, MDX out: each case folder holds its arguments and the expected
// zh.mdx and en.mdx. UPDATE_GOLDEN=1 rewrites the expected files.
const CASES = ['first-issue', 'following-week', 'hostile'];
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe.each(CASES)('draft golden case %s', (name) => {
  it('renders both languages exactly as expected', async () => {
    const dir = await caseContent(name);
    made.push(dir);
    const summary = await draftIn(dir, [...(await caseArgs(name)), '--dry-run']);
    for (const file of summary.files) {
      const expectedPath = join(DRAFT_FIXTURES, name, 'expected', file.path.split('/').pop()!);
      if (UPDATE_GOLDEN) await writeFile(expectedPath, file.text);
      expect(file.text, expectedPath).toBe(await readFile(expectedPath, 'utf8'));
    }
    expect(summary.written).toEqual([]);
  });
});
