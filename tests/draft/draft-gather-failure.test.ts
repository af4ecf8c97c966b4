// draft --gather when gather could not fetch an item: no draft that reads as complete,
// the records that were fetched kept, and the failure named.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DraftError } from '#lib/draft/draft-error.ts';
import { startFixtureServer } from '#lib/github/fixture-server.ts';
import { draftIn } from './helpers.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(() => Promise.all(cleanup.splice(0).map((step) => step())));

it('stops, naming the item gather could not fetch, and keeps the records it did', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'uw-draft-gather-fail-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }), () => rm(`${dir}-backups`, { recursive: true, force: true }));
  await writeFile(join(dir, 'watchlist.yaml'), await readFile('content/watchlist.yaml'));
  const server = await startFixtureServer({ fixturesDir: 'tests/fixtures/github' });
  cleanup.push(() => server.close());
  server.addFault({ path: /\/pulls\/114878$/, status: 503, body: { message: 'Unavailable' }, times: 10 });
  const run = draftIn(dir, ['--date', '2023-01-30', '--since', '2023-01-16', '--gather'], { baseUrl: server.url });
  await expect(run).rejects.toThrow(DraftError);
  await expect(run).rejects.toThrow(/gather could not fetch 1 item of the window and its lookback, so nothing was drafted.*\n {2}kubernetes\/kubernetes#114878: GitHub kept answering 503/);
  expect(await readdir(join(dir, 'upstream', 'kubernetes', 'kubernetes', 'pulls'))).toHaveLength(4);
  expect(await readdir(dir)).not.toContain('issues');
});
