import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { findReleases } from '#lib/gather/find-releases.ts';
import { createGitHubClient } from '#lib/github/create-client.ts';
import { startFixtureServer, type FixtureServer } from '#lib/github/fixture-server.ts';

let server: FixtureServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const release = (tag: string, created: string, published: string, extra: object = {}) => ({
  tag_name: tag,
  name: tag,
  html_url: `https://github.com/o/r/releases/tag/${tag}`,
  prerelease: false,
  draft: false,
  created_at: `${created}T00:00:00Z`,
  published_at: `${published}T00:00:00Z`,
  target_commitish: 'main',
  author: null,
  body: '',
  ...extra,
});

it('pages on until a whole page predates the window, so a late-published release is not missed', async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-releases-'));
  await cp('tests/fixtures/github', dir, { recursive: true });
  const releases = [
    release('v3', '2023-02-10', '2023-02-10'), // after the window
    release('v2', '2023-01-20', '2023-01-20'), // in the window
    release('v1', '2022-12-01', '2022-12-01'), // before the window
    release('v1.5', '2022-11-01', '2023-01-25'), // an old commit, published in the window
    release('v0', '2022-10-01', '2022-10-01'),
    release('v0.9', '2022-09-01', '2022-09-01'),
  ];
  for (const entry of releases) await writeFile(join(dir, 'releases', 'cilium', 'cilium', `${entry.tag_name}.json`), JSON.stringify(entry));
  server = await startFixtureServer({ fixturesDir: dir, maxPerPage: 2 });
  const client = createGitHubClient({ baseUrl: server.url, cacheDir: null });
  const found = await findReleases(client, { repo: 'cilium/cilium', releases: { prereleases: true } }, '2023-01-16', '2023-01-29');
  expect(found.map((entry) => entry.tag_name)).toEqual(['v1.13.0-rc5', 'v1.5', 'v2']);
  // Pages: [v3, v1.13.0-rc5], [v2, v1], [v1.5, v0], [v0.9]: it stops after the first page created wholly before the window.
  expect(server.requests).toHaveLength(3);
});
