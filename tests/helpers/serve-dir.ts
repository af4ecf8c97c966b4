import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 at a free port, as a static host would: a miss gets `/404.html` with status 404. */
export async function serveDir(dir: string): Promise<Served> {
  const handler = sirv(dir, { dev: true, extensions: ['html'] });
  const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
  const server: Server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
