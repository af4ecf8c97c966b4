// npm run fixtures:serve: the recorded GitHub objects on 127.0.0.1, so gather can run against them.
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { EXIT, UsageError } from '#lib/cli/cli-errors.ts';
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { startFixtureServer } from '#lib/github/fixture-server.ts';

const USAGE = `Usage: npm run fixtures:serve -- [--dir DIR]

Serves recorded GitHub REST objects on 127.0.0.1 and prints GITHUB_API_URL for gather.
Runs until Ctrl-C, which stops it (exit code 0).

Options:
  --dir DIR              the recorded objects (default tests/fixtures/github)
  --help                 this text`;

await runCommand('fixtures:serve', async () => {
  const values = parseFlags(process.argv.slice(2), {
    dir: { type: 'string', default: 'tests/fixtures/github' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return void console.log(USAGE);
  if (!existsSync(values.dir)) throw new UsageError(`--dir ${values.dir}: no such folder`);
  const signal = abortOnInterrupt((message) => console.error(`fixtures:serve: ${message}`));
  const server = await startFixtureServer({ fixturesDir: values.dir });
  console.log(`GITHUB_API_URL=${server.url}`);
  // Serving is all it does: Ctrl-C is its normal end, not a run cut short.
  await once(signal, 'abort');
  await server.close();
  return EXIT.ok;
});
