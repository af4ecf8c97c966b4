// npm run watchlist:schema: publish the watchlist's JSON Schema, made from its zod schema, next to it.
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { existingContentDir } from '#lib/content/content-dir.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { watchlistJsonSchema, watchlistSchemaFile } from '#lib/gather/watchlist-json-schema.ts';

const USAGE = `Usage: npm run watchlist:schema [-- --check]

Writes content/watchlist.schema.json, the JSON Schema of content/watchlist.yaml,
from the zod schema gather and check validate it with (src/lib/schemas/watchlist.ts).
The YAML's first line, # yaml-language-server: $schema=./watchlist.schema.json,
points editors at it for completion and checking as you type. Run it after changing
the zod schema; a test fails while the committed file differs.

Options:
  --check                write nothing; exit 1 when the file is missing or out of date
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)`;

await runCommand('watchlist:schema', async () => {
  const flags = parseFlags(process.argv.slice(2), { check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } });
  if (flags.help) return void console.log(USAGE);
  const dir = existingContentDir();
  const file = watchlistSchemaFile(dir);
  const outcome = await writeIfChanged(file, watchlistJsonSchema(), { dryRun: flags.check });
  if (outcome === 'unchanged') return void console.error(`watchlist:schema: ${displayPath(file)} is up to date`);
  if (flags.check) {
    console.error(`watchlist:schema: ${displayPath(file)} ${outcome === 'new' ? 'is missing' : 'differs from the zod schema'}; run npm run watchlist:schema to write it`);
    return 1;
  }
  console.error(`watchlist:schema: ${outcome === 'new' ? 'wrote' : 'updated'} ${displayPath(file)}`);
});
