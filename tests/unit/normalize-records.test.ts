import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upstreamRecordSchema } from '#lib/schemas/upstream-record.ts';
import { normalizePull } from '#lib/upstream/normalize-pull.ts';
import { normalizeRelease } from '#lib/upstream/normalize-release.ts';
import { serializeRecord } from '#lib/upstream/serialize-record.ts';
import { recordPath } from '#lib/upstream/refs.ts';

const FIXTURES = 'tests/fixtures/github';
const readJson = async (path: string) => JSON.parse(await readFile(join(FIXTURES, path), 'utf8'));

const PULLS = [115143, 115321, 114878, 114814, 114886];
const RELEASES = [
  ['moby/moby', 'v23.0.0-rc.3'],
  ['cilium/cilium', 'v1.13.0-rc5'],
  ['knative/serving', 'knative-v1.9.0'],
  ['kyma-project/kyma', '2.10.0'],
] as const;

describe('normalising recorded GitHub objects', () => {
  it.each(PULLS)('turns pull #%i into the committed record, byte for byte', async (number) => {
    const pull = await readJson(`pulls/kubernetes/kubernetes/${number}.json`);
    const files = await readJson(`pulls/kubernetes/kubernetes/${number}.files.json`);
    const record = normalizePull(pull, files);
    expect(upstreamRecordSchema.safeParse(record).success).toBe(true);
    const committed = await readFile(join('content/upstream', recordPath(record)), 'utf8');
    expect(serializeRecord(record)).toBe(committed);
  });

  it.each(RELEASES)('turns release %s@%s into the committed record, byte for byte', async (repo, tag) => {
    const record = normalizeRelease(repo, await readJson(`releases/${repo}/${tag}.json`));
    expect(upstreamRecordSchema.safeParse(record).success).toBe(true);
    const committed = await readFile(join('content/upstream', recordPath(record)), 'utf8');
    expect(serializeRecord(record)).toBe(committed);
  });

  it('records that #115321 follows #115143', async () => {
    const pull = normalizePull(await readJson('pulls/kubernetes/kubernetes/115321.json'), []);
    expect(pull.references).toContain('kubernetes/kubernetes#115143');
  });

  it('keeps exact line counts where the source has them, and null where it has none', async () => {
    const exact = normalizePull(
      await readJson('pulls/kubernetes/kubernetes/114886.json'),
      await readJson('pulls/kubernetes/kubernetes/114886.files.json'),
    );
    expect(exact.files[2]).toEqual({ path: 'staging/src/k8s.io/kubectl/pkg/describe/describe_test.go', status: 'modified', additions: 282, deletions: 282 });
    const partial = normalizePull(
      await readJson('pulls/kubernetes/kubernetes/115143.json'),
      await readJson('pulls/kubernetes/kubernetes/115143.files.json'),
    );
    expect(partial.files.every((file) => file.additions === null && file.deletions === null)).toBe(true);
  });

  it('marks a pull request that was closed without merging', async () => {
    const pull = await readJson('pulls/kubernetes/kubernetes/114814.json');
    const record = normalizePull({ ...pull, merged: false, merged_at: null }, []);
    expect(record.state).toBe('closed');
    expect(record.mergedAt).toBeNull();
  });

  it('percent-encodes a tag that holds a slash into one file name', () => {
    expect(recordPath({ type: 'release', repo: 'o/r', tag: 'api/v1.0' })).toBe('o/r/releases/api%2Fv1.0.json');
  });
});
