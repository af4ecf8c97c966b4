import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { workspace } from './helpers.ts';

type Workspace = Awaited<ReturnType<typeof workspace>>;
let ws: Workspace;
afterEach(() => ws?.cleanup());

const ONE_PULL = { since: undefined, until: undefined, pulls: [{ repo: 'kubernetes/kubernetes', number: 115143 }] };
const recordsIn = async (dir: string) =>
  (await readdir(dir, { recursive: true }).catch(() => [] as string[])).filter((name) => String(name).endsWith('.json'));

describe('gather faults', () => {
  it('reports a 404 pull request by name and writes nothing', async () => {
    ws = await workspace();
    await expect(ws.gather({ ...ONE_PULL, pulls: [{ repo: 'kubernetes/kubernetes', number: 999999 }] })).rejects.toThrow(
      'kubernetes/kubernetes#999999: not found (404). Check the owner, repository, number or tag.',
    );
    expect(await recordsIn(ws.outDir)).toEqual([]);
  });

  it('reports a 404 release tag by name', async () => {
    ws = await workspace();
    await expect(ws.gather({ since: undefined, until: undefined, releases: [{ repo: 'cilium/cilium', tag: 'v9.9.9' }] })).rejects.toThrow(
      'cilium/cilium@v9.9.9: not found (404)',
    );
  });

  it('retries 502s with backoff, then succeeds', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 502, body: { message: 'Bad Gateway' }, times: 2 });
    const summary = await ws.gather(ONE_PULL);
    expect(summary.outcomes.new).toBe(1);
    expect(ws.server.requests.filter((request) => request.path.endsWith('/pulls/115143')).map((request) => request.status)).toEqual([502, 502, 200]);
  });

  it('gives up on a server that keeps failing, with a clear message', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 503, body: { message: 'Unavailable' }, times: 10 });
    await expect(ws.gather(ONE_PULL)).rejects.toThrow('kubernetes/kubernetes#115143: the server kept failing (503) after retries');
    expect(await recordsIn(ws.outDir)).toEqual([]);
  });

  it('waits for a primary rate limit that resets soon, then goes on', async () => {
    ws = await workspace();
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    ws.server.addFault({
      path: /\/pulls\/115143$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '60', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded' },
    });
    const summary = await ws.gather(ONE_PULL);
    expect(summary.outcomes.new).toBe(1);
    expect(ws.log.join('\n')).toMatch(/rate limit reached .* waiting/);
  });

  it('stops on a primary rate limit that resets too late, saying when to retry', async () => {
    ws = await workspace();
    const resetAt = Math.floor(Date.now() / 1000) + 1800;
    ws.server.addFault({
      path: /\/pulls\/115143$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '60', 'x-ratelimit-reset': String(resetAt) },
      body: { message: 'API rate limit exceeded' },
    });
    const expected = new Date(resetAt * 1000).toISOString().replace('.000Z', 'Z');
    await expect(ws.gather(ONE_PULL)).rejects.toThrow(
      new RegExp(`primary rate limit is used up \\(0 of 60 left\\)\\. It resets at ${expected} \\(in about (29|30) min\\); run again after that`),
    );
  });

  it('honours retry-after on a secondary rate limit', async () => {
    ws = await workspace();
    ws.server.addFault({
      path: /\/pulls\/115143$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const started = Date.now();
    const summary = await ws.gather(ONE_PULL);
    expect(summary.outcomes.new).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(ws.log.join('\n')).toMatch(/secondary rate limit .* retrying after 1s/);
  });

  it('rejects a truncated JSON body, writes no record and caches nothing', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 200, headers: { etag: '"cut"' }, body: '{"number": 115143, "title": "Kubelet TCP' });
    await expect(ws.gather(ONE_PULL)).rejects.toThrow(/kubernetes\/kubernetes#115143: GET .*\/pulls\/115143: the response body is not valid JSON/);
    expect(await recordsIn(ws.outDir)).toEqual([]);
    // The next run fetches it afresh and succeeds.
    const summary = await ws.gather(ONE_PULL);
    expect(summary.outcomes.new).toBe(1);
  });

  it('explains a 401 bad token', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /./, status: 401, body: { message: 'Bad credentials' } });
    await expect(ws.gather(ONE_PULL, { token: 'ghp_wrong' })).rejects.toThrow(
      'kubernetes/kubernetes#115143: GitHub rejected the token (401 Bad credentials). Check GITHUB_TOKEN, or unset it to run unauthenticated.',
    );
  });
});
