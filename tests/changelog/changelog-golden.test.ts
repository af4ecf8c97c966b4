// `npm run changelog` against frozen output. Each folder under tests/fixtures/changelog/
// that holds an `args.json` is a case: the CLI runs with those arguments and its output
// must equal the case's `expected.md` or `expected.json` byte for byte. Records come
// from the case's own `content/` folder when it has one, else from
// tests/fixtures/records/ (the first issue's nine records, shared with the draft tests).
//
// After a deliberate change to the output, rewrite the expected files with
//   UPDATE_GOLDEN=1 npx vitest run tests/changelog
// and read the diff before committing it.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'changelog');
const SHARED_CONTENT = join(ROOT, 'tests', 'fixtures', 'records');
const UPDATE = UPDATE_GOLDEN;
const WINDOW = ['--since', '2023-01-16', '--until', '2023-01-29'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function changelog(args: string[], contentDir = SHARED_CONTENT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/changelog.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'args.json')))
  .map((entry) => entry.name)
  .sort();

/** The list lines (`- …`) under each `### ` heading of a Markdown changelog, by heading. */
function sections(markdown: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) current = line.startsWith('### ') ? (out[line.slice(4)] = []) : undefined;
    else if (line.startsWith('- ')) current?.push(line);
  }
  return out;
}

const numbersIn = (lines: string[] = []) => lines.map((line) => /\/pull\/(\d+)\)/.exec(line)?.[1]);

describe('npm run changelog: golden output', () => {
  it('has the cases it is meant to have', () => {
    expect(CASES).toEqual(['ecosystem-by-repo', 'kubernetes-by-kind', 'kubernetes-by-sig', 'kubernetes-json', 'notes-only']);
  });

  it.each(CASES)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const args = JSON.parse(await readFile(join(dir, 'args.json'), 'utf8')) as string[];
    const content = existsSync(join(dir, 'content')) ? join(dir, 'content') : SHARED_CONTENT;
    const run = await changelog(args, content);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expectedFile = join(dir, args.includes('json') ? 'expected.json' : 'expected.md');
    if (UPDATE) await writeFile(expectedFile, run.stdout);
    expect(run.stdout).toBe(await readFile(expectedFile, 'utf8'));
  });
});

describe('npm run changelog: what the output says', () => {
  it('files the five Kubernetes pull requests under Feature and Bug or Regression, one line each', async () => {
    const markdown = await readFile(join(FIXTURES, 'kubernetes-by-kind', 'expected.md'), 'utf8');
    const byKind = sections(markdown);
    expect(Object.keys(byKind)).toEqual(['Feature', 'Bug or Regression']);
    expect(numbersIn(byKind.Feature)).toEqual(['114886', '115143', '115321']);
    expect(numbersIn(byKind['Bug or Regression'])).toEqual(['114814', '114878']);
    expect(byKind['Bug or Regression']?.[0]).toBe(
      "- Don't create endpoints for Service of type ExternalName. ([#114814](https://github.com/kubernetes/kubernetes/pull/114814), [@panslava](https://github.com/panslava)) \\[SIG Apps, Network and Testing]",
    );
  });

  it('has the same grouping in the JSON', async () => {
    const data = JSON.parse(await readFile(join(FIXTURES, 'kubernetes-json', 'expected.json'), 'utf8')) as {
      groups: Array<{ key: string; changes: Array<{ number: number }> }>;
    };
    expect(data.groups.map((group) => [group.key, group.changes.map((change) => change.number)])).toEqual([
      ['feature', [114886, 115143, 115321]],
      ['bug', [114814, 114878]],
    ]);
  });

  it('lists a pull request without a release note unless --notes-only is given', async () => {
    const content = join(FIXTURES, 'notes-only', 'content');
    const args = ['--repo', 'kubernetes/kubernetes', ...WINDOW];
    const all = await changelog(args, content);
    expect(all.code).toBe(0);
    expect(sections(all.stdout)).toEqual({
      'Bug or Regression': [expect.stringContaining('[#114814]')],
    });
    expect(all.stdout).toContain(
      '## Without a release note\n\n- Tidy up unused helpers in the probe tests ([#115200](https://github.com/kubernetes/kubernetes/pull/115200), [@fixture-author](https://github.com/fixture-author)) \\[SIG Node]\n',
    );
    const notesOnly = await changelog([...args, '--notes-only'], content);
    expect(notesOnly.stdout).not.toContain('115200');
    expect(notesOnly.stdout).not.toContain('Without a release note');
  });
});

describe('npm run changelog: command line', () => {
  const ecosystem = ['--repo', 'kubernetes/kubernetes', '--repo', 'moby/moby', '--repo', 'cilium/cilium', ...WINDOW, '--group', 'repo'];

  it('prints the same bytes on every run', async () => {
    const [first, second] = [await changelog(ecosystem), await changelog(ecosystem)];
    expect(first.code).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes --out FILE with the bytes it would print, and leaves it alone the second time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-changelog-'));
    cleanup.push(dir);
    const out = join(dir, 'notes', 'changelog.md');
    const printed = await changelog(ecosystem);

    const first = await changelog([...ecosystem, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe(`changelog: new ${out}\n`);
    expect(await readFile(out, 'utf8')).toBe(printed.stdout);
    const written = (await stat(out)).mtimeMs;

    const second = await changelog([...ecosystem, '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`changelog: unchanged ${out}\n`);
    expect((await stat(out)).mtimeMs).toBe(written);
  });

  it.each([
    [['--repo', 'kubernetes/kubernetes', ...WINDOW, '--format', 'xml'], '--format "xml": expected md or json'],
    [[...WINDOW], 'name at least one --repo owner/repo'],
    [['--repo', 'kubernetes/kubernetes', '--since', '2023-01-29', '--until', '2023-01-16'], '--since 2023-01-29 is after --until 2023-01-16'],
    [['--repo', 'kubernetes', ...WINDOW], '--repo "kubernetes": expected owner/repo'],
    [['--repo', 'kubernetes/kubernetes', ...WINDOW, '--group', 'area'], '--group "area": expected kind, sig or repo'],
  ])('rejects %j with exit 2', async (args, message) => {
    const run = await changelog(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`changelog: ${message}\nRun with --help for usage.\n`);
  });

  it('refuses a repository with no records, naming the ones there are, exit 2', async () => {
    const run = await changelog(['--repo', 'nobody/nothing', ...WINDOW]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('changelog: --repo nobody/nothing: no records gathered in ');
    expect(run.stderr).toContain('(it has records for cilium/cilium, knative/serving, kubernetes/kubernetes, kyma-project/kyma, moby/moby); check the name, or gather it first: npm run gather');
  });

  it('says a missing content folder is missing, exit 1', async () => {
    const missing = join(tmpdir(), 'uw-no-such-content');
    const run = await changelog(['--repo', 'kubernetes/kubernetes', ...WINDOW], missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`changelog: the content folder ${missing} does not exist; run from the project root, or set CONTENT_DIR\n`);
  });

  it('prints usage for --help', async () => {
    const run = await changelog(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run changelog -- --repo owner\/repo/);
    for (const flag of ['--since', '--until', '--format md|json', '--group kind|sig|repo', '--notes-only', '--out FILE']) expect(run.stdout).toContain(flag);
  });
});
