// npm run gather: fetch pull requests and releases into upstream records.
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { createProgress } from '#lib/cli/progress.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { EXIT } from '#lib/cli/cli-errors.ts';
import { formatSummary } from '#lib/gather/format-summary.ts';
import { GATHER_USAGE, parseGatherArgs } from '#lib/gather/gather-options.ts';
import { runGather } from '#lib/gather/run-gather.ts';
import { clientOptionsFromEnv } from '#lib/github/create-client.ts';

const progress = createProgress(process.stderr);
// Atomic writes keep every record whole whichever way a run stops.
const signal = abortOnInterrupt((message) => progress.log(`gather: ${message}`));

await runCommand('gather', async () => {
  try {
    const options = parseGatherArgs(process.argv.slice(2));
    if (options === null) return void console.log(GATHER_USAGE);
    const summary = await runGather(options, { ...clientOptionsFromEnv(process.env), signal }, progress);
    console.log(formatSummary(summary, options.dryRun));
    return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    progress.end();
  }
});
