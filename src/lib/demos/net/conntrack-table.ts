// Parses connection-tracking entries as /proc/net/nf_conntrack prints them
// (`ipv4 2 tcp 6 119 TIME_WAIT src=… dst=… sport=… dport=… src=… … [ASSURED] …`)
// or as `conntrack -L` does (the same without the two leading fields).

export interface ConntrackEntry {
  protocol: string;
  /** Seconds before the entry expires. */
  timeout: number;
  /** TCP state, such as TIME_WAIT; null for protocols without one. */
  state: string | null;
  /** The original direction: who opened the connection. */
  src: string;
  dst: string;
  sport: number;
  dport: number;
  flags: string[];
}

const KEY_VALUE = /^(\w+)=(.*)$/;

export function parseConntrack(text: string): ConntrackEntry[] {
  const entries: ConntrackEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('conntrack v')) continue;
    const fields = line.split(/\s+/);
    // /proc/net/nf_conntrack starts with the layer-3 name and number.
    if (fields[0] === 'ipv4' || fields[0] === 'ipv6') fields.splice(0, 2);
    const [protocol = '', , timeout = ''] = fields;
    const rest = fields.slice(3);
    const state = rest[0] && !KEY_VALUE.test(rest[0]) && !rest[0].startsWith('[') ? rest.shift()! : null;
    const original: Record<string, string> = {};
    const flags: string[] = [];
    for (const field of rest) {
      const pair = KEY_VALUE.exec(field);
      // The reply direction repeats src/dst/sport/dport; the first set is the original one.
      if (pair && !(pair[1]! in original)) original[pair[1]!] = pair[2]!;
      else if (field.startsWith('[')) flags.push(field.slice(1, -1));
    }
    // Anything without the original direction's addresses is not an entry (a summary, an event header).
    if (!original.src || !original.dport || !Number.isFinite(Number(timeout))) continue;
    entries.push({
      protocol,
      timeout: Number(timeout),
      state,
      src: original.src ?? '',
      dst: original.dst ?? '',
      sport: Number(original.sport ?? 0),
      dport: Number(original.dport ?? 0),
      flags,
    });
  }
  return entries;
}
