import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspace } from './helpers.ts';

type Workspace = Awaited<ReturnType<typeof workspace>>;
let ws: Workspace;
afterEach(() => ws?.cleanup());

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

describe('gather against a loopback GitHub', () => {
  it('writes records identical to the committed ones, within the request budget', async () => {
    ws = await workspace();
    const summary = await ws.gather();
    expect(summary.outcomes).toEqual({ new: 9, changed: 0, unchanged: 0 });
    const written = await listFiles(ws.outDir);
    expect(written).toEqual(await listFiles('content/upstream'));
    for (const file of written) {
      expect(await readFile(join(ws.outDir, file), 'utf8'), file).toBe(await readFile(join('content/upstream', file), 'utf8'));
    }
    // 1 search + 2 per pull request + 1 release page per repository.
    const perPull = ws.server.requests.filter((request) => request.path.includes('/pulls/'));
    expect(perPull).toHaveLength(10);
    expect(summary.stats.sent).toBe(1 + 10 + 4);
  });

  it('runs again with nothing changed using only conditional requests, all 304, changing no file', async () => {
    ws = await workspace();
    await ws.gather();
    const before = await Promise.all((await listFiles(ws.outDir)).map(async (file) => (await stat(join(ws.outDir, file))).mtimeMs));
    const firstRun = ws.server.requests.length;
    const summary = await ws.gather();
    const second = ws.server.requests.slice(firstRun);
    expect(second.length).toBe(15);
    expect(second.every((request) => request.ifNoneMatch !== null && request.status === 304)).toBe(true);
    expect(summary.outcomes).toEqual({ new: 0, changed: 0, unchanged: 9 });
    expect(summary.stats.notModified).toBe(15);
    const after = await Promise.all((await listFiles(ws.outDir)).map(async (file) => (await stat(join(ws.outDir, file))).mtimeMs));
    expect(after).toEqual(before);
  });

  it('works against an Enterprise-style base URL (…/api/v3)', async () => {
    ws = await workspace();
    const summary = await ws.gather({}, { baseUrl: `${ws.server.url}/api/v3` });
    expect(summary.outcomes.new).toBe(9);
  });

  it('sends the token, and never writes it to the cache', async () => {
    ws = await workspace();
    const token = 'ghp_supersecretfixturetoken0000000000';
    const summary = await ws.gather({ recordDir: join(ws.root, 'record') }, { token });
    expect(summary.authenticated).toBe(true);
    expect(ws.server.requests.every((request) => request.authorized)).toBe(true);
    for (const dir of ['cache', 'record']) {
      for (const file of await listFiles(join(ws.root, dir))) {
        expect(await readFile(join(ws.root, dir, file), 'utf8')).not.toContain(token);
      }
    }
  });

  it('says so when it runs unauthenticated', async () => {
    ws = await workspace();
    await ws.gather({ pulls: [{ repo: 'kubernetes/kubernetes', number: 115143 }], since: undefined, until: undefined });
    expect(ws.log.join('\n')).toMatch(/no GITHUB_TOKEN set: running unauthenticated/);
  });

  it('fetches single items named with --pr and --release', async () => {
    ws = await workspace();
    const summary = await ws.gather({
      since: undefined,
      until: undefined,
      pulls: [{ repo: 'kubernetes/kubernetes', number: 115321 }],
      releases: [{ repo: 'cilium/cilium', tag: 'v1.13.0-rc5' }],
    });
    expect(summary.outcomes.new).toBe(2);
    expect(await listFiles(ws.outDir)).toEqual(['cilium/cilium/releases/v1.13.0-rc5.json', 'kubernetes/kubernetes/pulls/115321.json']);
  });

  it('writes nothing on a dry run', async () => {
    ws = await workspace();
    const summary = await ws.gather({ dryRun: true });
    expect(summary.outcomes.new).toBe(9);
    expect(await listFiles(ws.outDir)).toEqual([]);
    expect(ws.log.filter((line) => line.startsWith('would be new'))).toHaveLength(9);
  });

  it('replays a recorded run with no server at all', async () => {
    ws = await workspace();
    const recordDir = join(ws.root, 'record');
    await ws.gather({ recordDir, cacheDir: null });
    const replayOut = join(ws.root, 'replayed');
    await ws.server.close();
    const summary = await ws.gather({ replayDir: recordDir, outDir: replayOut, cacheDir: null }, { baseUrl: 'http://127.0.0.1:9' });
    expect(summary.outcomes.new).toBe(9);
    for (const file of await listFiles(replayOut)) {
      expect(await readFile(join(replayOut, file), 'utf8')).toBe(await readFile(join('content/upstream', file), 'utf8'));
    }
  });

  it('names the missing exchange when a replay lacks one', async () => {
    ws = await workspace();
    const recordDir = join(ws.root, 'record');
    await ws.gather({ recordDir, cacheDir: null, since: undefined, until: undefined, pulls: [{ repo: 'kubernetes/kubernetes', number: 115143 }] });
    const summary = await ws.gather({ replayDir: recordDir, cacheDir: null, since: undefined, until: undefined, pulls: [{ repo: 'kubernetes/kubernetes', number: 114878 }] });
    expect(summary.failed).toEqual([
      { ref: 'kubernetes/kubernetes#114878', message: expect.stringMatching(/^kubernetes\/kubernetes#114878: replay: no recorded exchange for GET \/repos\/kubernetes\/kubernetes\/pulls\/114878/) },
    ]);
  });
});

describe('recording with a warm cache', () => {
  it('records full answers even when the ETag cache could answer, so the recording replays', async () => {
    ws = await workspace();
    await ws.gather();
    const recordDir = join(ws.root, 'record');
    await ws.gather({ recordDir });
    const summary = await ws.gather({ replayDir: recordDir, outDir: join(ws.root, 'replayed'), cacheDir: null });
    expect(summary.outcomes.new).toBe(9);
  });
});
