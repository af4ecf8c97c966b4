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
  it('reports a 404 pull request by name, and still writes the other items', async () => {
    ws = await workspace();
    const summary = await ws.gather({ ...ONE_PULL, pulls: [{ repo: 'kubernetes/kubernetes', number: 999999 }, ...ONE_PULL.pulls] });
    expect(summary.failed).toEqual([
      { ref: 'kubernetes/kubernetes#999999', message: 'kubernetes/kubernetes#999999: not found (404). Check the owner, repository, number or tag.' },
    ]);
    expect(await recordsIn(ws.outDir)).toEqual(['kubernetes/kubernetes/pulls/115143.json']);
  });

  it('reports a 404 release tag by name', async () => {
    ws = await workspace();
    const summary = await ws.gather({ since: undefined, until: undefined, releases: [{ repo: 'cilium/cilium', tag: 'v9.9.9' }] });
    expect(summary.failed.map((failure) => failure.message)).toEqual([expect.stringContaining('cilium/cilium@v9.9.9: not found (404)')]);
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
    const summary = await ws.gather(ONE_PULL);
    expect(summary.failed.map((failure) => failure.message)).toEqual([
      'kubernetes/kubernetes#115143: GitHub kept answering 503 after 3 retries. Run again later; records already written are kept.',
    ]);
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

  it('retries a truncated JSON body like a 5xx, saying so, then succeeds', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/115143$/, status: 200, headers: { etag: '"cut"' }, body: '{"number": 115143, "title": "Kubelet TCP' });
    const summary = await ws.gather(ONE_PULL);
    expect(summary.outcomes.new).toBe(1);
    expect(summary.failed).toEqual([]);
    expect(ws.log).toContainEqual(
      expect.stringMatching(/^gather: GitHub sent a body that is not valid JSON for GET \/repos\/kubernetes\/kubernetes\/pulls\/115143; retrying in [\d.]+ s \(1\/3\)$/),
    );
  });

  it('one body that stays truncated fails that item only: the rest are written, nothing is cached for it', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /\/pulls\/114878$/, status: 200, headers: { etag: '"cut"' }, body: '{"number": 114878, "title": "Kube', times: 4 });
    const summary = await ws.gather();
    expect(summary.failed).toEqual([
      {
        ref: 'kubernetes/kubernetes#114878',
        message: expect.stringMatching(/^kubernetes\/kubernetes#114878: GET .*\/pulls\/114878: the response body is not valid JSON \(cut off in transit\?\), also after retrying; nothing was written for it$/),
      },
    ]);
    expect(summary.outcomes.new).toBe(8);
    expect(await recordsIn(ws.outDir)).toHaveLength(8);
    expect(await recordsIn(ws.outDir)).not.toContain('kubernetes/kubernetes/pulls/114878.json');
    // The next run fetches it afresh (nothing cut off was cached) and succeeds.
    const again = await ws.gather({ since: undefined, until: undefined, pulls: [{ repo: 'kubernetes/kubernetes', number: 114878 }] });
    expect(again.outcomes.new).toBe(1);
  });

  it('explains a 401 bad token', async () => {
    ws = await workspace();
    ws.server.addFault({ path: /./, status: 401, body: { message: 'Bad credentials' } });
    await expect(ws.gather(ONE_PULL, { token: 'ghp_wrong' })).rejects.toThrow(
      'kubernetes/kubernetes#115143: GitHub rejected the token (401 Bad credentials). Check that GITHUB_TOKEN holds a token that is valid and not expired.',
    );
  });
});
