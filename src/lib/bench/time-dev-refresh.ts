// The editor's refresh loop: with `astro dev` serving the corpus, edit an issue
// file and time how long until the dev server serves the edited page.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function timeDevRefresh(content: string, _nextDate: string, log: (message: string) => void): Promise<number> {
  const issues = (await readdir(join(content, 'issues'))).sort();
  const latest = issues.at(-1)!;
  const file = join(content, 'issues', latest, 'en.mdx');
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${port}/en/issues/${latest}/`;
    await waitFor(url, () => true, 600);
    log('bench: dev server up; editing the latest issue');
    const marker = `bench-marker-${Date.now()}`;
    const before = await readFile(file, 'utf8');
    const started = performance.now();
    await writeFile(file, `${before}\n${marker}\n`);
    await waitFor(url, (html) => html.includes(marker), 120);
    const seconds = (performance.now() - started) / 1000;
    await writeFile(file, before);
    return seconds;
  } finally {
    server.kill();
  }
}

async function waitFor(url: string, ready: (html: string) => boolean, limitSeconds: number): Promise<void> {
  const deadline = Date.now() + limitSeconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (response.ok && ready(await response.text())) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within ${limitSeconds} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
