// The benchmark's synthetic corpus must be valid content (so the figures measure a
// real build) and the same on every run (so runs can be compared).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '#lib/bench/generate-corpus.ts';
import { runCheck } from '#lib/check/run-check.ts';
import { formatProblem } from '#lib/content/content-error.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function corpus(issues: number) {
  const dir = await mkdtemp(join(tmpdir(), 'uw-corpus-'));
  made.push(dir);
  return generateCorpus(join(dir, 'content'), issues, { demosFrom: 'content/demos', pagesFrom: 'content/pages', recordsFrom: 'content/upstream' });
}

describe('generateCorpus', () => {
  it('writes N issues in both languages, about ten records each, that npm run check accepts', async () => {
    const generated = await corpus(6);
    expect(await readdir(join(generated.dir, 'issues'))).toHaveLength(6);
    expect(generated.records).toBe(70);
    // Plus the nine committed records the demo notes cite.
    const report = await runCheck(generated.dir, 'public');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.counts).toMatchObject({ issueFiles: 12, drafts: 0, records: 79, demos: 3 });
    // Three to six code blocks an issue (the generator is seeded: these are the same on every run).
    const blocks = async (file: string) => (await readFile(join(generated.dir, 'issues', file), 'utf8')).match(/^```(go|yaml|sh)$/gm) ?? [];
    expect(await blocks('2016-01-11/en.mdx')).toEqual(['```go', '```yaml', '```sh']);
    for (const file of (await readdir(join(generated.dir, 'issues'), { recursive: true })).filter((name) => name.endsWith('.mdx'))) {
      expect((await blocks(file)).length, file).toBeGreaterThanOrEqual(3);
      expect((await blocks(file)).length, file).toBeLessThanOrEqual(6);
    }
  });

  it('is the same on every run', async () => {
    const [a, b] = [await corpus(3), await corpus(3)];
    for (const file of ['issues/2016-01-25/zh.mdx', 'issues/2016-01-11/en.mdx']) {
      expect(await readFile(join(a.dir, file), 'utf8')).toBe(await readFile(join(b.dir, file), 'utf8'));
    }
    expect(a.nextDate).toBe('2016-02-01');
  });

  it('adds the next week\'s issue on the records gathered for it, and gathers the week after', async () => {
    const generated = await corpus(3);
    const gathered = (await readdir(join(generated.dir, 'upstream'), { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(await generated.addIssue()).toBe('2016-02-01');
    expect(generated).toMatchObject({ issues: 4, records: 50, nextDate: '2016-02-08' });
    expect(await readdir(join(generated.dir, 'issues'))).toEqual(['2016-01-11', '2016-01-18', '2016-01-25', '2016-02-01']);
    expect((await readdir(join(generated.dir, 'upstream'), { recursive: true })).filter((name) => name.endsWith('.json'))).toHaveLength(gathered.length + 10);
    const report = await runCheck(generated.dir, 'public');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.counts).toMatchObject({ issueFiles: 8, drafts: 0 });
    // The same on every run, like the rest of the corpus.
    const other = await corpus(3);
    await other.addIssue();
    expect(await readFile(join(other.dir, 'issues/2016-02-01/en.mdx'), 'utf8')).toBe(await readFile(join(generated.dir, 'issues/2016-02-01/en.mdx'), 'utf8'));
  });
});
