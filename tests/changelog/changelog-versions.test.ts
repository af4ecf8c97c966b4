// `npm run changelog -- --from-version A --to-version B` against the committed records
// and issues (content/), with golden output in tests/fixtures/changelog-versions/.
// After a deliberate change: UPDATE_GOLDEN=1 npx vitest run tests/changelog/changelog-versions.test.ts
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'changelog-versions');
const K8S = ['--repo', 'kubernetes/kubernetes'];

function changelog(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/run.mjs', 'changelog', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

async function golden(name: string, output: string) {
  const file = join(GOLDEN, name);
  if (UPDATE_GOLDEN) await writeFile(file, output);
  expect(output).toBe(await readFile(file, 'utf8'));
}

describe('npm run changelog --from-version --to-version', () => {
  it('lists the five pull requests of the first issue for kubernetes v1.26 → v1.27, grouped, each with its issue', async () => {
    const run = await changelog([...K8S, '--from-version', 'v1.26', '--to-version', 'v1.27']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await golden('kubernetes-v1.26-v1.27.md', run.stdout);
    const numbers = [...run.stdout.matchAll(/\/pull\/(\d+)\)/g)].map((match) => match[1]);
    expect(numbers.sort()).toEqual(['114814', '114878', '114886', '115143', '115321']);
    expect(run.stdout).toMatch(/^## Features \(3\)$/m);
    expect(run.stdout).toMatch(/^## Bug fixes \(2\)$/m);
    expect(run.stdout.match(/covered in issue 1 \(2023-01-30\)/g)).toHaveLength(5);
  });

  it('gives the same content as JSON, and the same bytes on every run', async () => {
    const args = [...K8S, '--from-version', '1.26', '--to-version', '1.27', '--format', 'json'];
    const [first, second] = [await changelog(args), await changelog(args)];
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    await golden('kubernetes-v1.26-v1.27.json', first.stdout);
    const data = JSON.parse(first.stdout) as { from: string; to: string; count: number; groups: Array<{ key: string; entries: Array<{ ref: string; version: string }> }> };
    expect([data.from, data.to, data.count]).toEqual(['v1.26', 'v1.27', 5]);
    expect(data.groups.map((group) => [group.key, group.entries.map((entry) => entry.ref.split('#')[1])])).toEqual([
      ['feature', ['114886', '115143', '115321']],
      ['bug', ['114814', '114878']],
    ]);
  });

  it('reads a prefixed tag as its version: knative-v1.9.0 is v1.9.0', async () => {
    const run = await changelog(['--repo', 'knative/serving', '--to-version', 'knative-v1.9.0']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Upgrade: knative/serving up to v1.9.0');
    expect(run.stdout).toContain('## Releases (1)');
    expect(run.stdout).toContain('[knative/serving knative-v1.9.0](https://github.com/knative/serving/releases/tag/knative-v1.9.0)');
  });

  it.each([
    [[...K8S, '--from-version', 'v1.27', '--to-version', 'v1.28'], '--to-version v1.28: kubernetes/kubernetes has no change tracked for it. Versions of kubernetes/kubernetes, oldest first: v1.27'],
    [[...K8S, '--from-version', 'latest', '--to-version', 'v1.27'], '--from-version "latest": not a version (write it as v1.27, 1.27.3 or v1.13.0-rc5). Versions of kubernetes/kubernetes, oldest first: v1.27'],
    [[...K8S, '--from-version', 'v1.30', '--to-version', 'v1.27'], '--from-version v1.30: kubernetes/kubernetes has no change tracked for it, and it is not older than its first version, v1.27. Versions of kubernetes/kubernetes, oldest first: v1.27'],
    [[...K8S, '--from-version', 'v1.27', '--to-version', 'v1.27'], '--from-version v1.27 is not older than --to-version v1.27'],
    [[...K8S, '--from-version', 'v1.26'], '--from-version needs --to-version: the version to upgrade to'],
    [['--repo', 'kubernetes/kubernetes', '--repo', 'cilium/cilium', '--to-version', 'v1.27'], '--to-version takes exactly one --repo: versions belong to one repository'],
    [[...K8S, '--to-version', 'v1.27', '--since', '2023-01-16'], '--since and --until choose a window; --from-version and --to-version choose versions: give one or the other'],
    [[...K8S, '--to-version', 'v1.27', '--group', 'sig'], '--group does not apply to --to-version: an upgrade is grouped by what it asks of the reader'],
    [['--repo', 'nobody/nothing', '--to-version', 'v1'], '--repo nobody/nothing: no records gathered in content/upstream (it has records for cilium/cilium, knative/serving, kubernetes/kubernetes, kyma-project/kyma, moby/moby); check the name, or gather it first: npm run gather'],
  ])('refuses %j with exit 2, listing the known versions', async (args, message) => {
    const run = await changelog(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`changelog: ${message}\nRun with --help for usage.\n`);
  });

  it('says which file it cannot write, exit 1, with no stack trace', async () => {
    const run = await changelog([...K8S, '--to-version', 'v1.27', '--out', 'README.md/upgrade.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('changelog: cannot write README.md/upgrade.md: a part of the path is a file, not a folder (ENOTDIR); check the path\n');
  });

  it('documents the flags in --help', async () => {
    const run = await changelog(['--help']);
    for (const flag of ['--from-version A', '--to-version B']) expect(run.stdout).toContain(flag);
  });
});
