import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GatherOptions } from '#lib/gather/gather-options.ts';
import type { Progress } from '#lib/cli/progress.ts';
import { runGather } from '#lib/gather/run-gather.ts';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from '#lib/github/fixture-server.ts';

export const FIXTURES = 'tests/fixtures/github';
export const WINDOW = { since: '2023-01-16', until: '2023-01-29' };

/** A temporary workspace: output folder, cache folder, and a fixture server. */
export async function workspace(serverOptions: Partial<FixtureServerOptions> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'uw-gather-'));
  const server = await startFixtureServer({ fixturesDir: FIXTURES, ...serverOptions });
  const log: string[] = [];
  const progress: Progress = { step: () => {}, log: (message) => log.push(message), end: () => {} };
  const options = (overrides: Partial<GatherOptions> = {}): GatherOptions => ({
    ...WINDOW,
    pulls: [],
    releases: [],
    dryRun: false,
    outDir: join(root, 'upstream'),
    watchlistFile: 'content/watchlist.yaml',
    cacheDir: join(root, 'cache'),
    maxWait: 5,
    ...overrides,
  });
  const gather = (overrides: Partial<GatherOptions> = {}, client: { token?: string; baseUrl?: string } = {}) =>
    runGather(options(overrides), { baseUrl: client.baseUrl ?? server.url, token: client.token, retryBaseMs: 5 }, progress);
  return {
    root,
    server: server as FixtureServer,
    log,
    gather,
    outDir: join(root, 'upstream'),
    cleanup: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
