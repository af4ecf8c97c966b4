// npm run bench -- --issues N: build a synthetic site of N weekly issues and report the figures.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BENCH_USAGE, parseBenchArgs } from '../src/lib/bench/bench-options.ts';
import { formatBench } from '../src/lib/bench/format-bench.ts';
import { runBench } from '../src/lib/bench/run-bench.ts';
import { runCommand } from '../src/lib/cli/run-command.ts';
import { writeIfChanged } from '../src/lib/fs/write-if-changed.ts';

await runCommand('bench', async () => {
  const options = parseBenchArgs(process.argv.slice(2));
  if (!options) return void console.log(BENCH_USAGE);
  const { kept, ...result } = await runBench(options, (message) => console.error(message));
  console.log(formatBench(result));
  // Results are kept per corpus size, so the 52- and 520-issue runs sit side by side.
  const previous = JSON.parse(await readFile(options.out, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  await mkdir(dirname(options.out), { recursive: true });
  await writeIfChanged(options.out, `${JSON.stringify({ ...previous, [String(options.issues)]: result }, null, 2)}\n`);
  console.error(`bench: results written to ${options.out}${kept ? `; content kept in ${kept.content}, site in ${kept.dist}` : ''}`);
});
