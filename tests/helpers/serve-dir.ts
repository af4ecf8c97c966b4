import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

// Text a static host compresses on the way out. Pagefind's index and wasm files are
// compressed already, and are served as they are.
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Serves a built site on 127.0.0.1 at a free port, as a static host would: text is
 * gzipped for clients that ask, and a miss gets `/404.html` with status 404.
 */
export async function serveDir(dir: string): Promise<Served> {
  const handler = sirv(dir, { dev: true, extensions: ['html'] });
  const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
    const type = COMPRESSIBLE[extname(path)];
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const file = normalize(join(dir, path));
      const body = file.startsWith(dir) ? await readFile(file).catch(() => null) : null;
      if (body) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipSync(body));
        return;
      }
    }
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
