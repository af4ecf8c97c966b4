import type { GatherSummary } from './run-gather.ts';
import { plural } from '#lib/cli/plural.ts';

/** The closing lines of a run: records by outcome, requests spent and the rate limit left. */
export function formatSummary(summary: GatherSummary, dryRun: boolean): string {
  const { outcomes, stats } = summary;
  const total = outcomes.new + outcomes.changed + outcomes.unchanged;
  const limit = stats.rateLimit
    ? `rate limit ${stats.rateLimit.remaining}/${stats.rateLimit.limit} left, resets ${stats.rateLimit.resetAt.toISOString().replace('.000Z', 'Z')}`
    : 'rate limit not reported';
  const failed = summary.failed.length === 0 ? [] : [
    `gather: ${plural(summary.failed.length, 'item')} failed; run again to fetch ${summary.failed.length === 1 ? 'it' : 'them'}:`,
    ...summary.failed.map((failure) => `  ${failure.message}`),
  ];
  return [
    `gather: ${plural(total, 'record')} fetched: ${outcomes.new} new, ${outcomes.changed} changed, ${outcomes.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}`,
    `gather: ${plural(stats.sent, 'request')} sent, ${stats.notModified} answered 304 Not Modified; ${limit}`,
    ...failed,
  ].join('\n');
}
