// npm run bench -- --issues N [--baseline hugo] [--warm]: build a synthetic site of N weekly issues and report the figures.
import { BENCH_USAGE, parseBenchArgs } from '#lib/bench/bench-options.ts';
import { checkResultsFile, saveResults } from '#lib/bench/bench-results.ts';
import { formatBench } from '#lib/bench/format-bench.ts';
import { runBench } from '#lib/bench/run-bench.ts';
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { runCommand } from '#lib/cli/run-command.ts';

await runCommand('bench', async () => {
  const options = parseBenchArgs(process.argv.slice(2));
  if (!options) return void console.log(BENCH_USAGE);
  await checkResultsFile(options.out);
  const signal = abortOnInterrupt((message) => console.error(`bench: ${message}`));
  const { kept, ...result } = await runBench(options, (message) => console.error(message), signal);
  console.log(formatBench(result));
  await saveResults(options.out, options.issues, result);
  const where = kept
    ? `; content kept in ${kept.content}, site in ${kept.dist}${kept.firstDist ? `, the first build's in ${kept.firstDist}` : ''}${kept.hugo ? `, Hugo's site in ${kept.hugo}` : ''}`
    : '';
  console.error(`bench: results written to ${options.out}${where}`);
});
