// `draft --add`: items added to an issue that is already written, in both languages,
// with every byte of the editor's text kept where it was.
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { addItems } from '#lib/draft/add-items.ts';
import { validateIssueFile } from '#lib/content/validate-issue-file.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { addIn } from './helpers.ts';

const cleanup: string[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

const PULL = JSON.parse(await readFile('content/upstream/kubernetes/kubernetes/pulls/114814.json', 'utf8'));
const RELEASE = JSON.parse(await readFile('content/upstream/moby/moby/releases/v23.0.0-rc.3.json', 'utf8'));

/** The committed content (issue 1, published, with its commentary) plus two records it does not cover. */
async function withLateRecords(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-add-'));
  cleanup.push(dir, `${dir}-backups`);
  await cp('content', dir, { recursive: true });
  const pull = { ...PULL, ref: 'kubernetes/kubernetes#115200', number: 115200, url: 'https://github.com/kubernetes/kubernetes/pull/115200', title: 'Late change', mergedAt: '2023-01-24T09:00:00Z', references: [] };
  await writeFile(join(dir, 'upstream/kubernetes/kubernetes/pulls/115200.json'), JSON.stringify(pull, null, 2));
  const release = { ...RELEASE, ref: 'moby/moby@v23.0.0-rc.4', tag: 'v23.0.0-rc.4', title: 'v23.0.0-rc.4', url: 'https://github.com/moby/moby/releases/tag/v23.0.0-rc.4', publishedAt: '2023-01-12T12:00:00Z', references: [] };
  await writeFile(join(dir, 'upstream/moby/moby/releases/v23.0.0-rc.4.json'), JSON.stringify(release, null, 2));
  return dir;
}

const ADDED_ITEMS = '  - kyma-project/kyma@2.10.0\n  - kubernetes/kubernetes#115200\n  - moby/moby@v23.0.0-rc.4\n';
const block = (progress: string, releases: string, late: string) =>
  [
    '### Late change',
    '',
    '<Item ref="kubernetes/kubernetes#115200" />',
    '',
    '<Placeholder for="kubernetes/kubernetes#115200" />',
    '',
    `## ${releases}`,
    '',
    '### moby/moby v23.0.0-rc.4',
    '',
    `{/* ${late} */}`,
    '',
    '<Item ref="moby/moby@v23.0.0-rc.4" />',
    '',
    '<Placeholder for="moby/moby@v23.0.0-rc.4" />',
    '',
    '',
  ].join('\n') + progress;

describe('draft --add', () => {
  it('adds items to a published issue in both languages, keeping every byte already written, and keeps a backup', async () => {
    const dir = await withLateRecords();
    const zh = await readFile(join(dir, 'issues/2023-01-30/zh.mdx'), 'utf8');
    const en = await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8');
    const summary = await addIn(dir, ['--add', 'https://github.com/kubernetes/kubernetes/pull/115200', '--add', 'moby/moby@v23.0.0-rc.4', '--date', '2023-01-30']);
    expect(summary.written.map((result) => result.outcome)).toEqual(['replaced', 'replaced']);

    // The release (published before the issue's window) comes with a late note; the section it needs is created before "Other".
    const expectedEn = en
      .replace('  - kyma-project/kyma@2.10.0\n', ADDED_ITEMS)
      .replace('## Other news\n', block('## Other news\n', 'Releases', 'Late: published on 2023-01-12, before this issue’s window; the lookback found it.'));
    const expectedZh = zh
      .replace('  - kyma-project/kyma@2.10.0\n', ADDED_ITEMS)
      .replace('## 其他\n', block('## 其他\n', '版本发布', '补录：2023-01-12 发布，早于本期时间窗口，由回溯找到。'));
    expect(await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8')).toBe(expectedEn);
    expect(await readFile(join(dir, 'issues/2023-01-30/zh.mdx'), 'utf8')).toBe(expectedZh);

    // The files as they were are kept, as --force keeps them.
    expect(summary.written[1]!.backup).toBe(join(`${dir}-backups`, '2023-01-30', 'en.2023-02-06T08-00-00-000Z.mdx'));
    expect(await readFile(summary.written[1]!.backup!, 'utf8')).toBe(en);
    expect(await readFile(summary.written[0]!.backup!, 'utf8')).toBe(zh);

    // What is left is exactly the commentary to write: check names the new placeholders and nothing else.
    const problems = (await runCheck(dir, 'public')).problems.filter((problem) => problem.severity !== 'warning');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).toMatch(/Placeholder/);
  });

  it('refuses, writing nothing, an item already in the issue, one another issue covers, an open pull request, and one with no record', async () => {
    const dir = await withLateRecords();
    const before = await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8');
    const open = { ...PULL, ref: 'kubernetes/kubernetes#115210', number: 115210, url: 'https://github.com/kubernetes/kubernetes/pull/115210', state: 'open', mergedAt: null, references: [] };
    await writeFile(join(dir, 'upstream/kubernetes/kubernetes/pulls/115210.json'), JSON.stringify(open, null, 2));
    const refs = ['kubernetes/kubernetes#115143', 'https://github.com/kubernetes/kubernetes/pull/115210', 'o/r#1', 'kubernetes/kubernetes#115200'];
    const run = addIn(dir, refs.flatMap((ref) => ['--add', ref]));
    await expect(run).rejects.toThrow(
      [
        'nothing was added:',
        '  kubernetes/kubernetes#115143: already in issue 1 (2023-01-30)',
        '  kubernetes/kubernetes#115210: not merged (open)',
        '  o/r#1: no upstream record; gather it first (npm run gather -- --pr … / --release …)',
      ].join('\n'),
    );
    expect(await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8')).toBe(before);
    await expect(readdir(`${dir}-backups`)).rejects.toThrow(/ENOENT/);
  });

  it('refuses an issue with problems, listing each as file:line: field: message', async () => {
    const dir = await withLateRecords();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('\nnumber: 1\n', '\nnumber: one\n'));
    const error = await addIn(dir, ['--date', '2023-01-30', '--add', 'kubernetes/kubernetes#115200']).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/^issue 2023-01-30 has problems to fix first:\n {2}\S*en\.mdx:3: number: .+$/);
    await expect(readdir(`${dir}-backups`)).rejects.toThrow(/ENOENT/);
  });

  it('without --date, adds to the latest issue; --dry-run prints the files and writes nothing', async () => {
    const dir = await withLateRecords();
    const before = await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8');
    const summary = await addIn(dir, ['--add', 'kubernetes/kubernetes#115200', '--dry-run']);
    expect(summary.issue).toEqual({ number: 1, date: '2023-01-30', draft: false });
    expect(summary.files[1]!.text).toContain('<Placeholder for="kubernetes/kubernetes#115200" />');
    expect(await readFile(join(dir, 'issues/2023-01-30/en.mdx'), 'utf8')).toBe(before);
  });
});

describe('a file that cannot be written', () => {
  it('leaves both languages as they were', async () => {
    const dir = await withLateRecords();
    const folder = join(dir, 'issues/2023-01-30');
    const zh = await readFile(join(folder, 'zh.mdx'), 'utf8');
    const en = await readFile(join(folder, 'en.mdx'), 'utf8');
    // An immutable file cannot be replaced, even by root; skip where chattr is not available.
    if (spawnSync('chattr', ['+i', join(folder, 'en.mdx')]).status !== 0) return;
    try {
      await expect(addIn(dir, ['--add', 'kubernetes/kubernetes#115200'])).rejects.toThrow(/cannot write .*; no issue file was changed/);
      expect(await readFile(join(folder, 'zh.mdx'), 'utf8')).toBe(zh);
      expect(await readFile(join(folder, 'en.mdx'), 'utf8')).toBe(en);
      expect((await readdir(folder)).sort()).toEqual(['en.mdx', 'zh.mdx']);
    } finally {
      spawnSync('chattr', ['-i', join(folder, 'en.mdx')]);
    }
  });
});

describe('addItems on other shapes of file', () => {
  const file = (text: string): IssueFile => ({ file: 'x/2023-02-06/en.mdx', slug: '2023-02-06', lang: 'en', text, bodyLine: 1, ...validateIssueFile('x/2023-02-06/en.mdx', text) });
  const record = { ...PULL, ref: 'kubernetes/kubernetes#115200', number: 115200, title: 'Late change', mergedAt: '2023-02-01T00:00:00Z', references: [] };
  const head = (items: string) => `---\r\ntitle: T\r\nnumber: 2\r\ndate: 2023-02-06\r\nfrom: 2023-01-30\r\nto: 2023-02-05\r\nsummary: S\r\n${items}\r\n---\r\n`;

  it('appends to a flow list, keeps CRLF line ends, and adds a missing section at the end', () => {
    const text = `${head('items: [kubernetes/kubernetes#114814] # the one\r\ntopics: [networking]')}\r\nWords of the editor.\r\n`;
    const { text: after, added } = addItems(file(text), [record], 'en');
    expect(after).toBe(
      `${head('items: [kubernetes/kubernetes#114814, kubernetes/kubernetes#115200] # the one\r\ntopics: [networking]')}\r\nWords of the editor.\r\n\r\n## Upstream progress\r\n\r\n### Late change\r\n\r\n<Item ref="kubernetes/kubernetes#115200" />\r\n\r\n<Placeholder for="kubernetes/kubernetes#115200" />\r\n`,
    );
    expect(added.sections).toEqual([{ section: 'progress', created: true, refs: ['kubernetes/kubernetes#115200'] }]);
  });
});

describe('as an editor runs it', () => {
  it('takes a pasted pull request address and reports where each item went', async () => {
    const dir = await withLateRecords();
    let result: { code: number; stderr: string };
    try {
      const { stderr } = await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'draft', '--add', 'https://github.com/kubernetes/kubernetes/pull/115200/files'], { env: { ...process.env, CONTENT_DIR: dir } });
      result = { code: 0, stderr };
    } catch (error) {
      result = error as { code: number; stderr: string };
    }
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('draft: adding 1 item to issue 1 (2023-01-30, published)');
    expect(result.stderr).toContain('  + en: kubernetes/kubernetes#115200 at the end of the progress section');
    expect(result.stderr).toMatch(/draft: replaced +.*issues\/2023-01-30\/en\.mdx \(previous version kept in \.cache\/backups\/issues\/2023-01-30\/en\.[0-9T-]+Z\.mdx\)/);
    expect(result.stderr).toContain('npm run check refuses a published issue until you do');
    // The backups went where the CLI keeps them; they are this test's to remove.
    for (const [, path] of result.stderr.matchAll(/previous version kept in (\S+)\)/g)) await rm(path!);
    await rmdir('.cache/backups/issues/2023-01-30').catch(() => {});
  });
});
