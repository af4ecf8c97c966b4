// npm run bench -- --issues N [--baseline hugo] [--warm]: build a synthetic site of N weekly issues and report the figures.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BenchInterruptedError, BenchUnavailableError } from '../src/lib/bench/bench-errors.ts';
import { BENCH_USAGE, parseBenchArgs } from '../src/lib/bench/bench-options.ts';
import { formatBench } from '../src/lib/bench/format-bench.ts';
import { runBench } from '../src/lib/bench/run-bench.ts';
import { abortOnInterrupt } from '../src/lib/cli/on-interrupt.ts';
import { runCommand } from '../src/lib/cli/run-command.ts';
import { writeIfChanged } from '../src/lib/fs/write-if-changed.ts';

await runCommand(
  'bench',
  async () => {
    const options = parseBenchArgs(process.argv.slice(2));
    if (!options) return void console.log(BENCH_USAGE);
    const signal = abortOnInterrupt((message) => console.error(`bench: ${message}`));
    const { kept, ...result } = await runBench(options, (message) => console.error(message), signal);
    console.log(formatBench(result));
    // Results are kept per corpus size, so the 52- and 520-issue runs sit side by side; a run replaces
    // its size's entry whole, so a ratio never mixes figures from two runs.
    const previous = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    await mkdir(dirname(options.out), { recursive: true });
    await writeIfChanged(options.out, `${JSON.stringify({ ...previous, [String(options.issues)]: result }, null, 2)}\n`);
    const where = kept ? `; content kept in ${kept.content}, site in ${kept.dist}${kept.hugo ? `, Hugo's site in ${kept.hugo}` : ''}` : '';
    console.error(`bench: results written to ${options.out}${where}`);
  },
  [BenchUnavailableError, BenchInterruptedError],
);
