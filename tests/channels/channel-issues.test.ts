// Only the latest issues have channel pages (CHANNEL_ISSUES, default 20): the commands that
// publish an issue refuse an older one before building anything, and say how to include it.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '#lib/bench/generate-corpus.ts';
import { findPublishedIssue } from '#lib/channels/find-issue.ts';
import { CHANNEL_ISSUES, channelIssueLimit } from '#lib/site/feed-limit.ts';
import { siteRoutes } from '#lib/site/site-routes.ts';

let root: string;
let dates: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'uw-channel-issues-'));
  await generateCorpus(join(root, 'content'), 4);
  dates = await readdir(join(root, 'content', 'issues'));
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('channelIssueLimit', () => {
  it('is 20 unless CHANNEL_ISSUES says otherwise, and refuses what is not a whole number', () => {
    expect(CHANNEL_ISSUES).toBe(20);
    expect(channelIssueLimit({})).toBe(20);
    expect(channelIssueLimit({ CHANNEL_ISSUES: '3' })).toBe(3);
    for (const value of ['0', '1.5', 'all']) expect(() => channelIssueLimit({ CHANNEL_ISSUES: value })).toThrow(`CHANNEL_ISSUES must be a whole number of issues, 1 or more (got \`${value}\`)`);
  });
});

describe('the routes of the channel pages', () => {
  it('are the latest issues of each language only', () => {
    const issues = ['2024-01-01', '2024-01-08', '2024-01-15'].flatMap((slug) => [{ slug, lang: 'zh' as const, draft: false }, { slug, lang: 'en' as const, draft: slug === '2024-01-15' }]);
    const routes = siteRoutes({ issues, publicFiles: [], demos: [], records: [], indexes: { projects: new Map(), topics: new Map(), years: new Map() }, versions: [] }, { drafts: false, channelIssues: 2 });
    const channel = [...routes].filter((route) => route.endsWith('/wechat/')).sort();
    // A draft has no pages, so the English channel pages go one issue further back.
    expect(channel).toEqual(['/en/issues/2024-01-01/wechat/', '/en/issues/2024-01-08/wechat/', '/zh/issues/2024-01-08/wechat/', '/zh/issues/2024-01-15/wechat/']);
    expect([...routes].filter((route) => route.endsWith('/channel.json')).length).toBe(4);
  });
});

describe('findPublishedIssue', () => {
  it('accepts the latest issues and refuses an older one, saying how many are newer and what to set', async () => {
    vi.stubEnv('CHANNEL_ISSUES', '2');
    const content = join(root, 'content');
    const latest = [...dates].sort().reverse();
    expect(latest).toHaveLength(4);
    await expect(findPublishedIssue(content, latest[0]!, 'zh')).resolves.toBeUndefined();
    await expect(findPublishedIssue(content, latest[1]!, 'en')).resolves.toBeUndefined();
    await expect(findPublishedIssue(content, latest[3]!, 'zh')).rejects.toThrow(
      `issue ${latest[3]} is not among the latest 2 zh issues, the ones the build gives a WeChat page and channel.json; 3 are newer. To publish it, run with CHANNEL_ISSUES=4 set`,
    );
  });
});
