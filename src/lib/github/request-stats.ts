/** What a run cost: every HTTP request sent, and the rate limit the server last reported. */
export interface RequestStats {
  sent: number;
  notModified: number;
  rateLimit: { limit: number; remaining: number; resetAt: Date } | null;
}

export function newRequestStats(): RequestStats {
  return { sent: 0, notModified: 0, rateLimit: null };
}

type Fetch = typeof globalThis.fetch;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/**
 * Wraps `inner` to count requests (retries included) and read the rate-limit headers.
 * Redirects (a renamed repository answers 301) are followed here, hop by hop, rather
 * than inside fetch, which would send the second request without anyone counting it.
 */
export function countingFetch(inner: Fetch, stats: RequestStats): Fetch {
  return async (input, init) => {
    if (init?.redirect === 'manual' || input instanceof Request) return count(inner, stats, input, init);
    let url = new URL(String(input));
    let options: RequestInit = { ...init, redirect: 'manual' };
    for (let hop = 0; ; hop++) {
      const response = await count(inner, stats, url, options);
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || location === null || hop === MAX_REDIRECTS) return response;
      const next = new URL(location, url);
      // As fetch itself does: credentials stay with their origin, and a 303 becomes a GET.
      const headers = new Headers(options.headers);
      if (next.origin !== url.origin) headers.delete('authorization');
      options = response.status === 303 ? { ...options, headers, method: 'GET', body: undefined } : { ...options, headers };
      url = next;
    }
  };
}

async function count(inner: Fetch, stats: RequestStats, input: Parameters<Fetch>[0], init?: RequestInit): Promise<Response> {
  stats.sent++;
  const response = await inner(input, init);
  if (response.status === 304) stats.notModified++;
  const remaining = response.headers.get('x-ratelimit-remaining');
  const limit = response.headers.get('x-ratelimit-limit');
  const reset = response.headers.get('x-ratelimit-reset');
  if (remaining !== null && limit !== null && reset !== null) {
    stats.rateLimit = { limit: Number(limit), remaining: Number(remaining), resetAt: new Date(Number(reset) * 1000) };
  }
  return response;
}
