// npm run build [-- ASTRO_OPTIONS]: astro build, then the Pagefind index once Astro has exited.
import { BUILD_USAGE, runBuild } from '#lib/build/run-build.ts';
import { runCommand } from '#lib/cli/run-command.ts';

await runCommand('build', async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return void console.log(BUILD_USAGE);
  await runBuild(args, (line) => console.error(line));
});
