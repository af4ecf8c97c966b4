// Topics against the one vocabulary (src/lib/upstream/labels.ts): a typo in an
// issue's topics would open a new topic page, so check refuses it at its line.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { TOPICS } from '#lib/upstream/labels.ts';
import { displayPath } from '#lib/fs/display-path.ts';

const made: string[] = [];
afterEach(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

describe('topics in an issue', () => {
  it('an unknown topic is an error at its line, naming the known ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-check-topics-'));
    made.push(dir);
    await cp('content', dir, { recursive: true });
    const en = join(dir, 'issues/2023-01-30/en.mdx');
    const before = await readFile(en, 'utf8');
    const text = before.replace('  - kubelet\n', '  - kubelet\n  - network\n');
    expect(text).not.toBe(before);
    await writeFile(en, text);
    const line = text.split('\n').indexOf('  - network') + 1;
    const problems = (await runCheck(dir, 'public')).problems.map(formatProblem);
    expect(problems).toEqual([`${displayPath(en)}:${line}: topics[2]: unknown topic \`network\`; the known topics are ${TOPICS.join(', ')} (src/lib/upstream/labels.ts)`]);
  });

  it('the committed issues use only known topics', async () => {
    const problems = (await runCheck('content', 'public')).problems.filter((problem) => problem.field?.startsWith('topics'));
    expect(problems).toEqual([]);
  });
});
