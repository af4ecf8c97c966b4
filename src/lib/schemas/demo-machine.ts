import { z } from 'zod';

/** The machine a demo ran on: what a reader needs to compare their numbers with ours. */
export const machineInfoSchema = z.strictObject({
  /** `uname -r`. */
  kernel: z.string(),
  /** CPU architecture as Node names it, such as `x64`. */
  arch: z.string(),
  /** Node.js version that ran the demo. */
  node: z.string(),
  /** `net.ipv4.tcp_fin_timeout` in seconds, or null when unreadable. */
  tcpFinTimeout: z.number().nullable(),
  /** `net.netfilter.nf_conntrack_max`, or null when connection tracking is absent. */
  conntrackMax: z.number().nullable(),
  /** `net.ipv4.ip_local_port_range`, such as `32768 60999`. */
  localPortRange: z.string().nullable(),
  /** `net.ipv4.tcp_tw_reuse`: 2 (the default) lets new loopback connections take over ports in TIME_WAIT. */
  tcpTwReuse: z.number().nullable(),
  /** `net.netfilter.nf_conntrack_tcp_timeout_time_wait`: seconds a tracked connection stays in TIME_WAIT; null without conntrack. */
  conntrackTimeWait: z.number().nullable(),
  /** `net.netfilter.nf_conntrack_tcp_timeout_close`: seconds a tracked connection stays in CLOSE; null without conntrack. */
  conntrackClose: z.number().nullable(),
  /** When the run finished (ISO 8601). */
  recordedAt: z.iso.datetime(),
});

export type MachineInfo = z.infer<typeof machineInfoSchema>;
