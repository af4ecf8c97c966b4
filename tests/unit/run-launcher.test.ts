// scripts/run.mjs, the plain-JavaScript entry of every TypeScript npm script: on a Node
// too old to run .ts files it says which Node is needed, instead of a loader error.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = async (node: string, args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(node, ['scripts/run.mjs', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

// Debian's own node (20 on the machines this project is built on) is the old Node to try.
const OLD_NODE = '/usr/bin/node';
const oldVersion = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const isOld = /^v(\d+)\.(\d+)/.test(oldVersion) && (([major, minor]) => major! < 22 || (major === 22 && minor! < 12))(oldVersion.slice(1).split('.').map(Number));

describe('scripts/run.mjs', () => {
  it.skipIf(!isOld)(`on an old Node (${oldVersion || 'none found'}), says which Node the scripts need`, async () => {
    const { code, stdout, stderr } = await run(OLD_NODE, ['draft', '--help']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`npm run draft: needs Node ≥ 22.12 (found ${oldVersion}), which runs the TypeScript scripts by itself.\nInstall Node 22 (see .node-version), or put a newer node first on PATH.\n`);
    expect(stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('on this Node, runs the script with its own arguments', async () => {
    const { code, stdout } = await run(process.execPath, ['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run check/);
  });

  it('refuses a name that is not a script', async () => {
    for (const name of ['nope', '../package', '']) {
      const { code, stderr } = await run(process.execPath, [name]);
      expect(code).toBe(2);
      expect(stderr).toContain(`run: no script called ${JSON.stringify(name)} in scripts/`);
    }
  });

  it('is how package.json runs every TypeScript script', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(Object.values(scripts).filter((command) => /scripts\/[\w-]+\.ts/.test(command))).toEqual([]);
    for (const command of Object.values(scripts)) {
      const name = /^node scripts\/run\.mjs ([\w-]+)/.exec(command)?.[1];
      if (name) expect(existsSync(`scripts/${name}.ts`), command).toBe(true);
    }
    expect(scripts.backlog).toBe('node scripts/run.mjs draft --backlog');
  });
});
