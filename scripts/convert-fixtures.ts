// One-off converter: turns the recorded GitHub API objects in tests/fixtures/github/
// into upstream records under content/upstream/. The gather script replaces it.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeIfChanged } from '../src/lib/fs/write-if-changed.ts';
import type { UpstreamRecord } from '../src/lib/schemas/upstream-record.ts';
import { upstreamRecordSchema } from '../src/lib/schemas/upstream-record.ts';
import { normalizePull } from '../src/lib/upstream/normalize-pull.ts';
import { normalizeRelease } from '../src/lib/upstream/normalize-release.ts';
import { recordPath, serializeRecord } from '../src/lib/upstream/record-files.ts';

const USAGE = `Usage: node scripts/convert-fixtures.ts [--from DIR] [--to DIR] [--dry-run]

Converts recorded GitHub API objects into upstream records.
  --from DIR   recorded objects: pulls/<owner>/<repo>/<n>.json (+ .files.json)
               and releases/<owner>/<repo>/<tag>.json (default tests/fixtures/github)
  --to DIR     where records go (default content/upstream)
  --dry-run    say what would change, write nothing
  --help       this text`;

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: 'tests/fixtures/github' },
    to: { type: 'string', default: 'content/upstream' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const readJson = async (path: string): Promise<any> => JSON.parse(await readFile(path, 'utf8'));
const from = resolve(values.from);
const records: UpstreamRecord[] = [];

for (const kind of ['pulls', 'releases'] as const) {
  for (const owner of await readdir(join(from, kind)).catch(() => [])) {
    for (const repo of await readdir(join(from, kind, owner))) {
      const dir = join(from, kind, owner, repo);
      for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.endsWith('.files.json')).sort()) {
        const raw = await readJson(join(dir, file));
        records.push(
          kind === 'pulls'
            ? normalizePull(raw, await readJson(join(dir, file.replace(/\.json$/, '.files.json'))).catch(() => []))
            : normalizeRelease(`${owner}/${repo}`, raw),
        );
      }
    }
  }
}

for (const record of records) {
  upstreamRecordSchema.parse(record);
  const outcome = await writeIfChanged(join(values.to, recordPath(record)), serializeRecord(record), { dryRun: values['dry-run'] });
  console.log(`${outcome.padEnd(9)} ${record.ref}`);
}
console.log(`${records.length} records${values['dry-run'] ? ' (dry run: nothing written)' : ''}`);
