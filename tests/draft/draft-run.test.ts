import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NothingToDoError } from '#lib/cli/cli-errors.ts';
import { PublishedIssueError } from '#lib/draft/draft-error.ts';
import { ExistingIssueError } from '#lib/draft/write-draft.ts';
import { startFixtureServer } from '#lib/github/fixture-server.ts';
import { caseContent, draftIn } from './helpers.ts';
import { displayPath } from '#lib/fs/display-path.ts';

const cleanup: string[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function content(name: string): Promise<string> {
  const dir = await caseContent(name);
  cleanup.push(dir, `${dir}-backups`);
  return dir;
}

describe('the ledger', () => {
  it('leaves out items an earlier issue covered, and says why', async () => {
    const summary = await draftIn(await content('following-week'), ['--date', '2023-02-06', '--since', '2023-01-23', '--dry-run']);
    expect(summary.items.map((item) => item.record.ref)).toEqual(['example/widgets#9', 'example/widgets@v0.2.0', 'example/widgets#7']);
    expect(summary.leftOut).toEqual([
      { ref: 'cilium/cilium@v1.13.0-rc5', reason: 'already covered by issue 1 (2023-01-30)' },
      { ref: 'example/widgets#8', reason: 'not merged (open)' },
      { ref: 'knative/serving@knative-v1.9.0', reason: 'already covered by issue 1 (2023-01-30)' },
      { ref: 'kubernetes/kubernetes#115143', reason: 'already covered by issue 1 (2023-01-30)' },
      { ref: 'kubernetes/kubernetes#115321', reason: 'already covered by issue 1 (2023-01-30)' },
    ]);
  });

  it('starts the window the day after the previous issue ends, and numbers the issue after it', async () => {
    const summary = await draftIn(await content('following-week'), ['--date', '2023-02-06', '--dry-run']);
    expect(summary.window).toMatchObject({ from: '2023-01-30', to: '2023-02-05', number: 2, previous: { number: 1, date: '2023-01-30' } });
    expect(summary.leftOut.map((item) => item.ref)).toEqual(['example/widgets#8']);
  });

  it('stops with exit code 3 when every record in the window is covered', async () => {
    const run = draftIn(await content('following-week'), ['--date', '2023-02-06', '--since', '2023-01-16', '--until', '2023-01-29', '--dry-run']);
    await expect(run).rejects.toThrow(NothingToDoError);
    await expect(run).rejects.toMatchObject({ exitCode: 3, message: expect.stringContaining('kubernetes/kubernetes#114814: already covered by issue 1 (2023-01-30)') });
  });

  it('redrafting an issue does not count the issue itself as covering its items', async () => {
    const dir = await content('first-issue');
    await draftIn(dir, ['--date', '2023-01-30']);
    const again = await draftIn(dir, ['--date', '2023-01-30', '--dry-run']);
    expect(again.items).toHaveLength(9);
    expect(again.leftOut).toEqual([]);
  });

  it('--only takes just the named items, and refuses one with no record', async () => {
    const dir = await content('first-issue');
    const summary = await draftIn(dir, ['--date', '2023-01-30', '--only', 'moby/moby@v23.0.0-rc.3', '--dry-run']);
    expect(summary.items.map((item) => item.record.ref)).toEqual(['moby/moby@v23.0.0-rc.3']);
    await expect(draftIn(dir, ['--date', '2023-01-30', '--only', 'moby/moby@v99', '--dry-run'])).rejects.toThrow(/no upstream record for moby\/moby@v99/);
  });
});

describe('writing the files', () => {
  it('a dry run writes nothing', async () => {
    const dir = await content('first-issue');
    const summary = await draftIn(dir, ['--date', '2023-01-30', '--dry-run']);
    expect(summary.files.map((file) => file.path)).toEqual([join(dir, 'issues/2023-01-30/zh.mdx'), join(dir, 'issues/2023-01-30/en.mdx')]);
    await expect(readdir(join(dir, 'issues'))).rejects.toThrow(/ENOENT/);
  });

  it('never overwrites an existing issue without --force, and writes neither language', async () => {
    const dir = await content('first-issue');
    const folder = join(dir, 'issues', '2023-02-06');
    await mkdir(folder, { recursive: true });
    const edited = '---\ntitle: My own words\n---\n\nAn editor wrote this.\n';
    await writeFile(join(folder, 'en.mdx'), edited);
    const before = await stat(join(folder, 'en.mdx'));

    await expect(draftIn(dir, ['--date', '2023-02-06', '--since', '2023-01-16'])).rejects.toThrow(ExistingIssueError);
    expect(await readFile(join(folder, 'en.mdx'), 'utf8')).toBe(edited);
    expect((await stat(join(folder, 'en.mdx'))).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(folder)).toEqual(['en.mdx']);
  });

  it('with --force replaces it, keeping a backup; the same draft again changes nothing', async () => {
    const dir = await content('first-issue');
    const backups = await mkdtemp(join(tmpdir(), 'uw-backups-'));
    cleanup.push(backups);
    const folder = join(dir, 'issues', '2023-02-06');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'en.mdx'), 'An editor wrote this.\n');

    const first = await draftIn(dir, ['--date', '2023-02-06', '--since', '2023-01-16', '--force'], { backupDir: backups });
    expect(first.written.map((result) => result.outcome)).toEqual(['new', 'replaced']);
    const backup = first.written[1]!.backup!;
    expect(backup).toBe(join(backups, '2023-02-06', 'en.2023-02-06T08-00-00-000Z.mdx'));
    expect(await readFile(backup, 'utf8')).toBe('An editor wrote this.\n');
    expect(await readFile(join(folder, 'en.mdx'), 'utf8')).toBe(first.files[1]!.text);

    const second = await draftIn(dir, ['--date', '2023-02-06', '--since', '2023-01-16', '--force'], { backupDir: backups });
    expect(second.written.map((result) => result.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await readdir(join(backups, '2023-02-06'))).toHaveLength(1);
  });
});

describe('a failure while writing', () => {
  it('leaves neither language changed', async () => {
    const dir = await content('first-issue');
    const folder = join(dir, 'issues', '2023-02-06');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'zh.mdx'), 'zh by hand\n');
    await writeFile(join(folder, 'en.mdx'), 'en by hand\n');
    // An immutable file cannot be replaced, even by root; skip where chattr is not available.
    if (spawnSync('chattr', ['+i', join(folder, 'en.mdx')]).status !== 0) return;
    try {
      await expect(draftIn(dir, ['--date', '2023-02-06', '--since', '2023-01-16', '--force'])).rejects.toThrow(/cannot write .*en.mdx: the operation is not permitted \(EPERM\); .*; no issue file was changed/);
      expect(await readFile(join(folder, 'zh.mdx'), 'utf8')).toBe('zh by hand\n');
      expect(await readFile(join(folder, 'en.mdx'), 'utf8')).toBe('en by hand\n');
      expect((await readdir(folder)).sort()).toEqual(['en.mdx', 'zh.mdx']);
    } finally {
      spawnSync('chattr', ['-i', join(folder, 'en.mdx')]);
    }
  });
});

describe('--gather', () => {
  it('gathers the window from the GitHub API first, then drafts from what it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-draft-gather-'));
    cleanup.push(dir);
    await writeFile(join(dir, 'watchlist.yaml'), await readFile('content/watchlist.yaml'));
    const server = await startFixtureServer({ fixturesDir: 'tests/fixtures/github' });
    try {
      const summary = await draftIn(dir, ['--date', '2023-01-30', '--since', '2023-01-16', '--gather'], { baseUrl: server.url });
      expect(summary.items.map((item) => item.record.ref).sort()).toEqual(
        [
          'cilium/cilium@v1.13.0-rc5',
          'knative/serving@knative-v1.9.0',
          'kubernetes/kubernetes#114814',
          'kubernetes/kubernetes#114878',
          'kubernetes/kubernetes#114886',
          'kubernetes/kubernetes#115143',
          'kubernetes/kubernetes#115321',
          'kyma-project/kyma@2.10.0',
          'moby/moby@v23.0.0-rc.3',
        ].sort(),
      );
      expect(await readdir(join(dir, 'upstream', 'kubernetes', 'kubernetes', 'pulls'))).toHaveLength(5);
    } finally {
      await server.close();
    }
  });
});

describe('a published issue', () => {
  it('is replaced only with --force --overwrite-published, and its files are kept in the backup folder first', async () => {
    const dir = await content('first-issue');
    const folder = join(dir, 'issues', '2023-01-30');
    await draftIn(dir, ['--date', '2023-01-30']);
    const published = (await readFile(join(folder, 'en.mdx'), 'utf8')).replace('draft: true', 'draft: false').replace('<Placeholder for="intro" />', 'The editor wrote this.');
    await writeFile(join(folder, 'en.mdx'), published);

    const refused = draftIn(dir, ['--date', '2023-01-30', '--force']);
    await expect(refused).rejects.toThrow(PublishedIssueError);
    await expect(refused).rejects.toThrow(`(the current files would first be copied to ${displayPath(join(`${dir}-backups`, '2023-01-30', 'en.2023-02-06T08-00-00-000Z.mdx'))})`);
    expect(await readFile(join(folder, 'en.mdx'), 'utf8')).toBe(published);

    const replaced = await draftIn(dir, ['--date', '2023-01-30', '--force', '--overwrite-published']);
    expect(replaced.written.map((result) => result.outcome)).toEqual(['unchanged', 'replaced']);
    expect(await readFile(replaced.written[1]!.backup!, 'utf8')).toBe(published);
  });
});
