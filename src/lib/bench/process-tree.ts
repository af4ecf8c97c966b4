// Peak memory of a process and everything it starts, sampled from /proc (Linux):
// the build runs Vite, workers and Pagefind's binary, so the root's RSS alone would
// under-report.
import { readFile } from 'node:fs/promises';

async function children(pid: number): Promise<number[]> {
  const tasks = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return tasks.split(/\s+/).filter(Boolean).map(Number);
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
}

/** Every process under `root` (children, their children, …), as /proc lists them now. */
export async function descendants(root: number): Promise<number[]> {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const next = await children(queue.shift()!);
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

/** The summed resident memory of `root` and its descendants right now, in bytes. */
export async function treeRss(root: number): Promise<number> {
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    total += await rssKiB(pid);
    queue.push(...(await children(pid)));
  }
  return total * 1024;
}

/** Samples `treeRss(root)` every `intervalMs` until stopped; resolves with the peak seen. */
export function watchPeakRss(root: number, intervalMs = 200): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRss(root));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
