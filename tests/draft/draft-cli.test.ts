// `node scripts/draft.ts` as an editor runs it, against the committed content.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '#lib/content/frontmatter.ts';

const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/draft.ts', ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};
const itemsOf = (text: string) => (parseFrontmatter(text)!.data as { items: string[] }).items;
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('npm run draft', () => {
  it('--date 2023-01-30 --dry-run reproduces the item list of the first issue, in both languages', async () => {
    const { code, stdout, stderr } = await run(['--date', '2023-01-30', '--dry-run']);
    expect(code).toBe(0);
    const published = itemsOf(await readFile('content/issues/2023-01-30/en.mdx', 'utf8'));
    const files = stdout.split(/^==> .* <==$/m).slice(1);
    expect(files).toHaveLength(2);
    for (const file of files) expect(itemsOf(file.trimStart()).sort()).toEqual([...published].sort());
    expect(stderr).toContain('draft: 9 items (5 progress, 4 releases, 0 other)');
    // A redraft keeps the issue's own window and number.
    expect(stderr).toContain('draft: issue 1, window 2023-01-16..2023-01-29 (first issue)');
    expect(stderr).toContain('draft: dry run: would replace a published issue (needs --force --overwrite-published) content/issues/2023-01-30/zh.mdx');
    expect(stderr).toContain('draft: dry run: would replace a published issue (needs --force --overwrite-published) content/issues/2023-01-30/en.mdx');
  });

  it('for the following week, finds nothing new in the committed records and exits 3, listing what it left out', async () => {
    const { code, stderr } = await run(['--date', '2023-02-06', '--since', '2023-01-16', '--dry-run']);
    expect(code).toBe(3);
    expect(stderr).toContain('nothing new to draft for 2023-01-16..2023-02-05');
    expect(stderr.match(/already covered by issue 1 \(2023-01-30\)/g)).toHaveLength(9);
  });

  it('refuses to overwrite the published first issue, even with --force, naming the way to add and the backups', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-draft-cli-'));
    made.push(dir);
    await cp('content', dir, { recursive: true });
    const before = await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8');
    for (const args of [['--date', '2023-01-30'], ['--date', '2023-01-30', '--force']]) {
      const { code, stderr } = await run(args, { CONTENT_DIR: dir });
      expect(code).toBe(1);
      expect(stderr).toContain('draft: issue 1 (2023-01-30) is published (draft: false); a new draft would replace its commentary, so nothing was written.');
      expect(stderr).toContain('npm run draft -- --add REF --date 2023-01-30');
      expect(stderr).toContain('npm run draft -- --date 2023-01-30 --force --overwrite-published');
      expect(stderr).toMatch(/the current files would first be copied to \.cache\/backups\/issues\/2023-01-30\/zh\.[0-9T-]+Z\.mdx and \.cache\/backups\/issues\/2023-01-30\/en\.[0-9T-]+Z\.mdx/);
    }
    expect(await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8')).toBe(before);
    const alone = await run(['--date', '2023-01-30', '--overwrite-published'], { CONTENT_DIR: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--overwrite-published goes with --force');
  });

  it('refuses to draft an issue dated before the latest one (exit code 2)', async () => {
    const { code, stderr } = await run(['--date', '2023-01-23', '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toContain('issue 1 (2023-01-30) is already later than 2023-01-23');
  });

  it('says a missing content folder is missing, exit 1', async () => {
    const missing = join(tmpdir(), 'uw-no-such-content');
    const dry = await run(['--dry-run'], { CONTENT_DIR: missing });
    expect(dry.code).toBe(1);
    expect(dry.stderr).toBe(`draft: the content folder ${missing} does not exist; run from the project root, or set CONTENT_DIR\n`);
  });

  it('explains a bad argument with exit code 2, and prints usage for --help', async () => {
    const bad = await run(['--date', '2023-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date "2023-02-30": 2023-02-30 is not a day in the calendar');
    const only = await run(['--only', 'kubernetes/kubernetes']);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('--only "kubernetes/kubernetes": expected owner/repo#123, owner/repo@tag, or the address of a GitHub pull request or release');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run draft/);
    expect(help.stdout).toContain('--force');
  });
});
