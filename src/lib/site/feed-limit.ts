// How many of the latest issues a build gives feeds and publishing channels. A reader polls
// a feed often, so it stays small (20 issues is well under 1 MiB) whatever the archive's
// size; the archive pages list every issue. The WeChat page and `channel.json` of an issue
// serve the editor who publishes it, who sends the newest issues, so only the latest ones
// get them: at ten years those pages would be over a third of the output and of the render
// time. FEED_ISSUES and CHANNEL_ISSUES override the defaults for a build.

/** The default number of issues in each feed (RSS and JSON Feed, language and topic feeds). */
export const FEED_ISSUES = 20;

/** The default number of latest issues per language with a WeChat page and a `channel.json`. */
export const CHANNEL_ISSUES = 20;

import { CliError, EXIT } from '#lib/cli/cli-errors.ts';

type Env = Record<string, string | undefined>;

/** The latest `limit` of `issues`, newest first: issue folders are named by their date. */
export function latestIssues<T extends { slug: string }>(issues: readonly T[], limit: number): T[] {
  return [...issues].sort((a, b) => b.slug.localeCompare(a.slug)).slice(0, limit);
}

/** The feed length for this build: FEED_ISSUES from the environment when it is a positive whole number. */
export function feedIssueLimit(env: Env = process.env): number {
  return issueLimit(env, 'FEED_ISSUES', FEED_ISSUES);
}

/** How many of the latest issues get channel pages in this build (CHANNEL_ISSUES, default 20). */
export function channelIssueLimit(env: Env = process.env): number {
  return issueLimit(env, 'CHANNEL_ISSUES', CHANNEL_ISSUES);
}

function issueLimit(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`${name} must be a whole number of issues, 1 or more (got \`${raw}\`)`, EXIT.usage);
  return limit;
}
