// `npm run bench` end to end on a tiny corpus. It asserts what the run reports, never
// how fast it was: timings on a shared 2-core machine are figures, not pass/fail.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { outsideVitest } from '../helpers/outside-vitest.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('npm run bench', () => {
  it('builds a generated corpus and writes its figures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-bench-test-'));
    made.push(dir);
    const out = join(dir, 'results.json');
    const { stdout } = await run(process.execPath, ['scripts/bench.ts', '--issues', '2', '--no-editor', '--out', out], { env: outsideVitest(), timeout: 170_000 });
    const results = JSON.parse(await readFile(out, 'utf8'));
    const result = results['2'];
    expect(result).toMatchObject({ issues: 2, records: 30, editor: null });
    // 2 issues and 39 change pages (30 generated, 9 committed), and more, in two languages.
    expect(result.output.pages).toBeGreaterThan(2 * (2 + 39));
    expect(result.output.pagefindBytes).toBeGreaterThan(0);
    expect(result.build.peakRssMiB).toBeGreaterThan(0);
    expect(stdout).toMatch(/^pages built +\d+$/m);
  }, 180_000);

  it('explains a missing or unbounded --issues', async () => {
    await expect(run(process.execPath, ['scripts/bench.ts'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('say how many issues') });
    await expect(run(process.execPath, ['scripts/bench.ts', '--issues', '99999'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('from 1 to 2000') });
  });
});
