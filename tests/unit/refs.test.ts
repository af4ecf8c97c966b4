import { describe, expect, it } from 'vitest';
import { parseGatherArgs } from '#lib/gather/gather-options.ts';
import { parseDraftArgs } from '#lib/draft/draft-options.ts';
import { formatRef, parseRefInput } from '#lib/upstream/refs.ts';

describe('parseRefInput', () => {
  it.each([
    ['kubernetes/kubernetes#115321', 'kubernetes/kubernetes#115321'],
    ['moby/moby@v23.0.0-rc.3', 'moby/moby@v23.0.0-rc.3'],
    ['https://github.com/kubernetes/kubernetes/pull/115321', 'kubernetes/kubernetes#115321'],
    ['https://github.com/kubernetes/kubernetes/pull/115321/files', 'kubernetes/kubernetes#115321'],
    ['https://github.com/kubernetes/kubernetes/pull/115321/', 'kubernetes/kubernetes#115321'],
    ['https://github.com/kubernetes/kubernetes/pull/115321#issuecomment-1', 'kubernetes/kubernetes#115321'],
    ['https://github.com/kubernetes/kubernetes/pull/115321?notification_referrer_id=x', 'kubernetes/kubernetes#115321'],
    ['  github.com/kubernetes/kubernetes/pull/115321  ', 'kubernetes/kubernetes#115321'],
    ['https://github.com/moby/moby/releases/tag/v23.0.0-rc.3', 'moby/moby@v23.0.0-rc.3'],
    ['https://github.com/knative/serving/releases/tag/knative-v1.9.0', 'knative/serving@knative-v1.9.0'],
    ['https://github.com/example/tools/releases/tag/api%2Fv0.1.0', 'example/tools@api/v0.1.0'],
    ['https://github.example.com/o/r/pull/7', 'o/r#7'],
  ])('%s is %s', (input, ref) => {
    const parsed = parseRefInput(input);
    expect(parsed && formatRef(parsed)).toBe(ref);
  });

  it.each([
    'kubernetes/kubernetes',
    'kubernetes/kubernetes#0',
    'https://github.com/kubernetes/kubernetes/issues/115321',
    'https://github.com/kubernetes/kubernetes',
    'https://github.com/moby/moby/releases',
    'ftp://github.com/o/r/pull/1',
    'https://github.com/moby/moby/releases/tag/%E0%A4%A',
    '',
  ])('%j is not a ref', (input) => {
    expect(parseRefInput(input)).toBeNull();
  });
});

describe('gather --pr and --release take GitHub addresses', () => {
  it('reads both forms to the same request', () => {
    const options = parseGatherArgs(['--pr', 'https://github.com/kubernetes/kubernetes/pull/115321', '--release', 'https://github.com/moby/moby/releases/tag/v23.0.0-rc.3'])!;
    expect(options.pulls).toEqual([{ repo: 'kubernetes/kubernetes', number: 115321 }]);
    expect(options.releases).toEqual([{ repo: 'moby/moby', tag: 'v23.0.0-rc.3' }]);
  });

  it('names both forms when a value is neither', () => {
    expect(() => parseGatherArgs(['--pr', 'https://github.com/moby/moby/releases/tag/v1'])).toThrow('--pr "https://github.com/moby/moby/releases/tag/v1": expected owner/repo#123 or https://github.com/owner/repo/pull/123');
  });
});

describe('draft --only and --add take GitHub addresses', () => {
  it('read to the ref frontmatter uses, each once', () => {
    const options = parseDraftArgs(['--add', 'https://github.com/moby/moby/releases/tag/v23.0.0-rc.3', '--add', 'moby/moby@v23.0.0-rc.3', '--add', 'https://github.com/kubernetes/kubernetes/pull/115321/files'])!;
    expect(options.add).toEqual(['moby/moby@v23.0.0-rc.3', 'kubernetes/kubernetes#115321']);
    expect(parseDraftArgs(['--only', 'github.com/kubernetes/kubernetes/pull/115321'])!.only).toEqual(['kubernetes/kubernetes#115321']);
  });

  it('say what an issue address is', () => {
    expect(() => parseDraftArgs(['--add', 'https://github.com/kubernetes/kubernetes/issues/115321'])).toThrow(
      "(that is an issue's address; for a pull request, use kubernetes/kubernetes#115321 or its /pull/ address)",
    );
  });
});
