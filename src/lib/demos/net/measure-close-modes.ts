// The socket experiment shared by the so-linger and conntrack demos: for each close
// mode, run N probes against a server of its own, then sample every second how the
// sockets (and conntrack entries) for that server's port drain.
import { runProbes, startProbeServer } from './probe-load.ts';
import type { CloseMode, ModeResult } from '#lib/schemas/demo-mode-result.ts';
import { sampleSockets } from './sample-sockets.ts';
import type { SetLinger } from './set-linger.ts';
import { plural } from '#lib/cli/plural.ts';

export interface MeasureOptions {
  connections: number;
  /** How long to keep sampling after the probes, in seconds. */
  watch: number;
  modes: readonly CloseMode[];
  setLinger: SetLinger | null;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
}

/** Runs the modes one after another: probes, then samples every second for `watch` seconds. */
export async function measureCloseModes(options: MeasureOptions): Promise<ModeResult[]> {
  const results: ModeResult[] = [];
  for (const mode of options.modes) {
    if (options.signal?.aborted) break;
    const server = await startProbeServer();
    try {
      options.onProgress?.(`${mode}: ${plural(options.connections, 'probe')} to 127.0.0.1:${server.port}`);
      const clientPorts = new Set<number>();
      const run = await runProbes({ port: server.port, connections: options.connections, mode, setLinger: options.setLinger, signal: options.signal, clientPorts });
      options.onProgress?.(`${mode}: ${run.completed} completed in ${(run.elapsedMs / 1000).toFixed(1)} s; sampling for ${options.watch} s`);
      results.push({ mode, ...run, samples: await watchPort(server.port, clientPorts, options) });
    } finally {
      await server.close();
    }
  }
  return results;
}

async function watchPort(port: number, clientPorts: ReadonlySet<number>, options: MeasureOptions): Promise<ModeResult['samples']> {
  const samples: ModeResult['samples'] = [];
  const endedAt = performance.now();
  for (let second = 0; ; second++) {
    const elapsed = (performance.now() - endedAt) / 1000;
    samples.push(await sampleSockets(port, Math.round(elapsed * 10) / 10, clientPorts));
    if (second >= options.watch || options.signal?.aborted) return samples;
    // Aim each sample at the next whole second after the last close.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, (second + 1) * 1000 - (performance.now() - endedAt))));
  }
}
