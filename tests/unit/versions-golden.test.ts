// Versions of records, their order and the upgrade groups, against frozen output. Each
// folder under tests/fixtures/versions/ holds `records.json` (short records: a ref, and a
// milestone, labels, note and date where they matter) and `expected.json`: every
// project's versions oldest first, each with its refs by upgrade group, and the refs
// without a version. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run tests/unit/versions-golden.test.ts
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { upstreamRecordSchema } from '#lib/schemas/upstream-record.ts';
import { groupEntries, upgradeEntry } from '#lib/upgrade/build-upgrade.ts';
import { projectVersions } from '#lib/upgrade/project-versions.ts';
import { compareVersions, normalizeVersion } from '#lib/upstream/versions.ts';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'versions');
const CASES = readdirSync(FIXTURES).sort();

interface Short {
  ref: string;
  milestone?: string | null;
  labels?: string[];
  note?: string | null;
  date?: string;
}

/** A full, schema-valid record from a short one. */
function expand(short: Short): UpstreamRecord {
  const at = short.ref.indexOf('@');
  const when = `${short.date ?? '2023-01-20'}T00:00:00Z`;
  if (at > 0) {
    const [repo, tag] = [short.ref.slice(0, at), short.ref.slice(at + 1)];
    return upstreamRecordSchema.parse({
      schema: 1, type: 'release', ref: short.ref, repo, tag, title: `Release ${tag}`, author: null, url: `https://github.com/${repo}/releases/tag/${tag}`,
      prerelease: /-/.test(tag), publishedAt: when, targetCommitish: 'main', releaseNote: short.note ?? null, references: [], body: short.note ?? '',
    });
  }
  const [repo, number] = short.ref.split('#') as [string, string];
  return upstreamRecordSchema.parse({
    schema: 1, type: 'pull', ref: short.ref, repo, number: Number(number), title: `Change ${number}`, author: 'someone', url: `https://github.com/${repo}/pull/${number}`,
    state: 'merged', createdAt: when, mergedAt: when, labels: [...(short.labels ?? [])].sort(), milestone: short.milestone ?? null, releaseNote: short.note ?? null,
    references: [], files: [], body: '',
  });
}

describe('versions and upgrade groups: golden output', () => {
  it('has the cases it is meant to have', () => {
    expect(CASES).toEqual(['milestones-and-groups', 'pre-releases', 'prefixed-tags']);
  });

  it.each(CASES)('%s', async (name) => {
    const shorts = JSON.parse(await readFile(join(FIXTURES, name, 'records.json'), 'utf8')) as Short[];
    const records = new Map(shorts.map((short) => [short.ref, expand(short)]));
    const projects = Object.fromEntries(
      [...projectVersions(records).values()].map((project) => [
        project.repo,
        {
          versions: project.versions.map(({ version, refs }) => ({
            version,
            groups: Object.fromEntries(groupEntries(refs.map((ref) => upgradeEntry(records.get(ref)!))).map((group) => [group.key, group.entries.map((entry) => entry.ref)])),
          })),
          unassigned: project.unassigned,
        },
      ]),
    );
    const output = `${JSON.stringify(projects, null, 2)}\n`;
    const expectedFile = join(FIXTURES, name, 'expected.json');
    if (UPDATE_GOLDEN) await writeFile(expectedFile, output);
    expect(output).toBe(await readFile(expectedFile, 'utf8'));
  });
});

describe('version names', () => {
  it.each([
    ['knative-v1.9.0', 'v1.9.0'],
    ['2.10.0', 'v2.10.0'],
    ['v1.27', 'v1.27'],
    ['1.27', 'v1.27'],
    ['k8s-v1.2.3', 'v1.2.3'],
    ['v1.13.0-rc5', 'v1.13.0-rc5'],
    ['api/v0.3.1', 'v0.3.1'],
    ['next-candidate', null],
    ['v1.2.3.4', null],
    ['nightly', null],
  ])('%s is %s', (name, version) => {
    expect(normalizeVersion(name)).toBe(version);
  });

  it('sorts pre-releases before their final, numerically, and equal versions by name', () => {
    const names = ['v1.13.0', 'v1.13.0-rc10', 'v1.13.0-rc9', 'v1.13.0-beta.1', 'v1.13', 'v1.12.10', 'v1.12.5', 'v1.13.0-rc.2'];
    expect(names.sort(compareVersions)).toEqual(['v1.12.5', 'v1.12.10', 'v1.13.0-beta.1', 'v1.13.0-rc.2', 'v1.13.0-rc9', 'v1.13.0-rc10', 'v1.13', 'v1.13.0']);
  });
});
