import { readFile } from 'node:fs/promises';
import { ContentError, type ContentProblem } from '#lib/content/content-error.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { checkYamlAgainst, type SchemaResult } from '#lib/content/schema-problems.ts';
import { parseYamlWithLines } from '#lib/content/yaml-lines.ts';
import { watchlistSchema, type Watchlist } from '#lib/schemas/watchlist.ts';

/** Reads and validates the watchlist; a bad one throws a ContentError naming file, line and field. */
export async function loadWatchlist(file: string): Promise<Watchlist> {
  const result = await readWatchlist(file);
  if (result.value === null) throw new ContentError(result.problems);
  return result.value;
}

/** The watchlist's problems for `npm run check`, each at its line. A content folder without one is fine: only gather needs it. */
export async function checkWatchlist(file: string): Promise<ContentProblem[]> {
  const { problems } = await readWatchlist(file);
  return problems.filter((problem) => problem.message !== MISSING);
}

const MISSING = 'the watchlist does not exist';

async function readWatchlist(path: string): Promise<SchemaResult<Watchlist>> {
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { value: null, problems: [{ file, message: code === 'ENOENT' ? MISSING : `cannot be read (${code ?? (error as Error).message})` }] };
  }
  return checkYamlAgainst(file, parseYamlWithLines(text), watchlistSchema);
}
