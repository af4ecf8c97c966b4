// A demo's results are never lost to a failed save: every failure comes back as `unsaved`, with the path.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveResults } from '#lib/demos/run-demo.ts';
import type { DemoResults } from '#lib/schemas/demo-results.ts';
import { demo } from './helpers.ts';

const results = { schema: 1, demo: 'ipvs-schedulers' } as unknown as DemoResults;
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('saveResults', () => {
  it('saves to a file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-demo-save-'));
    const out = join(dir, 'results.json');
    expect(await saveResults(results, out)).toEqual({ results, saved: out });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(results);
  });

  it('returns a folder, or a file in the way, as unsaved instead of throwing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-demo-save-'));
    expect(await saveResults(results, dir)).toEqual({ results, saved: null, unsaved: `cannot write ${dir}: it is a folder, not a file (EISDIR); name a file` });
    await writeFile(join(dir, 'plain'), '');
    const under = await saveResults(results, join(dir, 'plain', 'results.json'));
    expect(under.saved).toBeNull();
    expect(under.unsaved).toContain('(ENOTDIR)');
  });
});

describe('demo run --out FOLDER', () => {
  it('is refused before measuring, naming the folder, exit 2', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-demo-save-'));
    const run = await demo(['run', 'so-linger', '--connections', '200', '--watch', '1', '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`demo: --out: cannot write ${dir}: it is a folder, not a file (EISDIR); name a file`);
    expect(run.stderr).not.toContain('measuring');
  });
});
