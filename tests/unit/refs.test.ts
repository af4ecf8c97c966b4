import { describe, expect, it } from 'vitest';
import { parseGatherArgs } from '#lib/gather/gather-options.ts';
import { parseDraftArgs } from '#lib/draft/draft-options.ts';
import type { UpstreamPull, UpstreamRelease } from '#lib/schemas/upstream-record.ts';
import { REPO_NAME, formatRef, githubAddressPattern, landedAt, mentionPattern, parseRef, parseRefInput, recordDay, recordPath, recordTime, refHandle, refOfRecordPath, refRepo } from '#lib/upstream/refs.ts';

const mentions = (text: string, options?: { loose?: boolean }) => [...text.matchAll(mentionPattern(options))].map((match) => `${match.groups!.owner}/${match.groups!.repo}#${match.groups!.number}`);

describe('mentionPattern', () => {
  it.each([
    ['kubernetes/kubernetes#115143', ['kubernetes/kubernetes#115143']],
    ['See kubernetes-sigs/kind#3000, and (cilium/cilium#23000).', ['kubernetes-sigs/kind#3000', 'cilium/cilium#23000']],
    ['Ends a sentence: o/r#1.', ['o/r#1']],
    ['见kubernetes/kubernetes#115143。', ['kubernetes/kubernetes#115143']],
    ['names with dots and underscores: my.org/my_repo.js#7', ['my.org/my_repo.js#7']],
    ['a#1/b o/r#2 o/r#3', ['o/r#2', 'o/r#3']],
    ['a repository may start with a dot: kubernetes/.github#12', ['kubernetes/.github#12']],
  ])('%j mentions %j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    '#123',
    'Fixes #123 and GH-7',
    'kubernetes/kubernetes#12abc',
    'kubernetes/kubernetes#0',
    'kubernetes/kubernetes#0123',
    'kubernetes/kubernetes',
    'mail dev@example.org or dev@example.org#1',
    'https://github.com/kubernetes/kubernetes/pull/115143',
    'https://example.org/a/b#12',
    'path/to/owner/repo#1',
    'site.org/a/b#1',
    '-o/r#1',
    '_o/r#1',
    'o/r@v1.0.0',
    '[section](#usage)',
  ])('%j mentions nothing', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('loose, also finds a mention that continues a path (a key may be generous, never short)', () => {
    expect(mentions('path/to/owner/repo#1 and -o/r#2', { loose: true })).toEqual(['owner/repo#1', 'o/r#2']);
    expect(mentions('o/r#12abc', { loose: true })).toEqual([]);
  });

  it('is a fresh global pattern each call', () => {
    const pattern = mentionPattern();
    expect(pattern.global).toBe(true);
    expect(pattern).not.toBe(mentionPattern());
  });
});

describe('REPO_NAME', () => {
  it.each(['kubernetes/kubernetes', 'kubernetes/.github', 'my.org/_private-repo'])('%j is a repository', (name) => {
    expect(REPO_NAME.test(name)).toBe(true);
  });
  it.each(['kubernetes', '-o/r', '.o/r', 'o/r/x', 'o/', 'o/r#1'])('%j is not', (name) => {
    expect(REPO_NAME.test(name)).toBe(false);
  });
});

describe('githubAddressPattern', () => {
  it.each([
    ['https://github.com/kubernetes/kubernetes/pull/115143', 'kubernetes/kubernetes#115143'],
    ['tracked in http://github.com/moby/moby/issues/44800.', 'moby/moby#44800'],
    ['https://github.com/kubernetes/.github/issues/7', 'kubernetes/.github#7'],
  ])('%j points at %s', (text, ref) => {
    const match = githubAddressPattern().exec(text)!;
    expect(`${match.groups!.owner}/${match.groups!.repo}#${match.groups!.number}`).toBe(ref);
  });

  it.each(['https://github.com/o/r/releases/tag/v1', 'https://example.org/o/r/pull/1', 'https://github.com/o/r/pull/0'])('%j is not one', (text) => {
    expect(githubAddressPattern().exec(text)).toBeNull();
  });
});

describe('parseRef, formatRef, refRepo and refHandle', () => {
  it.each([
    ['kubernetes/kubernetes#115143', 'kubernetes/kubernetes', '#115143'],
    ['moby/moby@v23.0.0-rc.3', 'moby/moby', 'v23.0.0-rc.3'],
    ['example/tools@api/v0.1.0', 'example/tools', 'api/v0.1.0'],
  ])('%s', (ref, repo, handle) => {
    expect(formatRef(parseRef(ref)!)).toBe(ref);
    expect(refRepo(ref)).toBe(repo);
    expect(refHandle(ref)).toBe(handle);
  });

  it.each(['o/r#0', 'o/r#01', 'o/r#12abc', 'o/r', '#1', 'o/r@', 'o/r@a b', '-o/r#1', 'o/r/x#1'])('%j is malformed', (ref) => {
    expect(parseRef(ref)).toBeNull();
  });
});

describe('recordPath and refOfRecordPath', () => {
  it.each([
    [{ type: 'pull', repo: 'kubernetes/kubernetes', number: 115143 }, 'kubernetes/kubernetes#115143', 'kubernetes/kubernetes/pulls/115143.json'],
    [{ type: 'release', repo: 'moby/moby', tag: 'v23.0.0-rc.3' }, 'moby/moby@v23.0.0-rc.3', 'moby/moby/releases/v23.0.0-rc.3.json'],
    [{ type: 'release', repo: 'example/tools', tag: 'api/v0.1.0' }, 'example/tools@api/v0.1.0', 'example/tools/releases/api%2Fv0.1.0.json'],
    [{ type: 'release', repo: 'o/r', tag: 'v1.0.0+build.1' }, 'o/r@v1.0.0+build.1', 'o/r/releases/v1.0.0%2Bbuild.1.json'],
  ] as const)('%j ↔ %s ↔ %s', (key, ref, path) => {
    expect(recordPath(key)).toBe(path);
    expect(refOfRecordPath(path)).toBe(ref);
    expect(refOfRecordPath(path.replaceAll('/', '\\'))).toBe(ref);
  });

  it.each([
    'kubernetes/kubernetes/pulls/0115143.json',
    'kubernetes/kubernetes/pulls/abc.json',
    'kubernetes/kubernetes/pulls/115143.files.json',
    'kubernetes/kubernetes/issues/1.json',
    'kubernetes/pulls/1.json',
    'a/kubernetes/kubernetes/pulls/1.json',
    'o/r/releases/v1+build.json',
    'o/r/releases/%E0%A4%A.json',
    'o/r/releases/a%20b.json',
  ])('%j is not a path recordPath writes', (path) => {
    expect(refOfRecordPath(path)).toBeNull();
  });
});

describe('the day of a record', () => {
  const pull = (mergedAt: string | null) => ({ type: 'pull', createdAt: '2023-01-20T23:30:00Z', mergedAt, state: mergedAt ? 'merged' : 'open' }) as UpstreamPull;
  const release = { type: 'release', publishedAt: '2023-01-24T01:00:00Z' } as UpstreamRelease;

  it.each([
    ['a merged pull request: when merged', pull('2023-01-25T10:00:00Z'), '2023-01-25T10:00:00Z', '2023-01-25', '2023-01-25T10:00:00Z'],
    ['an open pull request: when opened', pull(null), null, '2023-01-20', '2023-01-20T23:30:00Z'],
    ['a release: when published', release, '2023-01-24T01:00:00Z', '2023-01-24', '2023-01-24T01:00:00Z'],
  ] as const)('%s', (_name, record, landed, day, time) => {
    expect(landedAt(record)).toBe(landed);
    expect(recordDay(record)).toBe(day);
    expect(recordTime(record)).toBe(time);
  });
});


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
