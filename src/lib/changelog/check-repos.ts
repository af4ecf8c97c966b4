import { UsageError } from '#lib/cli/cli-errors.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';

/** Refuses a --repo with no records at all (a typo, or never gathered): an empty changelog would pass for a quiet window. */
export function checkReposGathered(repos: readonly string[], records: Iterable<UpstreamRecord>, upstreamDir: string): void {
  const known = new Set<string>();
  for (const record of records) known.add(record.repo);
  const missing = repos.filter((repo) => !known.has(repo));
  if (missing.length === 0) return;
  const there = known.size > 0 ? `it has records for ${[...known].sort().join(', ')}` : 'it has no records yet';
  throw new UsageError(`--repo ${missing.join(', ')}: no records gathered in ${upstreamDir} (${there}); check the name, or gather it first: npm run gather`);
}
