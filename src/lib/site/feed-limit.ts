// How many issues a feed carries: the latest ones, each with its full content. A reader
// polls the feed often, so it stays small (20 issues is well under 1 MiB) whatever the
// archive's size; the archive pages list every issue. FEED_ISSUES overrides it for a build.

/** The default number of issues in each feed (RSS and JSON Feed, language and topic feeds). */
export const FEED_ISSUES = 20;

/** The feed length for this build: FEED_ISSUES from the environment when it is a positive whole number. */
export function feedIssueLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FEED_ISSUES;
  if (raw === undefined || raw === '') return FEED_ISSUES;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`FEED_ISSUES must be a whole number of issues, 1 or more (got \`${raw}\`)`);
  return limit;
}
