import { describe, expect, it } from 'vitest';
import { plural } from '#lib/cli/plural.ts';
import { formatSummary } from '#lib/gather/format-summary.ts';

describe('plural', () => {
  it.each([
    [0, 'record', '0 records'],
    [1, 'record', '1 record'],
    [2, 'record', '2 records'],
    [1, 'release', '1 release'],
    [1, 'draft', '1 draft'],
  ])('%i %s is %s', (count, word, text) => {
    expect(plural(count, word)).toBe(text);
  });

  it('takes an irregular plural', () => {
    expect(plural(3, 'repository', 'repositories')).toBe('3 repositories');
    expect(plural(1, 'repository', 'repositories')).toBe('1 repository');
  });

  it('is used by the gather summary', () => {
    const text = formatSummary({ outcomes: { new: 1, changed: 0, unchanged: 0 }, stats: { sent: 1, notModified: 0, rateLimit: null }, failed: [] } as never, false);
    expect(text).toContain('gather: 1 record fetched: 1 new');
    expect(text).toContain('gather: 1 request sent, 0 answered 304');
    const failed = formatSummary({ outcomes: { new: 0, changed: 0, unchanged: 0 }, stats: { sent: 2, notModified: 0, rateLimit: null }, failed: [{ ref: 'o/r#1', message: 'o/r#1: GitHub kept answering 503' }] } as never, false);
    expect(failed).toContain('gather: 1 item failed; run again to fetch it:');
  });
});
