import { describe, expect, it } from 'vitest';
import { demo } from './helpers.ts';

describe('npm run demo', () => {
  it('lists the three demos with what each needs', async () => {
    const { code, stdout } = await demo(['list']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => /^\S/.test(line))).toEqual(['so-linger', 'conntrack', 'ipvs-schedulers']);
    expect(stdout).toContain('needs: Linux, root, and the ip (iproute2) and nft (nftables) commands');
  });

  it('runs the IPVS check and prints a row per scheduler', async () => {
    const { code, stdout } = await demo(['run', 'ipvs-schedulers', '--no-save']);
    expect(code).toBe(0);
    for (const name of ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh', 'fo', 'ovf', 'twos']) expect(stdout).toMatch(new RegExp(`^${name} +`, 'm'));
  });

  it('names the demos when asked for one that does not exist', async () => {
    const { code, stderr } = await demo(['run', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toContain('no demo is called "nope"; there are: so-linger, conntrack, ipvs-schedulers');
  });

  it('rejects unbounded or malformed settings with exit code 2', async () => {
    const big = await demo(['run', 'so-linger', '--connections', '1000000']);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('--connections "1000000": expected a whole number from 1 to 20000');
    const watch = await demo(['run', 'so-linger', '--watch', 'soon']);
    expect(watch.code).toBe(2);
    expect((await demo(['run'])).stderr).toContain('say which demo to run');
    expect((await demo(['frobnicate'])).code).toBe(2);
  });

  it('with no command, prints usage to stderr and exits 2', async () => {
    const { code, stdout, stderr } = await demo([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^demo: say what to do: list, or run NAME\n\nUsage: npm run demo -- <command>/);
  });

  it('prints usage for --help', async () => {
    const { code, stdout } = await demo(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run demo -- <command>/);
  });
});
