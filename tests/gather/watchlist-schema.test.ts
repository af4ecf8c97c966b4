// The watchlist's JSON Schema, published for editors: the committed file is what the zod
// schema emits, the YAML names it, and it accepts and refuses what gather's zod schema does.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { watchlistJsonSchema, watchlistSchemaFile } from '#lib/gather/watchlist-json-schema.ts';
import { loadWatchlist } from '#lib/gather/load-watchlist.ts';
import { watchlistSchema } from '#lib/schemas/watchlist.ts';
import { readOnlyDir } from '../helpers/read-only-dir.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function schemaCommand(args: string[], contentDir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/watchlist-schema.ts', ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('content/watchlist.schema.json', () => {
  it('is what the zod schema emits (after changing src/lib/schemas/watchlist.ts, run npm run watchlist:schema)', async () => {
    const committed = await readFile(watchlistSchemaFile('content'), 'utf8');
    expect(committed, 'content/watchlist.schema.json is out of date: run npm run watchlist:schema').toBe(watchlistJsonSchema());
  });

  it('is named on the first line of content/watchlist.yaml, which gather still loads', async () => {
    const text = await readFile('content/watchlist.yaml', 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./watchlist.schema.json');
    expect((await loadWatchlist('content/watchlist.yaml')).repositories.map((entry) => entry.repo)).toContain('kubernetes/kubernetes');
  });

  it('accepts the committed watchlist and refuses what the zod schema refuses', async () => {
    const validate = new Ajv({ strict: true }).compile(JSON.parse(watchlistJsonSchema()));
    const committed = parse(await readFile('content/watchlist.yaml', 'utf8'));
    expect(validate(committed), JSON.stringify(validate.errors)).toBe(true);
    const refused = [
      { repositories: [] },
      { repositories: [{ repo: 'kubernetes' }] },
      { repositories: [{ repo: 'a/b', labels: ['kind/bug'] }] },
      { repositories: [{ repo: 'a/b', pulls: { anyLabel: [''] } }] },
      { repositories: [{ repo: 'a/b', releases: { prereleases: 'yes' } }] },
      { repos: [{ repo: 'a/b' }] },
    ];
    for (const watchlist of refused) {
      expect(watchlistSchema.safeParse(watchlist).success, JSON.stringify(watchlist)).toBe(false);
      expect(validate(watchlist), JSON.stringify(watchlist)).toBe(false);
    }
  });
});

describe('npm run watchlist:schema', () => {
  it('writes the schema, says when it is up to date, and with --check only reports a stale one (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uw-schema-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const file = watchlistSchemaFile(dir);
    expect(await schemaCommand(['--check'], dir)).toEqual({ code: 1, stderr: `watchlist:schema: ${file} is missing; run npm run watchlist:schema to write it\n` });
    expect(await schemaCommand([], dir)).toEqual({ code: 0, stderr: `watchlist:schema: wrote ${file}\n` });
    expect(await readFile(file, 'utf8')).toBe(watchlistJsonSchema());
    expect(await schemaCommand(['--check'], dir)).toEqual({ code: 0, stderr: `watchlist:schema: ${file} is up to date\n` });
    await writeFile(file, '{}\n');
    expect(await schemaCommand(['--check'], dir)).toEqual({ code: 1, stderr: `watchlist:schema: ${file} differs from the zod schema; run npm run watchlist:schema to write it\n` });
    expect(await readFile(file, 'utf8')).toBe('{}\n');
  });

  it('in a read-only content folder: one line naming the file and the cause', async (context) => {
    const made = await readOnlyDir();
    if ('skip' in made) return context.skip(made.skip);
    cleanup.push(made.release);
    const run = await schemaCommand([], made.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^watchlist:schema: cannot write ${watchlistSchemaFile(made.dir)}: the file system is read-only \\(EROFS\\)`));
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
