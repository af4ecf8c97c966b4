// Record and replay of GitHub exchanges at the fetch level, in the spirit of
// kubernetes/release's release-notes: `--record DIR` saves every exchange,
// `--replay DIR` answers from those files with no network at all.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';

/** One saved request and its response. Request headers are not kept: they may hold the token. */
export interface Exchange {
  method: string;
  /** Path and query, without the host, so a recording replays against any base URL. */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

type Fetch = typeof globalThis.fetch;

/** Header that marks the 404 a replay gives for an exchange it does not have. */
export const REPLAY_MISSING_HEADER = 'x-upstream-weekly-replay-missing';

function requestOf(input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]): { method: string; url: URL; headers: Headers } {
  const request = input instanceof Request ? input : null;
  const url = new URL(request ? request.url : String(input));
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  const headers = new Headers(init?.headers ?? request?.headers);
  return { method, url, headers };
}

/** File name for an exchange: readable prefix plus a hash of method and path. */
export function exchangeFile(method: string, path: string): string {
  const slug = path.replace(/^\//, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `${method.toLowerCase()}_${slug}_${createHash('sha256').update(`${method} ${path}`).digest('hex').slice(0, 12)}.json`;
}

/** Wraps `inner`, saving every exchange into `dir`. */
export function recordingFetch(inner: Fetch, dir: string): Fetch {
  return async (input, init) => {
    const { method, url } = requestOf(input, init);
    const response = await inner(input, init);
    const body = await response.clone().text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers[name] = value;
    });
    const path = `${url.pathname}${url.search}`;
    // A 304 only means "as before": keep the full exchange that came before it.
    if (response.status !== 304) {
      const exchange: Exchange = { method, path, status: response.status, headers, body };
      await writeIfChanged(join(dir, exchangeFile(method, path)), `${JSON.stringify(exchange, null, 2)}\n`);
    }
    return response;
  };
}

/** A fetch that answers from `dir` only; it honours If-None-Match like GitHub does. */
export function replayFetch(dir: string): Fetch {
  return async (input, init) => {
    const { method, url, headers } = requestOf(input, init);
    const path = `${url.pathname}${url.search}`;
    let exchange: Exchange;
    try {
      exchange = JSON.parse(await readFile(join(dir, exchangeFile(method, path)), 'utf8')) as Exchange;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // A 404 (which is not retried) carrying the explanation, rather than a thrown error that would be.
      const message = `replay: no recorded exchange for ${method} ${path} in ${dir}; record it first with --record ${dir}`;
      return withUrl(new Response(JSON.stringify({ message }), { status: 404, headers: { 'content-type': 'application/json', [REPLAY_MISSING_HEADER]: '1' } }), url);
    }
    const etag = exchange.headers.etag;
    if (etag && headers.get('if-none-match') === etag) {
      return withUrl(new Response(null, { status: 304, headers: { etag } }), url);
    }
    return withUrl(new Response(exchange.status === 204 ? null : exchange.body, { status: exchange.status, headers: exchange.headers }), url);
  };
}

/** A constructed Response has an empty `url`; Octokit's pagination reads it. */
function withUrl(response: Response, url: URL): Response {
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}
