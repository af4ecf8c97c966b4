// The conntrack demo needs root and the ip and nft commands. Where they are (CI runs
// as root and installs them) it runs for real; elsewhere it is skipped, saying why.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingForNamespaces } from '#lib/demos/conntrack/network-namespace.ts';
import { demoResultsSchema } from '#lib/schemas/demo-results.ts';
import { demo } from './helpers.ts';

const missing = await missingForNamespaces();
if (missing.length > 0) console.log(`conntrack demo tests skipped: this machine lacks ${missing.join('; ')}`);
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe.skipIf(missing.length > 0)('npm run demo -- run conntrack --quick', () => {
  it('sees conntrack entries for every close mode, and removes its namespace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-conntrack-'));
    made.push(dir);
    const run = await demo(['run', 'conntrack', '--quick', '--out', join(dir, 'results.json')]);
    expect(run.code, run.stderr).toBe(0);
    const results = demoResultsSchema.parse(JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')));
    if (results.demo !== 'conntrack') throw new Error('wrong demo');
    // A second after the last close, a graceful close has left its entries in TIME_WAIT, a reset (linger 0)
    // in CLOSE: one entry per probe, a little less where tcp_tw_reuse let a new probe take over a port.
    const closedAs = { fin: 'TIME_WAIT', linger0: 'CLOSE', linger1: 'TIME_WAIT' } as const;
    expect(results.modes.map((mode) => mode.mode)).toEqual(['fin', 'linger0', 'linger1']);
    for (const mode of results.modes) {
      const table = mode.samples.at(-1)!.conntrack;
      expect(table, `${mode.mode}: no conntrack table to read in the namespace`).not.toBeNull();
      expect(Object.keys(table!), mode.mode).toEqual([closedAs[mode.mode]]);
      expect(table![closedAs[mode.mode]], mode.mode).toBeGreaterThanOrEqual(results.connections * 0.9);
      expect(table![closedAs[mode.mode]], mode.mode).toBeLessThanOrEqual(results.connections);
    }
    const namespace = /namespace (uw-demo-\d+) removed/.exec(run.stderr)?.[1];
    expect(namespace).toBeDefined();
    expect(execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })).not.toContain(namespace);
  }, 120_000);
});

describe('npm run demo -- run conntrack without its tools', () => {
  it('says exactly what is missing and how to get it, and exits non-zero', async () => {
    // A PATH with only Node on it: no `ip`, no `nft`.
    const run = await demo(['run', 'conntrack', '--quick', '--no-save'], { PATH: dirname(process.execPath) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('the `ip` command: sudo apt-get install iproute2');
    expect(run.stderr).toContain('the `nft` command: sudo apt-get install nftables');
  });
});
