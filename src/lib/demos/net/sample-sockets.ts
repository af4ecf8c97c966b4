import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parseConntrack } from './conntrack-table.ts';
import { countStates, parseProcNetTcp, type TcpSocket } from './proc-net-tcp.ts';

export type StateCounts = Record<string, number>;

export interface SocketSample {
  /** Seconds since the last probe closed. */
  t: number;
  /** Client-side sockets (remote port = the server's) by TCP state. */
  client: StateCounts;
  /** Server-side sockets (local port = the server's, not the listener) by TCP state. */
  server: StateCounts;
  /** Local ports the client side still holds: every client-side socket pins one. */
  ephemeralPorts: number;
  /** Conntrack entries for connections to the server's port, by TCP state; null where the kernel offers no table to read. */
  conntrack: StateCounts | null;
}

const run = promisify(execFile);

/**
 * This namespace's conntrack table: /proc/net/nf_conntrack where the kernel has it
 * (CONFIG_NF_CONNTRACK_PROCFS), else `conntrack -L` from the conntrack tools, else
 * null: nothing to read.
 */
async function readConntrack(): Promise<string | null> {
  const proc = await readIfThere('/proc/net/nf_conntrack');
  if (proc !== null) return proc;
  try {
    return (await run('conntrack', ['-L', '-p', 'tcp'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    return null;
  }
}

const readIfThere = (path: string) =>
  readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'EACCES') return null;
    throw error;
  });

/**
 * Reads this network namespace's TCP sockets and conntrack table, keeping what belongs to `port`.
 * With `clientPorts`, client sockets are only those from these local ports: a socket still in
 * TIME_WAIT from an earlier server that had the same port (another run, or another program) is
 * not this run's.
 */
export async function sampleSockets(port: number, t: number, clientPorts?: ReadonlySet<number>): Promise<SocketSample> {
  const [tcp, tcp6, conntrack] = await Promise.all([readIfThere('/proc/net/tcp'), readIfThere('/proc/net/tcp6'), readConntrack()]);
  const sockets: TcpSocket[] = [...parseProcNetTcp(tcp ?? ''), ...parseProcNetTcp(tcp6 ?? '')];
  const client = sockets.filter((socket) => socket.remote.port === port && (!clientPorts || clientPorts.has(socket.local.port)));
  const server = sockets.filter((socket) => socket.local.port === port && socket.state !== 'LISTEN');
  return {
    t,
    client: countStates(client),
    server: countStates(server),
    ephemeralPorts: new Set(client.map((socket) => socket.local.port)).size,
    conntrack: conntrack === null ? null : countTracked(conntrack, port),
  };
}

function countTracked(text: string, port: number): StateCounts {
  const counts: StateCounts = {};
  for (const entry of parseConntrack(text)) {
    if (entry.protocol !== 'tcp' || entry.dport !== port) continue;
    const state = entry.state ?? 'NONE';
    counts[state] = (counts[state] ?? 0) + 1;
  }
  return counts;
}
