import { describe, expect, it } from 'vitest';
import { ASTRO_HEAP_MIB, astroEnv, outDirOf } from '#lib/build/run-build.ts';
import { FEED_ISSUES, feedIssueLimit } from '#lib/site/feed-limit.ts';

describe('outDirOf: where npm run build writes, and so indexes', () => {
  it('is dist by default, else --outDir in either form, from the working folder', () => {
    expect(outDirOf([], '/site')).toBe('/site/dist');
    expect(outDirOf(['--outDir', 'out'], '/site')).toBe('/site/out');
    expect(outDirOf(['--verbose', '--outDir=/tmp/x'], '/site')).toBe('/tmp/x');
  });
});

describe('feedIssueLimit', () => {
  it('is 20 unless FEED_ISSUES says otherwise', () => {
    expect(FEED_ISSUES).toBe(20);
    expect(feedIssueLimit({})).toBe(20);
    expect(feedIssueLimit({ FEED_ISSUES: '' })).toBe(20);
    expect(feedIssueLimit({ FEED_ISSUES: '5' })).toBe(5);
  });

  it('refuses what is not a whole number of issues, naming the value', () => {
    for (const value of ['0', '-3', '2.5', 'all']) expect(() => feedIssueLimit({ FEED_ISSUES: value })).toThrow(`(got \`${value}\`)`);
  });
});

describe('astroEnv: the heap limit of Astro’s process', () => {
  it('adds --max-old-space-size to NODE_OPTIONS, keeping what is there', () => {
    expect(astroEnv({}).NODE_OPTIONS).toBe(`--max-old-space-size=${ASTRO_HEAP_MIB}`);
    expect(astroEnv({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${ASTRO_HEAP_MIB}`);
  });

  it('leaves a limit the caller set', () => {
    expect(astroEnv({ NODE_OPTIONS: '--max-old-space-size=4096' }).NODE_OPTIONS).toBe('--max-old-space-size=4096');
  });
});
