// Sampling counts only this run's client sockets: a TIME_WAIT left by another connection to
// the same server port (an earlier server that had the port, another run) is not counted.
import net from 'node:net';
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { sampleSockets } from '#lib/demos/net/sample-sockets.ts';

const connectAndClose = (port: number) =>
  new Promise<number>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' }, () => {
      const local = socket.localPort!;
      socket.end();
      socket.once('close', () => resolve(local));
    });
    socket.once('error', reject);
  });

describe.skipIf(platform() !== 'linux')('sampleSockets', () => {
  it('counts client sockets from the given local ports only', async () => {
    const server = net.createServer((socket) => socket.on('end', () => socket.end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const ours = await connectAndClose(port);
      const theirs = await connectAndClose(port);
      const all = await sampleSockets(port, 0);
      expect(all.client.TIME_WAIT).toBe(2);
      const mine = await sampleSockets(port, 0, new Set([ours]));
      expect(mine.client).toEqual({ TIME_WAIT: 1 });
      expect(mine.ephemeralPorts).toBe(1);
      expect((await sampleSockets(port, 0, new Set([theirs, ours]))).client.TIME_WAIT).toBe(2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
