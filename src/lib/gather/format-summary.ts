import type { GatherSummary } from './run-gather.ts';

/** The closing lines of a run: records by outcome, requests spent and the rate limit left. */
export function formatSummary(summary: GatherSummary, dryRun: boolean): string {
  const { outcomes, stats } = summary;
  const total = outcomes.new + outcomes.changed + outcomes.unchanged;
  const limit = stats.rateLimit
    ? `rate limit ${stats.rateLimit.remaining}/${stats.rateLimit.limit} left, resets ${stats.rateLimit.resetAt.toISOString().replace('.000Z', 'Z')}`
    : 'rate limit not reported';
  const failed = summary.failed.length === 0 ? [] : [
    `gather: ${summary.failed.length} ${summary.failed.length === 1 ? 'item' : 'items'} failed; run again to fetch ${summary.failed.length === 1 ? 'it' : 'them'}:`,
    ...summary.failed.map((failure) => `  ${failure.message}`),
  ];
  return [
    `gather: ${total} records fetched: ${outcomes.new} new, ${outcomes.changed} changed, ${outcomes.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}`,
    `gather: ${stats.sent} requests sent, ${stats.notModified} answered 304 Not Modified; ${limit}`,
    ...failed,
  ].join('\n');
}
