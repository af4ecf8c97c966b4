// gatherOptions owns gather's defaults: npm run gather fills its flags from it, and
// npm run draft -- --gather builds its run from it with its own window and content folder.
import { describe, expect, it } from 'vitest';
import { GATHER_DEFAULTS, gatherOptions, parseGatherArgs } from '#lib/gather/gather-options.ts';

describe('gatherOptions', () => {
  it('fills what is not given with the defaults of the content folder', () => {
    expect(gatherOptions({ since: '2023-01-16', until: '2023-01-29' })).toEqual({
      since: '2023-01-16',
      until: '2023-01-29',
      pulls: [],
      releases: [],
      dryRun: false,
      outDir: 'content/upstream',
      watchlistFile: 'content/watchlist.yaml',
      cacheDir: GATHER_DEFAULTS.cacheDir,
      maxWait: 300,
    });
  });

  it('reads the watchlist and writes the records of another content folder', () => {
    const options = gatherOptions({ contentDir: '/tmp/corpus', since: '2023-01-16', until: '2023-01-29' });
    expect(options.outDir).toBe('/tmp/corpus/upstream');
    expect(options.watchlistFile).toBe('/tmp/corpus/watchlist.yaml');
    expect(options).not.toHaveProperty('contentDir');
  });

  it('keeps null (no cache) and skips what is left undefined', () => {
    expect(gatherOptions({ cacheDir: null }).cacheDir).toBeNull();
    expect(gatherOptions({ cacheDir: undefined, outDir: undefined, maxWait: undefined })).toMatchObject({ cacheDir: '.cache/github', outDir: 'content/upstream', maxWait: 300 });
  });

  it('is what npm run gather makes of flags left out, and of flags given', () => {
    expect(parseGatherArgs(['--since', '2023-01-16', '--until', '2023-01-29'])).toEqual(gatherOptions({ since: '2023-01-16', until: '2023-01-29' }));
    expect(parseGatherArgs(['--pr', 'kubernetes/kubernetes#115143', '--no-cache', '--out', 'x', '--max-wait', '0'])).toEqual(
      gatherOptions({ pulls: [{ repo: 'kubernetes/kubernetes', number: 115143 }], cacheDir: null, outDir: 'x', maxWait: 0 }),
    );
  });
});
