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

/** A known state name, or `UNKNOWN_0D` for a code newer than this table (kernels add states, such as BOUND_INACTIVE in 6.8). */
export type TcpState = (typeof TCP_STATES)[keyof typeof TCP_STATES] | `UNKNOWN_${string}`;

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
    const code = (fields[3] ?? '').toUpperCase();
    const state: TcpState = TCP_STATES[code as keyof typeof TCP_STATES] ?? `UNKNOWN_${code}`;
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
  const groups: string[] = [];
  for (let at = 0; at < 16; at += 2) groups.push(((bytes[at]! << 8) | bytes[at + 1]!).toString(16));
  // RFC 5952: the longest run of two or more zero groups (the first, on a tie) becomes `::`.
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') length++;
    if (length > best.length) best = { start, length };
  }
  if (best.start < 0) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}

/** How many sockets are in each state. */
export function countStates(sockets: readonly TcpSocket[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const socket of sockets) counts[socket.state] = (counts[socket.state] ?? 0) + 1;
  return counts;
}
