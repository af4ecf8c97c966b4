// npm run gather: fetch pull requests and releases into upstream records.
import { ContentError } from '../src/lib/content/content-error.ts';
import { clientOptionsFromEnv } from '../src/lib/github/create-client.ts';
import { UsageError } from '../src/lib/cli/usage-error.ts';
import { GATHER_USAGE, parseGatherArgs } from '../src/lib/gather/gather-options.ts';
import { abortOnInterrupt } from '../src/lib/cli/on-interrupt.ts';
import { createProgress } from '../src/lib/cli/progress.ts';
import { formatSummary } from '../src/lib/gather/format-summary.ts';
import { GatherError, InterruptedError, runGather } from '../src/lib/gather/run-gather.ts';

const progress = createProgress(process.stderr);
// Atomic writes keep every record whole whichever way a run stops.
const signal = abortOnInterrupt((message) => progress.log(`gather: ${message}`));

try {
  const options = parseGatherArgs(process.argv.slice(2));
  if (options === null) {
    console.log(GATHER_USAGE);
    process.exit(0);
  }
  const summary = await runGather(options, { ...clientOptionsFromEnv(process.env), signal }, progress);
  console.log(formatSummary(summary, options.dryRun));
} catch (error) {
  progress.end();
  if (error instanceof UsageError) {
    console.error(`gather: ${error.message}\nRun with --help for usage.`);
    process.exit(2);
  }
  if (error instanceof InterruptedError) {
    console.error(`gather: ${error.message}`);
    process.exit(130);
  }
  if (error instanceof GatherError || error instanceof ContentError) {
    console.error(`gather: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
