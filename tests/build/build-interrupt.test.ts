// Ctrl-C during `npm run build`: the content check and Astro run side by side
// (src/lib/build/check-beside.ts), and a terminal's Ctrl-C reaches the whole process group.
// Whichever is running, the build ends with 130, says nothing was built, and leaves no process behind.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outsideVitest } from '../helpers/outside-vitest.ts';

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm run build on Ctrl-C', () => {
  // At the first line of output (the check still running), and once Astro has started to bundle.
  it.each([
    { when: 'as it starts', after: /./ },
    { when: 'while Astro bundles', after: /Building static entrypoints/ },
  ])('stops with 130 $when, leaving no process behind', async ({ after }) => {
    const outDir = await mkdtemp(join(tmpdir(), 'uw-ctrl-c-'));
    cleanup.push(outDir);
    const env = { ...outsideVitest(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
    // A process group of its own, as a terminal gives a command.
    const child = spawn(process.execPath, ['scripts/run.mjs', 'build', '--outDir', outDir], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let sent = false;
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!sent && after.test(output)) {
        sent = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(sent, output).toBe(true);
    expect(code, output).toBe(130);
    expect(output).toMatch(/nothing was built|no search index written/);
    expect(alive(-child.pid!)).toBe(false);
  }, 120_000);
});
