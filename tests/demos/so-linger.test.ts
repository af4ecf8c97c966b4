// A quick run of the so-linger demo against the kernel in front of it. It asserts
// what that kernel does: N sockets in TIME_WAIT after a plain close and after linger
// 1 s (a graceful close that waits), none after linger 0. How long close() took is a
// timing: only that the table prints what was saved is asserted.
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

  // tcp_tw_reuse=2 lets a new loopback connection take over a port in TIME_WAIT, so allow a little less.
  const aboutN = (count: number | undefined, what: string) => {
    expect(count, what).toBeGreaterThanOrEqual(N * 0.9);
    expect(count, what).toBeLessThanOrEqual(N);
  };

  it('after a plain close, about N client sockets are closing, and a second later sit in TIME_WAIT', () => {
    const [first, last] = [mode('fin').samples[0]!, mode('fin').samples.at(-1)!];
    // Right after the last close some FINs may still await their ACK: those sockets are in FIN_WAIT1 or 2.
    const closing = (first.client.TIME_WAIT ?? 0) + (first.client.FIN_WAIT1 ?? 0) + (first.client.FIN_WAIT2 ?? 0);
    aboutN(closing, `right after: ${JSON.stringify(first.client)}`);
    aboutN(last.client.TIME_WAIT, `after 1 s: ${JSON.stringify(last.client)}`);
  });

  it('after SO_LINGER {on, 0}, no client socket is in TIME_WAIT or any other state', () => {
    expect(mode('linger0').samples[0]!.client).toEqual({});
    expect(mode('linger0').samples[0]!.ephemeralPorts).toBe(0);
  });

  it('after SO_LINGER {on, 1 s}, a graceful close: about N client sockets in TIME_WAIT a second later', () => {
    const samples = mode('linger1').samples;
    // --watch 1: a sample right after the last close and one a second later, in every mode.
    for (const name of ['fin', 'linger0', 'linger1']) expect(mode(name).samples, name).toHaveLength(2);
    aboutN(samples.at(-1)!.client.TIME_WAIT, JSON.stringify(samples.at(-1)!.client));
  });

  it('prints the table it saved, each mode\'s figures as recorded', () => {
    expect(run.stdout).toContain(`${N} probes for each close mode`);
    expect(run.stdout).toMatch(/^SO_LINGER on, 0 s +100\/100 +0 +0 /m);
    const lines = run.stdout.split('\n');
    const head = lines.find((line) => line.startsWith('Close mode  '))!.split(/ {2,}/);
    const meanClose = head.indexOf('Mean close() time (ms)');
    expect(meanClose).toBe(head.length - 2);
    for (const [label, name] of [['plain close (FIN)', 'fin'], ['SO_LINGER on, 0 s', 'linger0'], ['SO_LINGER on, 1 s', 'linger1']] as const) {
      const cells = lines.find((line) => line.startsWith(`${label}  `))!.split(/ {2,}/);
      expect(cells[1], label).toBe(`${N}/${N}`);
      expect(cells[meanClose], label).toBe(mode(name).meanCloseMs.toFixed(2));
      expect(cells[meanClose + 1], label).toBe((mode(name).elapsedMs / 1000).toFixed(1));
    }
  });
});
