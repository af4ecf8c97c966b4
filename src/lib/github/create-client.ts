// The one place the GitHub client is built: @octokit/rest with the throttling and
// retry plugins, an on-disk ETag cache for conditional requests, request counting,
// and optional record/replay. The live path and the tests differ only in options.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { Octokit } from '@octokit/rest';
import { FileSystemError, isFsError } from '#lib/cli/cli-errors.ts';
import { EtagCache } from './etag-cache.ts';
import { recordingFetch, replayFetch } from './recording.ts';
import { countingFetch, newRequestStats, type RequestStats } from './request-stats.ts';

export const DEFAULT_API_URL = 'https://api.github.com';
export const USER_AGENT = 'upstream-weekly-gather (+https://github.com/upstream-weekly)';

export interface ClientOptions {
  /** REST API root: github.com's, an Enterprise server's (`https://ghe.example/api/v3`) or a local one. */
  baseUrl: string;
  /** Token for a higher rate limit; never printed, logged or written to disk. */
  token?: string;
  /** Folder of the ETag cache, or null for none. */
  cacheDir: string | null;
  /** Use the cache's answers but write nothing to it (a dry run). */
  cacheReadOnly?: boolean;
  /** Save every exchange into this folder. */
  recordDir?: string;
  /** Answer from exchanges saved in this folder, with no network. */
  replayDir?: string;
  /** Longest wait for a primary rate limit to reset before giving up (seconds). */
  maxRateLimitWait?: number;
  /** Base of the retry backoff for 5xx answers (ms): waits are 1, 4, 9 times this. */
  retryBaseMs?: number;
  /** Cancels requests under way (Ctrl-C). */
  signal?: AbortSignal;
  /** Where progress notes such as "waiting for the rate limit" go. */
  note?: (message: string) => void;
}

export interface GitHubClient {
  octokit: InstanceType<typeof Octokit>;
  stats: RequestStats;
  baseUrl: string;
  authenticated: boolean;
}

// Retried statuses and tries, as given to the retry plugin; the notes below say the same.
const RETRIES = 3;
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];

type Plugin = Parameters<typeof Octokit.plugin>[0];

/**
 * Runs inside the retry plugin (plugins listed before it are wrapped by it): a JSON body
 * that does not parse becomes an error the plugin retries like a 5xx, and each failure
 * it will retry is announced with what it waits for.
 */
const retryNotes: Plugin = (octokit, settings) => {
  const options = settings as { retryNote?: (message: string) => void; retryBaseMs?: number };
  octokit.hook.after('request', (response, request) => {
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('json') && typeof response.data === 'string') {
      throw new MalformedResponseError(`${request.method} ${octokit.request.endpoint(request).url}`, request);
    }
  });
  octokit.hook.error('request', (error, request) => {
    // A recording that could not be written (--record) fails inside fetch: not GitHub's fault, and not worth retrying.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof FileSystemError) throw cause;
    if (isFsError(cause)) throw new FileSystemError(cause);
    const attempt = Number((request.request as { retryCount?: number } | undefined)?.retryCount ?? 0) + 1;
    // The plugin's own test: a RequestError (Ctrl-C's AbortError is not one) with a retried status.
    const status = error instanceof RequestError ? error.status : 0;
    const retried = status >= 400 && !DO_NOT_RETRY.includes(status);
    if (retried && attempt <= RETRIES) {
      const path = new URL(octokit.request.endpoint(request).url).pathname;
      const seconds = (attempt ** 2 * (options.retryBaseMs ?? 1000)) / 1000;
      const network = unreachable(error);
      const what = error instanceof MalformedResponseError ? 'GitHub sent a body that is not valid JSON' : network ? `could not reach GitHub (${network})` : `GitHub answered ${status}`;
      options.retryNote?.(`${what} for ${request.method} ${path}; retrying in ${seconds} s (${attempt}/${RETRIES})`);
    }
    throw error;
  });
};

const GatherOctokit = Octokit.plugin(throttling, retryNotes, retry);

/** Reads the client's settings from the environment: GITHUB_API_URL and GITHUB_TOKEN. */
export function clientOptionsFromEnv(env: NodeJS.ProcessEnv): Pick<ClientOptions, 'baseUrl' | 'token'> {
  const baseUrl = (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  const token = env.GITHUB_TOKEN?.trim() || undefined;
  return { baseUrl, token };
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const stats = newRequestStats();
  const note = options.note ?? (() => {});
  const maxWait = options.maxRateLimitWait ?? 300;
  let fetch: typeof globalThis.fetch = options.replayDir ? replayFetch(options.replayDir) : globalThis.fetch.bind(globalThis);
  if (options.recordDir) fetch = recordingFetch(fetch, options.recordDir);
  fetch = countingFetch(fetch, stats);

  const octokit = new GatherOctokit({
    baseUrl: options.baseUrl,
    auth: options.token,
    userAgent: USER_AGENT,
    request: { fetch, signal: options.signal },
    // request-log reports every non-2xx (each 304 from the cache too) through `error`: keep that quiet;
    // failures reach the user through the errors thrown.
    log: { debug: () => {}, info: () => {}, warn: note, error: () => {} },
    retry: { retries: RETRIES, retryAfterBaseValue: options.retryBaseMs ?? 1000, doNotRetry: DO_NOT_RETRY },
    retryNote: note,
    retryBaseMs: options.retryBaseMs,
    throttle: {
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        if (retryCount > 0 || retryAfter > maxWait) return false;
        note(`rate limit reached on ${request.method} ${request.url}; it resets in ${retryAfter}s, waiting`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        if (retryCount > 2) return false;
        note(`secondary rate limit on ${request.method} ${request.url}; retrying after ${retryAfter}s as asked`);
        return true;
      },
    },
  });

  // Registered after the plugins, so it wraps them: a retried or malformed answer never reaches the cache.
  if (options.cacheDir) installEtagCache(octokit, new EtagCache(options.cacheDir, { readOnly: options.cacheReadOnly, warn: note }));
  return { octokit, stats, baseUrl: options.baseUrl, authenticated: options.token !== undefined };
}

/** Sends If-None-Match for every cached GET and answers a 304 from the cache: "unchanged", not an error. */
function installEtagCache(octokit: InstanceType<typeof Octokit>, cache: EtagCache): void {
  octokit.hook.wrap('request', async (request, options) => {
    if (options.method !== 'GET') return request(options);
    const { url } = octokit.request.endpoint(options);
    const cached = await cache.get(url);
    if (cached) options.headers = { ...options.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(options);
      await cache.set(url, response as { status: number; headers: Record<string, string>; data: unknown });
      return response;
    } catch (error) {
      if (error instanceof RequestError && error.status === 304 && cached) {
        return { url, status: cached.status, headers: { ...cached.headers }, data: cached.data } as Awaited<ReturnType<typeof request>>;
      }
      throw error;
    }
  });
}

/**
 * Why a request got no answer at all (refused, reset, no route, a name that does not
 * resolve), or null when the server did answer. Octokit reports these as a 500 with no response.
 */
export function unreachable(error: unknown): string | null {
  if (!(error instanceof RequestError) || error.status !== 500 || error.response !== undefined) return null;
  const cause = error.cause as { code?: string; cause?: { code?: string } } | undefined;
  return cause?.cause?.code ?? cause?.code ?? (error.message || 'no answer');
}

/**
 * Octokit hands back the raw text when a JSON body does not parse (an answer cut off in
 * transit). As a RequestError with status 502 and its request, the retry plugin retries it
 * as it would a 502 from a proxy, which is what such an answer amounts to.
 */
export class MalformedResponseError extends RequestError {
  constructor(what: string, request: RequestErrorOptions['request']) {
    super(`${what}: the response body is not valid JSON (cut off in transit?), also after retrying; nothing was written for it`, 502, { request });
  }
}

type RequestErrorOptions = ConstructorParameters<typeof RequestError>[2];
