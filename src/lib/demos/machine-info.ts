import { readFile } from 'node:fs/promises';
import { arch, release } from 'node:os';
import type { MachineInfo } from '../schemas/demo-machine.ts';

const sysctl = (path: string) =>
  readFile(`/proc/sys/${path}`, 'utf8').then(
    (text) => text.trim().replace(/\s+/g, ' '),
    () => null,
  );

export async function readMachineInfo(now = new Date()): Promise<MachineInfo> {
  const [finTimeout, conntrackMax, portRange, twReuse] = await Promise.all([
    sysctl('net/ipv4/tcp_fin_timeout'),
    sysctl('net/netfilter/nf_conntrack_max'),
    sysctl('net/ipv4/ip_local_port_range'),
    sysctl('net/ipv4/tcp_tw_reuse'),
  ]);
  return {
    kernel: release(),
    arch: arch(),
    node: process.version,
    tcpFinTimeout: finTimeout === null ? null : Number(finTimeout),
    conntrackMax: conntrackMax === null ? null : Number(conntrackMax),
    localPortRange: portRange,
    tcpTwReuse: twReuse === null ? null : Number(twReuse),
    recordedAt: now.toISOString(),
  };
}
