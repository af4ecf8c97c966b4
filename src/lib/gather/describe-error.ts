import { RequestError } from '@octokit/request-error';
import { FileSystemError } from '#lib/cli/cli-errors.ts';
import { REPLAY_MISSING_HEADER } from '#lib/github/recording.ts';
import { MalformedResponseError, unreachable } from '#lib/github/create-client.ts';

/** When a rate limit resets, from the error's headers, as a sentence. */
function resetSentence(headers: NonNullable<RequestError['response']>['headers'] | undefined, now: Date): string {
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (!reset) return 'Retry later.';
  const at = new Date(reset * 1000);
  const minutes = Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000));
  return `It resets at ${at.toISOString().replace('.000Z', 'Z')} (in about ${minutes} min); run again after that.`;
}

/** A failure that every other request would meet too (a refused token, a used-up rate limit): the run stops. */
export function stopsTheRun(error: unknown): boolean {
  if (error instanceof FileSystemError) return true;
  if (!(error instanceof RequestError)) return false;
  // A body cut off in transit (MalformedResponseError, 502) is this item's alone, and goes on.
  return unreachable(error) !== null || error.status === 401 || error.status === 403 || error.status === 429;
}

/**
 * Turns whatever a request threw into one line an editor can act on. `what` names the
 * item; `authenticated` says whether a token was sent, which changes the advice on a 401.
 */
export function describeGitHubError(error: unknown, what: string, authenticated: boolean, now = new Date()): string {
  if (error instanceof MalformedResponseError) return `${what}: ${error.message}`;
  // The recording folder (--record) could not be written: a file-system failure, not GitHub's.
  if (error instanceof FileSystemError) return error.message;
  if (!(error instanceof RequestError)) return `${what}: ${(error as Error)?.message ?? String(error)}`;
  const headers = error.response?.headers;
  const network = unreachable(error);
  switch (true) {
    case network !== null:
      return `${what}: could not reach GitHub (${network}), also after 3 retries. Check GITHUB_API_URL and the network, then run again.`;
    case headers?.[REPLAY_MISSING_HEADER] !== undefined:
      return `${what}: ${error.message}`;
    case error.status === 401 && authenticated:
      return `${what}: GitHub rejected the token (401 ${error.message}). Check that GITHUB_TOKEN holds a token that is valid and not expired.`;
    case error.status === 401:
      return `${what}: GitHub requires authentication here (401 ${error.message}) and no GITHUB_TOKEN is set. Set GITHUB_TOKEN to a token that can read the repository.`;
    case error.status === 404:
      return `${what}: not found (404). Check the owner, repository, number or tag.`;
    case (error.status === 403 || error.status === 429) && headers?.['x-ratelimit-remaining'] === '0':
      return `${what}: the primary rate limit is used up (0 of ${headers?.['x-ratelimit-limit'] ?? '?'} left). ${resetSentence(headers, now)}`;
    case (error.status === 403 || error.status === 429) && /secondary rate/i.test(error.message):
      return `${what}: GitHub's secondary rate limit still applies after retrying. Wait a few minutes and run again.`;
    case error.status >= 500:
      return `${what}: GitHub kept answering ${error.status} after 3 retries. Run again later; records already written are kept.`;
    default:
      return `${what}: HTTP ${error.status}: ${error.message}`;
  }
}
