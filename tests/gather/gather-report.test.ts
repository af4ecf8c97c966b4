// What gather reports: every request the server saw, what it waits for, and advice that fits.
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { workspace } from './helpers.ts';

type Workspace = Awaited<ReturnType<typeof workspace>>;
let ws: Workspace;
afterEach(() => ws?.cleanup());

const ONE_PULL = { since: undefined, until: undefined, pulls: [{ repo: 'kubernetes/kubernetes', number: 115143 }] };

describe('gather reports', () => {
  it('every request the server saw, in a window, a 304 run, and with retries', async () => {
    ws = await workspace();
    const first = await ws.gather();
    expect(first.stats.sent).toBe(ws.server.requests.length);
    const seen = ws.server.requests.length;
    const second = await ws.gather();
    expect(second.stats.sent).toBe(ws.server.requests.length - seen);
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 502, body: { message: 'Bad Gateway' }, times: 2 });
    const before = ws.server.requests.length;
    const third = await ws.gather(ONE_PULL, {});
    expect(third.stats.sent).toBe(ws.server.requests.length - before);
  });

  it('every request the server saw when a renamed repository answers 301: the redirect is a request too', async () => {
    ws = await workspace();
    for (const tail of ['', '/files']) {
      ws.server.addFault({
        path: new RegExp(`^/repos/k8s/kubernetes/pulls/115143${tail}$`),
        status: 301,
        headers: { location: `${ws.server.url}/repos/kubernetes/kubernetes/pulls/115143${tail}` },
        body: { message: 'Moved Permanently' },
      });
    }
    const summary = await ws.gather({ ...ONE_PULL, pulls: [{ repo: 'k8s/kubernetes', number: 115143 }] });
    expect(ws.server.requests.map((request) => request.status)).toEqual([301, 200, 301, 200]);
    expect(summary.stats.sent).toBe(4);
    expect(summary.outcomes.new).toBe(1);
  });

  it('every request the server saw when an item fails and others go on', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/114878$/, status: 200, body: '{"number": 1', times: 4 });
    ws.server.addFault({ path: /\/pulls\/115143\/files$/, status: 503, body: { message: 'Unavailable' }, times: 4 });
    const summary = await ws.gather();
    expect(summary.failed.map((failure) => failure.ref)).toEqual(['kubernetes/kubernetes#114878', 'kubernetes/kubernetes#115143']);
    expect(summary.stats.sent).toBe(ws.server.requests.length);
  });

  it('what a retry waits for', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 502, body: { message: 'Bad Gateway' }, times: 2 });
    await ws.gather(ONE_PULL);
    const retries = ws.log.filter((line) => /retrying/.test(line));
    expect(retries).toEqual([
      expect.stringMatching(/^gather: GitHub answered 502 for GET \/repos\/kubernetes\/kubernetes\/pulls\/115143; retrying in [\d.]+ s \(1\/3\)$/),
      expect.stringMatching(/^gather: GitHub answered 502 for GET \/repos\/kubernetes\/kubernetes\/pulls\/115143; retrying in [\d.]+ s \(2\/3\)$/),
    ]);
  });

  it('a 401 without a token: set one, not unset it', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /./, status: 401, body: { message: 'Requires authentication' } });
    const failed = ws.gather(ONE_PULL);
    await expect(failed).rejects.toThrow('kubernetes/kubernetes#115143: GitHub requires authentication here (401 Requires authentication) and no GITHUB_TOKEN is set. Set GITHUB_TOKEN to a token that can read the repository.');
    await expect(failed).rejects.not.toThrow(/unset/);
  });

  it('--dry-run writes no ETag cache', async () => {
    ws = await workspace();
    await ws.gather({ ...ONE_PULL, dryRun: true });
    expect(await readdir(`${ws.root}/cache`).catch(() => [])).toEqual([]);
  });
});
