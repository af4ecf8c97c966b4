// A quick run of the so-linger demo against the kernel in front of it. It asserts
// what that kernel does: N sockets in TIME_WAIT after a plain close, none after
// linger 0. The linger-1s mode is only required to have been measured.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoResultsSchema, type DemoResults } from '#lib/schemas/demo-results.ts';
import { demo, type Run } from './helpers.ts';

const N = 100;
let dir: string;
let run: Run;
let results: Extract<DemoResults, { demo: 'so-linger' }>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-so-linger-'));
  run = await demo(['run', 'so-linger', '--quick', '--out', join(dir, 'results.json')]);
  const parsed = demoResultsSchema.parse(JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')));
  if (parsed.demo !== 'so-linger') throw new Error(`unexpected demo ${parsed.demo}`);
  results = parsed;
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const mode = (name: string) => results.modes.find((entry) => entry.mode === name)!;

describe('npm run demo -- run so-linger --quick', () => {
  it('runs every probe of every mode and records the command and machine', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(results.connections).toBe(N);
    expect(results.modes.map((entry) => [entry.mode, entry.completed, entry.failed])).toEqual([
      ['fin', N, 0],
      ['linger0', N, 0],
      ['linger1', N, 0],
    ]);
    expect(results.command).toBe(`npm run demo -- run so-linger --connections ${N} --watch 1`);
    expect(results.machine.kernel).toMatch(/^\d+\.\d+/);
  });

  it('after a plain close, about N client sockets sit in TIME_WAIT', () => {
    // tcp_tw_reuse=2 lets a new loopback connection take over a port in TIME_WAIT, so allow a little less.
    const count = mode('fin').samples[0]!.client.TIME_WAIT ?? 0;
    expect(count).toBeGreaterThanOrEqual(N * 0.9);
    expect(count).toBeLessThanOrEqual(N);
  });

  it('after SO_LINGER {on, 0}, no client socket is in TIME_WAIT or any other state', () => {
    expect(mode('linger0').samples[0]!.client).toEqual({});
    expect(mode('linger0').samples[0]!.ephemeralPorts).toBe(0);
  });

  it('measures SO_LINGER {on, 1 s}: a count for every sample, and how long close() took', () => {
    const samples = mode('linger1').samples;
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const sample of samples) expect(Number.isInteger(sample.client.TIME_WAIT ?? 0)).toBe(true);
    expect(mode('linger1').meanCloseMs).toBeGreaterThan(0);
  });

  it('prints the table it saved', () => {
    expect(run.stdout).toContain(`${N} probes for each close mode`);
    expect(run.stdout).toMatch(/^SO_LINGER on, 0 s +100\/100 +0 +0 /m);
  });
});
