// Every script in scripts/ keeps the one command-line contract: it runs through runCommand
// (src/lib/cli/run-command.ts), the one catch, so --help prints its usage and exits 0, a
// mistake on the command line is one line with a pointer to --help and exit code 2, and
// Ctrl-C ends the way the error module says.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function script(name: string, args: string[], onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/run.mjs', name, ...args], { env: { ...process.env, GITHUB_API_URL: 'http://127.0.0.1:9' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    onStdout?.(stdout, child);
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

// A dozen Node processes at once on a busy machine: time enough for each to start.
const SLOW = 180_000;
const SCRIPTS = readdirSync('scripts').filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -'.ts'.length)).sort();

describe('every script', () => {
  it('finds the scripts', () => {
    expect(SCRIPTS).toEqual(expect.arrayContaining(['audit', 'build', 'draft', 'gather', 'serve-github-fixtures']));
  });

  it('runs its main function through runCommand, the one catch, and never exits by itself', () => {
    const offenders = SCRIPTS.filter((name) => {
      const text = readFileSync(join('scripts', `${name}.ts`), 'utf8');
      return !/^await runCommand\('[\w:-]+', async \(\) => \{$/m.test(text) || /process\.exit\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('prints its usage for --help and exits 0', async () => {
    const runs = await Promise.all(SCRIPTS.map(async (name) => [name, await script(name, ['--help'])] as const));
    for (const [name, run] of runs) {
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(run.stdout, name).toMatch(/^Usage: npm run /);
    }
  }, SLOW);

  // build passes its arguments on to astro build, which has its own.
  it('answers an unknown flag with one line, a pointer to --help and exit code 2', async () => {
    const checked = SCRIPTS.filter((name) => name !== 'build');
    const runs = await Promise.all(checked.map(async (name) => [name, await script(name, ['--bogus'])] as const));
    for (const [name, run] of runs) {
      expect(run.code, `${name}: ${run.stderr}`).toBe(2);
      expect(run.stderr, name).toMatch(/^[\w:-]+: .*--bogus\b.*\nRun with --help for usage\.\n$/);
    }
  }, SLOW);

  it('fixtures:serve serves until Ctrl-C, which is its normal end', async () => {
    let answer: Promise<unknown> | undefined;
    const run = await script('serve-github-fixtures', [], (text, child) => {
      const url = /GITHUB_API_URL=(\S+)/.exec(text)?.[1];
      if (!url || answer) return;
      answer = fetch(`${url}/repos/kubernetes/kubernetes/pulls/115143`)
        .then((response) => response.json())
        .finally(() => child.kill('SIGINT'));
    });
    expect(((await answer) as { number: number }).number).toBe(115143);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('fixtures:serve: stopping (Ctrl-C again to quit now)\n');
  });
});
