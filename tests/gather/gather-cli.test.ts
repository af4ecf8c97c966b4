// The command line itself: exit codes, messages, and Ctrl-C, through `node scripts/gather.ts`.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '#lib/github/fixture-server.ts';
import { FIXTURES } from './helpers.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((fn) => fn()));
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function gather(args: string[], env: NodeJS.ProcessEnv = {}, onStderr?: (text: string, kill: () => void) => void): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/gather.ts', ...args], {
    env: { ...process.env, GITHUB_TOKEN: '', GITHUB_API_URL: 'http://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    onStderr?.(stderr, () => child.kill('SIGINT'));
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-cli-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function server(delayMs?: number): Promise<FixtureServer> {
  const started = await startFixtureServer({ fixturesDir: FIXTURES, delayMs });
  cleanup.push(() => started.close());
  return started;
}

describe('npm run gather', () => {
  it('prints usage for --help', async () => {
    const run = await gather(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run gather -- \[options\]/);
    expect(run.stdout).toContain('--pr owner/repo#123');
  });

  it.each([
    [['--pr', 'kubernetes#115143'], '--pr "kubernetes#115143": expected owner/repo#123'],
    [['--release', 'cilium/cilium#1'], '--release "cilium/cilium#1": expected owner/repo@tag'],
    [['--since', '2023-01-16'], '--since and --until go together'],
    [['--since', '2023-02-30', '--until', '2023-03-01'], '--since "2023-02-30": 2023-02-30 is not a day in the calendar'],
    [['--since', '2023-2-1', '--until', '2023-03-01'], '--since "2023-2-1": expected a date written as YYYY-MM-DD'],
    [[], 'say what to gather'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with exit 2 and a clear message', async (args, message) => {
    const run = await gather(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run with --help for usage.');
  });

  it('rejects a malformed watchlist, naming file, line and field', async () => {
    const dir = await tempDir();
    const file = join(dir, 'watchlist.yaml');
    await writeFile(file, 'repositories:\n  - repo: kubernetes/kubernetes\n    pulls:\n      anyLabels: [kind/feature]\n  - repo: not-a-repo\n');
    const run = await gather(['--since', '2023-01-16', '--until', '2023-01-29', '--watchlist', file, '--out', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:4: repositories[0].pulls: unknown field \`anyLabels\``);
    expect(run.stderr).toContain(`${file}:5: repositories[1].repo: expected \`owner/repo\``);
  });

  it('gathers the first issue’s window and ends with a summary', async () => {
    const github = await server();
    const dir = await tempDir();
    const run = await gather(['--since', '2023-01-16', '--until', '2023-01-29', '--out', join(dir, 'out'), '--cache-dir', join(dir, 'cache')], {
      GITHUB_API_URL: github.url,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('gather: 9 records fetched: 9 new, 0 changed, 0 unchanged');
    expect(run.stdout).toMatch(/gather: 15 requests sent, 0 answered 304 Not Modified; rate limit \d+\/60 left/);
    expect(run.stderr).toContain('no GITHUB_TOKEN set');
  });

  it('stops cleanly on Ctrl-C, keeping only whole records', async () => {
    const github = await server(150);
    const dir = await tempDir();
    const out = join(dir, 'out');
    let sent = false;
    const run = await gather(['--since', '2023-01-16', '--until', '2023-01-29', '--out', out, '--no-cache'], { GITHUB_API_URL: github.url }, (text, kill) => {
      if (!sent && /new\s+kubernetes\/kubernetes#114878/.test(text)) {
        sent = true;
        kill();
      }
    });
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/gather: interrupted after \d of 9 items; every record written so far is complete/);
    const files = (await readdir(out, { recursive: true })).map(String).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeLessThan(9);
    for (const file of files) JSON.parse(await readFile(join(out, file), 'utf8'));
    // No temporary files left behind by an interrupted atomic write.
    expect((await readdir(out, { recursive: true })).map(String).filter((name) => !name.endsWith('.json') && name.includes('.'))).toEqual([]);
  });
});
