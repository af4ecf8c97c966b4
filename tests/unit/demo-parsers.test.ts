// The parsers behind the demos, on fixture text captured from a real kernel
// (tests/fixtures/proc/) and on hand-made lines for the edge cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConntrack } from '#lib/demos/net/conntrack-table.ts';
import { countStates, parseProcNetTcp } from '#lib/demos/net/proc-net-tcp.ts';
import { parseKernelConfig, tristate } from '#lib/demos/ipvs-schedulers/kernel-config.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/proc/${name}`, 'utf8');

describe('parseProcNetTcp', () => {
  it('reads IPv4 sockets: addresses in host byte order, ports and states', () => {
    const sockets = parseProcNetTcp(fixture('tcp.txt'));
    expect(sockets).toHaveLength(5);
    expect(sockets[0]).toEqual({ local: { address: '127.0.0.1', port: 45_998 }, remote: { address: '0.0.0.0', port: 0 }, state: 'LISTEN' });
    expect(sockets.every((socket) => socket.local.address === '127.0.0.1')).toBe(true);
    expect(sockets[2]).toEqual({ local: { address: '127.0.0.1', port: 45_998 }, remote: { address: '127.0.0.1', port: 54_974 }, state: 'TIME_WAIT' });
    expect(countStates(sockets)).toEqual({ LISTEN: 1, ESTABLISHED: 2, TIME_WAIT: 2 });
  });

  it('reads IPv6 sockets, shortening ::1', () => {
    const sockets = parseProcNetTcp(fixture('tcp6.txt'));
    expect(sockets.map((socket) => socket.local.address)).toEqual(['::1', '::1', '::1', '::1', '::1']);
    expect(sockets[0]).toMatchObject({ local: { port: 45_999 }, remote: { address: '::', port: 0 }, state: 'LISTEN' });
    expect(countStates(sockets)).toEqual({ LISTEN: 1, TIME_WAIT: 2, ESTABLISHED: 2 });
  });

  it('shows an IPv4-mapped IPv6 address as ::ffff:a.b.c.d', () => {
    const line = '   0: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000100007F:D431 06 00000000:00000000 03:00000F3C 00000000     0        0 0 3 0000000000000000';
    expect(parseProcNetTcp(line)[0]).toMatchObject({ local: { address: '::ffff:127.0.0.1', port: 8080 }, remote: { port: 54_321 }, state: 'TIME_WAIT' });
  });

  it('skips the header, and names a state newer than its table instead of failing', () => {
    expect(parseProcNetTcp('  sl  local_address rem_address   st\n')).toEqual([]);
    expect(parseProcNetTcp('   0: 0100007F:0050 0100007F:D431 0D 0')[0]!.state).toBe('UNKNOWN_0D');
  });

  it('shortens the longest run of zero groups, as RFC 5952 writes IPv6', () => {
    // 2001:0:0:1::1, each 32-bit word in little-endian order as the kernel prints it.
    const line = '   0: 00000120010000000000000001000000:0050 00000000000000000000000000000000:0000 0A 0';
    expect(parseProcNetTcp(line)[0]!.local.address).toBe('2001:0:0:1::1');
  });
});

describe('parseConntrack', () => {
  it('reads /proc/net/nf_conntrack lines, keeping the original direction', () => {
    const entries = parseConntrack(fixture('nf_conntrack.txt'));
    expect(entries.map((entry) => [entry.protocol, entry.state, entry.timeout])).toEqual([
      ['tcp', 'TIME_WAIT', 119],
      ['tcp', 'CLOSE', 9],
      ['tcp', 'ESTABLISHED', 431_999],
      ['udp', null, 28],
    ]);
    expect(entries[0]).toMatchObject({ src: '127.0.0.1', dst: '127.0.0.1', sport: 48_258, dport: 8088, flags: ['ASSURED'] });
    expect(entries[3]).toMatchObject({ src: '::1', sport: 5353, dport: 53, flags: ['UNREPLIED'] });
  });

  it('skips lines that are not entries', () => {
    expect(parseConntrack('garbage line\n    [1700000000.123]\t[NEW] tcp 6\n')).toEqual([]);
  });

  it('reads `conntrack -L` output, ignoring its summary line', () => {
    const entries = parseConntrack(fixture('conntrack-L.txt'));
    expect(entries.map((entry) => `${entry.state} ${entry.sport}->${entry.dport}`)).toEqual(['TIME_WAIT 48258->8088', 'CLOSE 48242->8088']);
  });
});

describe('parseKernelConfig', () => {
  it('reads y, m and "is not set", and treats a missing option as not set', () => {
    const config = parseKernelConfig(fixture('kernel-config.txt'));
    expect(tristate(config, 'CONFIG_IP_VS')).toBe('m');
    expect(tristate(config, 'CONFIG_IP_VS_MH')).toBe('y');
    expect(tristate(config, 'CONFIG_IP_VS_TWOS')).toBe('n');
    expect(tristate(config, 'CONFIG_IP_VS_SED')).toBe('n');
    expect(config.get('CONFIG_IP_VS_TAB_BITS')).toBe('12');
  });
});
