import { describe, expect, it } from 'vitest';
import { untranslatedIssuePaths } from '#lib/content/untranslated-issues.ts';

describe('untranslatedIssuePaths', () => {
  it('names the fallback page of each language an issue is not published in', () => {
    const paths = untranslatedIssuePaths([
      { slug: '2023-01-30', lang: 'zh', draft: false },
      { slug: '2023-01-30', lang: 'en', draft: false },
      { slug: '2023-02-06', lang: 'zh', draft: false },
      { slug: '2023-02-13', lang: 'zh', draft: false },
      { slug: '2023-02-13', lang: 'en', draft: true },
      { slug: '2023-02-20', lang: 'en', draft: true },
    ]);
    // A draft translation is still missing from a build; an issue with no published file has no page at all.
    expect([...paths].sort()).toEqual(['/en/issues/2023-02-06/', '/en/issues/2023-02-13/']);
  });
});
