// The backlog: records that turn up after their week was drafted are proposed by the
// next draft (marked late), older ones are counted with the flag that reaches them,
// and `npm run backlog` lists every uncovered record with its age.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { NothingToDoError } from '#lib/cli/cli-errors.ts';
import { startFixtureServer } from '#lib/github/fixture-server.ts';
import { draftIn } from './helpers.ts';

const cleanup: string[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** Content as it stands after issue 1 (2023-01-30, window 2023-01-16..29) went out: nine records, all covered. */
async function afterFirstIssue(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-backlog-'));
  cleanup.push(dir, `${dir}-backups`);
  await cp('tests/fixtures/records/upstream', join(dir, 'upstream'), { recursive: true });
  await cp('tests/fixtures/draft/following-week/issues', join(dir, 'issues'), { recursive: true });
  await writeFile(join(dir, 'watchlist.yaml'), await readFile('content/watchlist.yaml'));
  return dir;
}

const PULL = JSON.parse(await readFile('tests/fixtures/records/upstream/kubernetes/kubernetes/pulls/114814.json', 'utf8'));
const RELEASE = JSON.parse(await readFile('tests/fixtures/records/upstream/moby/moby/releases/v23.0.0-rc.3.json', 'utf8'));

/** Writes a pull request record merged on `day` (or an open one), filed where its ref says. */
async function pullRecord(dir: string, number: number, day: string, state = 'merged') {
  const record = { ...PULL, ref: `kubernetes/kubernetes#${number}`, number, url: `https://github.com/kubernetes/kubernetes/pull/${number}`, title: `Change ${number}`, state, createdAt: `${day}T00:00:00Z`, mergedAt: state === 'merged' ? `${day}T09:00:00Z` : null, references: [] };
  await writeFile(join(dir, 'upstream/kubernetes/kubernetes/pulls', `${number}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

async function releaseRecord(dir: string, tag: string, day: string) {
  const record = { ...RELEASE, ref: `moby/moby@${tag}`, tag, title: tag, url: `https://github.com/moby/moby/releases/tag/${tag}`, publishedAt: `${day}T12:00:00Z`, references: [] };
  await writeFile(join(dir, 'upstream/moby/moby/releases', `${tag}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

describe('a plain draft on the next Monday', () => {
  it('proposes uncovered records from the four weeks before its window, marked late, and counts older ones with the flag that includes them', async () => {
    const dir = await afterFirstIssue();
    await pullRecord(dir, 115200, '2023-01-24');
    await releaseRecord(dir, 'v23.0.0-rc.4', '2023-01-26');
    await pullRecord(dir, 115210, '2023-01-25', 'open');
    await pullRecord(dir, 114000, '2022-11-15');

    const summary = await draftIn(dir, []);
    expect(summary.window).toMatchObject({ from: '2023-01-30', to: '2023-02-05', number: 2 });
    expect(summary.items.map((item) => item.record.ref)).toEqual(['kubernetes/kubernetes#115200', 'moby/moby@v23.0.0-rc.4']);
    expect([...summary.late].sort()).toEqual(['kubernetes/kubernetes#115200', 'moby/moby@v23.0.0-rc.4']);
    expect(summary.older).toEqual({ count: 1, oldest: '2022-11-15', flag: '--lookback 11' });

    // The editor sees which items are late, in each language.
    const [zh, en] = await Promise.all(['zh', 'en'].map((lang) => readFile(join(dir, 'issues/2023-02-06', `${lang}.mdx`), 'utf8')));
    expect(en).toContain('### Change 115200\n\n{/* Late: merged on 2023-01-24, before this issue’s window; the lookback found it. */}\n\n<Item ref="kubernetes/kubernetes#115200" />');
    expect(en).toContain('{/* Late: published on 2023-01-26, before this issue’s window; the lookback found it. */}\n\n<Item ref="moby/moby@v23.0.0-rc.4" />');
    expect(zh).toContain('{/* 补录：2023-01-24 合并，早于本期时间窗口，由回溯找到。 */}');

    // The flag the report names does include the older record.
    const wider = await draftIn(dir, ['--date', '2023-02-06', '--lookback', '11', '--dry-run']);
    expect(wider.items.map((item) => item.record.ref)).toContain('kubernetes/kubernetes#114000');
    expect(wider.older.count).toBe(0);
  });

  it('takes --lookback in weeks or days, and 0 turns it off: then a week with only late records is quiet (exit 3)', async () => {
    const dir = await afterFirstIssue();
    await pullRecord(dir, 115200, '2023-01-24');
    expect((await draftIn(dir, ['--lookback', '6d', '--dry-run'])).items.map((item) => item.record.ref)).toEqual(['kubernetes/kubernetes#115200']);
    expect((await draftIn(dir, ['--lookback', '1', '--dry-run'])).items).toHaveLength(1);
    const quiet = draftIn(dir, ['--lookback', '5d', '--dry-run']);
    await expect(quiet).rejects.toThrow(NothingToDoError);
    await expect(quiet).rejects.toThrow(/nothing new to draft for 2023-01-30\.\.2023-02-05 or the 5 days before it.*\n1 older uncovered record \(the oldest from 2023-01-24\) would be proposed with --lookback 1; npm run backlog lists it/s);
  });

  it('with --gather, gathers the window and the lookback, so records that upstream added to earlier weeks come in and are proposed', async () => {
    const dir = await afterFirstIssue();
    // A stand-in GitHub that, since issue 1 was drafted, has one more merged pull request and three more releases in its weeks.
    const github = await mkdtemp(join(tmpdir(), 'uw-backlog-github-'));
    cleanup.push(github);
    await cp('tests/fixtures/github', github, { recursive: true });
    const pull = JSON.parse(await readFile(join(github, 'pulls/kubernetes/kubernetes/114814.json'), 'utf8'));
    await writeFile(join(github, 'pulls/kubernetes/kubernetes/115199.json'), JSON.stringify({ ...pull, number: 115199, id: 115199, title: 'Late feature', html_url: 'https://github.com/kubernetes/kubernetes/pull/115199', url: 'https://api.github.com/repos/kubernetes/kubernetes/pulls/115199', created_at: '2023-01-10T00:00:00Z', merged_at: '2023-01-27T00:00:00Z', closed_at: '2023-01-27T00:00:00Z', labels: [{ name: 'kind/feature' }, { name: 'sig/network' }] }));
    const releases = [
      ['moby/moby', 'v23.0.0-rc.4', '2023-01-27T10:00:00Z'],
      ['cilium/cilium', 'v1.13.0-rc6', '2023-01-28T10:00:00Z'],
      ['knative/serving', 'knative-v1.9.1', '2023-01-26T10:00:00Z'],
    ];
    for (const [repo, tag, at] of releases) {
      const [owner, name] = repo!.split('/');
      const folder = join(github, 'releases', owner!, name!);
      await mkdir(folder, { recursive: true });
      const template = JSON.parse(await readFile(join(github, 'releases/moby/moby/v23.0.0-rc.3.json'), 'utf8'));
      await writeFile(join(folder, `${tag}.json`), JSON.stringify({ ...template, id: Number(at!.slice(8, 10)) * 1000, tag_name: tag, name: tag, html_url: `https://github.com/${repo}/releases/tag/${tag}`, created_at: at, published_at: at, body: 'Fixes.' }));
    }
    const server = await startFixtureServer({ fixturesDir: github });
    try {
      const summary = await draftIn(dir, ['--gather'], { baseUrl: server.url });
      expect(summary.items.map((item) => item.record.ref).sort()).toEqual(['cilium/cilium@v1.13.0-rc6', 'knative/serving@knative-v1.9.1', 'kubernetes/kubernetes#115199', 'moby/moby@v23.0.0-rc.4']);
      expect(summary.late.size).toBe(4);
      // Gather asked for the window and the four weeks before it.
      expect(server.requests.some((request) => decodeURIComponent(request.path).includes('merged:2023-01-02..2023-02-05'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

const run = async (args: string[], contentDir: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'draft', ...args], { env: { ...process.env, CONTENT_DIR: contentDir } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('as an editor runs it', () => {
  it('npm run draft with no flags proposes late records, and exits 3 only when nothing at all is proposed', async () => {
    const dir = await afterFirstIssue();
    // Today is long after 2023, so the window runs from 2023-01-30 to yesterday; nothing in it yet.
    const quiet = await run(['--dry-run'], dir);
    expect(quiet.code).toBe(3);

    await pullRecord(dir, 115200, '2023-01-24');
    const late = await run(['--dry-run'], dir);
    expect(late.code).toBe(0);
    expect(late.stderr).toContain('draft: 1 item (1 progress, 0 releases, 0 other), 1 of them late');
    expect(late.stderr).toMatch(/\+ kubernetes\/kubernetes#115200 +progress score \d+ +late: merged 2023-01-24/);
    expect(late.stderr).toContain('draft: late items are dated before the window (the lookback reaches 28 days back); each is marked in the draft');
  });

  it('npm run backlog lists every uncovered record with its age, and the flag for those the next draft would not reach', async () => {
    const dir = await afterFirstIssue();
    let backlog = await run(['--backlog'], dir);
    expect(backlog.code).toBe(0);
    expect(backlog.stdout).toMatch(/^backlog: every merged pull request and published release in the records is covered by an issue/);

    await pullRecord(dir, 115200, '2023-01-24');
    await releaseRecord(dir, 'v23.0.0-rc.4', '2023-01-26');
    await pullRecord(dir, 114000, '2022-11-15');
    await pullRecord(dir, 115210, '2023-01-25', 'open');
    backlog = await run(['--backlog'], dir);
    expect(backlog.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const age = (day: string) => Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
    expect(backlog.stdout.split('\n')).toEqual([
      `backlog: 3 records no issue covers, oldest first (ages as of ${today}):`,
      `  ${'kubernetes/kubernetes#114000'.padEnd(44)} merged    2022-11-15  ${age('2022-11-15')} days old`,
      `  ${'kubernetes/kubernetes#115200'.padEnd(44)} merged    2023-01-24  ${age('2023-01-24')} days old`,
      `  ${'moby/moby@v23.0.0-rc.4'.padEnd(44)} published 2023-01-26  ${age('2023-01-26')} days old`,
      'backlog: the next npm run draft proposes those from 2023-01-02 on (its window starts 2023-01-30; the lookback adds 4 weeks before it)',
      'backlog: 1 record is older: npm run draft -- --lookback 11 includes it, or add one to an existing issue with npm run draft -- --add REF --date YYYY-MM-DD',
      '',
    ]);
    const misuse = await run(['--backlog', '--dry-run'], dir);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('--backlog only lists; it does not combine with --dry-run');
  });
});

describe('Ctrl-C', () => {
  it('during --gather stops between records, says so, drafts nothing and exits 130', async () => {
    const dir = await afterFirstIssue();
    const server = await startFixtureServer({ fixturesDir: 'tests/fixtures/github', delayMs: 100 });
    try {
      const child = spawn(process.execPath, ['scripts/run.mjs', 'draft', '--gather', '--date', '2023-02-06'], { env: { ...process.env, CONTENT_DIR: dir, GITHUB_API_URL: server.url } });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        // Once gathering has begun, the way an editor would.
        if (stderr.includes('draft: gathering') && !child.killed) child.kill('SIGINT');
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(130);
      expect(stderr).toContain('draft: stopping (Ctrl-C again to quit now)');
      // Stopped mid-gather (or, on a very fast machine, right after it): either way, no issue.
      expect(stderr).toMatch(/draft: (gather interrupted after \d+ of \d+ items?; every record written so far is complete|interrupted after gathering); no issue was drafted/);
      expect(await readdir(join(dir, 'issues'))).toEqual(['2023-01-30']);
    } finally {
      await server.close();
    }
  });
});
