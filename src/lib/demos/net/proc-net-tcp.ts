// Parses /proc/net/tcp and /proc/net/tcp6: one socket a line, addresses as hex in
// the kernel's byte order, the TCP state as a hex code (include/net/tcp_states.h).

export const TCP_STATES = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSE',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
  '0C': 'NEW_SYN_RECV',
} as const;

export type TcpState = (typeof TCP_STATES)[keyof typeof TCP_STATES];

export interface Endpoint {
  address: string;
  port: number;
}

export interface TcpSocket {
  local: Endpoint;
  remote: Endpoint;
  state: TcpState;
}

/** The sockets listed in the text of /proc/net/tcp or /proc/net/tcp6; the header line and blank lines are skipped. */
export function parseProcNetTcp(text: string): TcpSocket[] {
  const sockets: TcpSocket[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (!/^\d+:$/.test(fields[0] ?? '')) continue;
    const state = TCP_STATES[(fields[3] ?? '').toUpperCase() as keyof typeof TCP_STATES];
    if (!state) throw new Error(`unknown TCP state ${JSON.stringify(fields[3])} in line: ${line.trim()}`);
    sockets.push({ local: endpoint(fields[1]!), remote: endpoint(fields[2]!), state });
  }
  return sockets;
}

function endpoint(field: string): Endpoint {
  const [hex = '', port = ''] = field.split(':');
  return { address: hex.length === 8 ? ipv4(hex) : ipv6(hex), port: Number.parseInt(port, 16) };
}

/** `0100007F` is 127.0.0.1: the kernel prints the 32-bit word in host (little-endian) order. */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join('.');
}

/** IPv6 is four 32-bit words, each in host order; an IPv4-mapped address is shown as `::ffff:a.b.c.d`. */
function ipv6(hex: string): string {
  const bytes: number[] = [];
  for (let word = 0; word < 4; word++) {
    const chunk = hex.slice(word * 8, word * 8 + 8);
    for (const at of [6, 4, 2, 0]) bytes.push(Number.parseInt(chunk.slice(at, at + 2), 16));
  }
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = [];
  for (let at = 0; at < 16; at += 2) groups.push(((bytes[at]! << 8) | bytes[at + 1]!).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** How many sockets are in each state. */
export function countStates(sockets: readonly TcpSocket[]): Partial<Record<TcpState, number>> {
  const counts: Partial<Record<TcpState, number>> = {};
  for (const socket of sockets) counts[socket.state] = (counts[socket.state] ?? 0) + 1;
  return counts;
}
