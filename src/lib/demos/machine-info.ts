import { readFile } from 'node:fs/promises';
import { arch, release } from 'node:os';
import type { MachineInfo } from '#lib/schemas/demo-machine.ts';

const sysctl = (path: string) =>
  readFile(`/proc/sys/${path}`, 'utf8').then(
    (text) => text.trim().replace(/\s+/g, ' '),
    () => null,
  );

/** Reads the machine's settings as this process's network namespace sees them (several are per namespace). */
export async function readMachineInfo(now = new Date()): Promise<MachineInfo> {
  const [finTimeout, conntrackMax, portRange, twReuse, timeWait, close] = await Promise.all([
    sysctl('net/ipv4/tcp_fin_timeout'),
    sysctl('net/netfilter/nf_conntrack_max'),
    sysctl('net/ipv4/ip_local_port_range'),
    sysctl('net/ipv4/tcp_tw_reuse'),
    sysctl('net/netfilter/nf_conntrack_tcp_timeout_time_wait'),
    sysctl('net/netfilter/nf_conntrack_tcp_timeout_close'),
  ]);
  const number = (value: string | null) => (value === null ? null : Number(value));
  return {
    kernel: release(),
    arch: arch(),
    node: process.version,
    tcpFinTimeout: number(finTimeout),
    conntrackMax: number(conntrackMax),
    localPortRange: portRange,
    tcpTwReuse: number(twReuse),
    conntrackTimeWait: number(timeWait),
    conntrackClose: number(close),
    recordedAt: now.toISOString(),
  };
}
