// The audit's browser, and everything that ends it: its own close, an abort (Ctrl-C,
// SIGTERM, SIGHUP through abortOnInterrupt), and the process's exit (a second signal
// quits at once). Each kills Chromium's whole process group and removes, synchronously,
// its temporary profile and the folder of its singleton socket (a killed Chromium
// cannot remove that itself), so nothing outlives the command.
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';

export interface Chromium {
  port: number;
  /** Kills the browser and removes its folders; safe to call more than once. */
  close(): void;
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the process's exit still has to remove: the folders of every browser not closed yet. */
const leftOnExit = new Set<() => void>();
let exitHook = false;

/** The temporary folder (`org.chromium.Chromium.*`) that the profile's SingletonSocket link points into, if any. */
function socketFolder(profile: string): string | null {
  try {
    const folder = dirname(readlinkSync(join(profile, 'SingletonSocket')));
    return basename(folder).startsWith('org.chromium.Chromium.') ? folder : null;
  } catch {
    return null;
  }
}

export async function launchChromium(chromePath: string, signal?: AbortSignal): Promise<Chromium> {
  signal?.throwIfAborted();
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      // Also reaches a browser still starting, which no handle names yet.
      chromeLauncher.killAll();
      leftOnExit.forEach((remove) => remove());
    });
  }
  const profile = mkdtempSync(join(tmpdir(), 'uw-audit-chromium-'));
  const removeFolders = () => {
    const socket = socketFolder(profile);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
    if (socket) rmSync(socket, { recursive: true, force: true, maxRetries: 10 });
    leftOnExit.delete(removeFolders);
  };
  leftOnExit.add(removeFolders);
  // handleSIGINT off: the command decides how a signal ends it (it is the same for every signal).
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, userDataDir: profile, handleSIGINT: false }).catch((error: unknown) => {
    removeFolders();
    throw error;
  });
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    signal?.removeEventListener('abort', close);
    chrome.kill();
    removeFolders();
  };
  signal?.addEventListener('abort', close, { once: true });
  if (signal?.aborted) close();
  return { port: chrome.port, close };
}
