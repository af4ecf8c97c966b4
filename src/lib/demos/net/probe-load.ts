// The workload of the socket demos: N short probe-like connections on loopback. Each
// one connects, sends a request, reads the response and closes, the way a kubelet
// TCP/HTTP probe does. The client closes first, so the client side is the one that
// goes through TIME_WAIT; only how it closes changes between modes.
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { CloseMode } from '#lib/schemas/demo-mode-result.ts';
import type { SetLinger } from './set-linger.ts';

/** The SO_LINGER timeout each mode sets before close(2); null leaves the option off. */
export const CLOSE_MODE_LINGER: Record<CloseMode, number | null> = { fin: null, linger0: 0, linger1: 1 };

export interface ProbeServer {
  port: number;
  close(): Promise<void>;
}

/** Starts the loopback server (on a worker thread) that answers each request and waits for the client to close first. */
export function startProbeServer(host = '127.0.0.1'): Promise<ProbeServer> {
  const worker = new Worker(new URL('./probe-server-worker.ts', import.meta.url), { workerData: { host } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ port }: { port: number }) => {
      resolve({
        port,
        close: () =>
          new Promise((done) => {
            worker.once('exit', () => done());
            worker.postMessage('close');
          }),
      });
    });
  });
}

export interface ProbeRun {
  /** Connections that completed a request and response. */
  completed: number;
  failed: number;
  /** Wall time of the whole run, in milliseconds. */
  elapsedMs: number;
  /** The slowest close(2), in milliseconds: a linger timeout can make close block. */
  slowestCloseMs: number;
  /** The mean close(2) time of completed probes, in milliseconds. */
  meanCloseMs: number;
}

export interface ProbeOptions {
  port: number;
  host?: string;
  connections: number;
  mode: CloseMode;
  setLinger: SetLinger | null;
  /** Connections in flight at once. */
  concurrency?: number;
  /** Longest a single connection may take before it counts as failed. */
  timeoutMs?: number;
  /** Stops starting new probes once aborted. */
  signal?: AbortSignal;
  /** Each probe's local port is added here, so sampling can tell this run's sockets from others to the same port. */
  clientPorts?: Set<number>;
}

export async function runProbes(options: ProbeOptions): Promise<ProbeRun> {
  const started = performance.now();
  let completed = 0;
  let failed = 0;
  let slowestCloseMs = 0;
  let totalCloseMs = 0;
  const probe = async () => {
    if (options.signal?.aborted) return;
    try {
      const closeMs = await probeOnce(options);
      slowestCloseMs = Math.max(slowestCloseMs, closeMs);
      totalCloseMs += closeMs;
      completed++;
    } catch {
      failed++;
    }
  };
  await pLimit(options.concurrency ?? 32).map(Array.from({ length: options.connections }), probe);
  return { completed, failed, elapsedMs: performance.now() - started, slowestCloseMs, meanCloseMs: completed > 0 ? totalCloseMs / completed : 0 };
}

/** One probe; resolves with how long its close took. */
function probeOnce(options: ProbeOptions): Promise<number> {
  const linger = CLOSE_MODE_LINGER[options.mode];
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port: options.port, host: options.host ?? '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('probe timed out'));
    }, options.timeoutMs ?? 5_000);
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('connect', () => {
      if (socket.localPort !== undefined) options.clientPorts?.add(socket.localPort);
      try {
        if (linger !== null) options.setLinger!(socket, linger);
      } catch (error) {
        socket.destroy();
        clearTimeout(timer);
        reject(error);
        return;
      }
      socket.write('GET /healthz HTTP/1.1\r\nHost: probe\r\n\r\n');
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
      if (!received.endsWith('ok')) return;
      clearTimeout(timer);
      // destroy() is close(2) on the descriptor, as Go's conn.Close() is in the kubelet.
      const closing = performance.now();
      socket.destroy();
      resolve(performance.now() - closing);
    });
  });
}
