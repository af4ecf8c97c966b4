// Golden tests rewrite their expected files only when a person asks (UPDATE_GOLDEN=1);
// under CI the switch is refused, so a wrong output can never become its own expectation.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Loads tests/helpers/golden.ts in a fresh Node with only `env` set, printing its UPDATE_GOLDEN. */
const load = (env: NodeJS.ProcessEnv) =>
  run(process.execPath, ['--input-type=module', '-e', "const { UPDATE_GOLDEN } = await import('./tests/helpers/golden.ts'); console.log(UPDATE_GOLDEN)"], { env: { PATH: process.env.PATH, ...env } });

describe('UPDATE_GOLDEN', () => {
  it('is refused under CI: loading the golden helper fails, so every golden test fails', async () => {
    await expect(load({ CI: 'true', UPDATE_GOLDEN: '1' })).rejects.toMatchObject({ stderr: expect.stringContaining('UPDATE_GOLDEN is set under CI') });
  });

  it('rewrites expected files only when set to 1 outside CI', async () => {
    expect((await load({ UPDATE_GOLDEN: '1' })).stdout).toBe('true\n');
    expect((await load({ CI: 'true' })).stdout).toBe('false\n');
    expect((await load({})).stdout).toBe('false\n');
  });

  it('is CI in .ci/run even where the runner sets no CI variable', async () => {
    expect(await readFile('.ci/run', 'utf8')).toMatch(/^export CI="\$\{CI:-true\}"$/m);
  });
});
