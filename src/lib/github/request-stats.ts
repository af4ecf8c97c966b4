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

/** Wraps `inner` to count requests (retries included) and read the rate-limit headers. */
export function countingFetch(inner: Fetch, stats: RequestStats): Fetch {
  return async (input, init) => {
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
  };
}
