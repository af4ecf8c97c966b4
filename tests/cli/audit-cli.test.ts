// npm run audit on the command line: what it cannot run without (exit 3, saying how to get
// it), and a report it could not write (refused before any browser starts).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDITED } from '#lib/audit/run-audit.ts';
import { readOnlyDir } from '../helpers/read-only-dir.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A built site of the audited pages only, each a small valid page: enough for Lighthouse to start on. */
async function tinySite(): Promise<string> {
  const dist = await tempDir('uw-audit-dist-');
  const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Upstream Weekly</title><meta name="viewport" content="width=device-width"><meta name="description" content="A test page"></head><body><main><h1>Upstream Weekly</h1></main></body></html>`;
  for (const path of ['/', '/404.html', ...AUDITED]) {
    const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, page(path.startsWith('/zh/') ? 'zh' : 'en'));
  }
  return dist;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function audit(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/audit.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run audit', () => {
  it('without a built site: exit 3, saying to build first, no pointer to --help', async () => {
    const run = await audit(['--dist', '/nonexistent']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('audit: /nonexistent holds no built site; run npm run build first\n');
  });

  it('without the browser: exit 3, saying how to install it', async () => {
    const run = await audit(['--dist', await tinySite(), '--chromium', '/nonexistent/chromium']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('audit: no browser at /nonexistent/chromium; install chromium: apt-get install chromium (or name one with --chromium PATH)\n');
  });

  it('a report in a read-only folder: refused before any page is audited, exit 1', async (context) => {
    const made = await readOnlyDir();
    if ('skip' in made) return context.skip(made.skip);
    cleanup.push(made.release);
    const out = join(made.dir, 'a.json');
    const run = await audit(['--dist', await tinySite(), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`audit: cannot write ${out}: the file system is read-only (EROFS); run where the folder is writable, or choose another place\n`);
  });
});

