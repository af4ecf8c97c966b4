// Serves the recorded GitHub objects on 127.0.0.1, so gather can run against them:
//   node scripts/serve-github-fixtures.ts [--dir tests/fixtures/github]
import { parseArgs } from 'node:util';
import { startFixtureServer } from '#lib/github/fixture-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'tests/fixtures/github' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run fixtures:serve -- [--dir tests/fixtures/github]\n\nServes recorded GitHub REST objects on 127.0.0.1 and prints GITHUB_API_URL for gather.');
  process.exit(0);
}
const server = await startFixtureServer({ fixturesDir: values.dir });
console.log(`GITHUB_API_URL=${server.url}`);
process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
