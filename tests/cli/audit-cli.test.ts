// npm run audit on the command line: what it cannot run without (exit 3, saying how to get
// it), a report it could not write (refused before any browser starts), its progress, and
// SIGTERM or SIGHUP mid-audit: the browser's whole process tree killed, its temporary
// folders removed, the signal's exit code.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDITED } from '#lib/audit/run-audit.ts';
import { CHROMIUM } from '../helpers/browser.ts';
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

function audit(args: string[], env: NodeJS.ProcessEnv = {}, onStderr?: (text: string, pid: number) => void): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/audit.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    onStderr?.(stderr, child.pid!);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Processes whose command line names `text` (a browser started with its profile under a given folder). */
function processesNaming(text: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false; // gone meanwhile
    }
  }).map(Number);
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

  describe.skipIf(!CHROMIUM)('with the browser', () => {
    it('says which page it audits, writes the report, and leaves no folder of the browser behind', async () => {
      const temp = await tempDir('uw-audit-tmp-');
      const out = join(await tempDir('uw-audit-out-'), 'report.json');
      const run = await audit(['--dist', await tinySite(), '--out', out, '--chromium', CHROMIUM!], { TMPDIR: temp });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe(`${AUDITED.map((path, index) => `audit: ${index + 1}/4 ${path}\n`).join('')}audit: report written to ${out}\n`);
      // A row per page (the test pages fail an audit or two, listed under their row).
      expect(run.stdout.split('\n').filter((line) => line.startsWith('/')).map((line) => line.split(' ')[0])).toEqual(AUDITED);
      expect(JSON.parse(readFileSync(out, 'utf8')).pages).toHaveLength(4);
      await until(() => processesNaming(`--user-data-dir=${temp}`).length === 0, 5_000);
      expect(await readdir(temp)).toEqual([]);
    }, 240_000);

    it.each([['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const)('%s: kills the browser, removes its folders, writes nothing, exits %i', async (signal, code) => {
      const dist = await tinySite();
      // The browser's profile and its singleton socket's folder are made under TMPDIR: this one is the test's own.
      const temp = await tempDir('uw-audit-tmp-');
      const out = join(await tempDir('uw-audit-out-'), 'report.json');
      let browser: number[] = [];
      const run = await audit(['--dist', dist, '--out', out, '--chromium', CHROMIUM!], { TMPDIR: temp }, (stderr, pid) => {
        if (browser.length || !stderr.includes('audit: 1/4 /zh/')) return;
        browser = processesNaming(`--user-data-dir=${temp}`);
        process.kill(pid, signal);
      });
      expect(browser.length, 'browser processes running when the signal was sent').toBeGreaterThan(0);
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).toBe(`audit: 1/4 /zh/\naudit: stopping (Ctrl-C again to quit now)\naudit: stopped by ${signal}; the browser is closed and no report was written\n`);
      // Killed, the browser's processes can take a moment to go on a busy machine: gone within 5 s.
      await until(() => processesNaming(`--user-data-dir=${temp}`).length === 0 && !browser.some((pid) => existsAlive(pid)), 5_000);
      expect(await readdir(temp)).toEqual([]);
      expect(await readdir(join(out, '..'))).toEqual([]);
    }, 60_000);
  });
});

describe.skipIf(!CHROMIUM)('npm run audit, its npm stopped', () => {
  // `kill -TERM <npm>` ends npm and its `sh -c` but never reaches the command: stand-in, a
  // shell that is not the last to exit (so it does not exec node) killed while the audit runs.
  it('stops, kills the browser and removes its folders when the shell npm ran it in goes away', async () => {
    const temp = await tempDir('uw-audit-tmp-');
    const out = join(await tempDir('uw-audit-out-'), 'report.json');
    const shell = spawn('sh', ['-c', `"${process.execPath}" scripts/audit.ts --dist "${await tinySite()}" --out "${out}" --chromium "${CHROMIUM!}" 2>"${temp}.log"; true`], {
      env: { ...process.env, TMPDIR: temp, npm_lifecycle_event: 'audit' },
      stdio: 'ignore',
    });
    cleanup.push(() => rm(`${temp}.log`, { force: true }));
    await until(() => textOf(`${temp}.log`).includes('audit: 1/4'), 30_000);
    expect(processesNaming(`--user-data-dir=${temp}`).length).toBeGreaterThan(0);
    shell.kill('SIGKILL');
    await until(() => textOf(`${temp}.log`).includes('stopped by SIGHUP'), 15_000);
    await until(() => processesNaming(`--user-data-dir=${temp}`).length === 0, 5_000);
    expect(await readdir(temp)).toEqual([]);
    expect(await readdir(join(out, '..'))).toEqual([]);
  }, 60_000);
});

/** The file's text, or '' before it exists. */
function textOf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function until(ready: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A process still there and not a zombie waiting to be reaped. */
function existsAlive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
