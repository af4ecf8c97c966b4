import { readFile } from 'node:fs/promises';
import { ContentError } from '../content/content-error.ts';
import { checkYamlAgainst } from '../content/schema-problems.ts';
import { parseYamlWithLines } from '../content/yaml-lines.ts';
import { watchlistSchema, type Watchlist } from '../schemas/watchlist.ts';

/** Reads and validates the watchlist; a bad one throws a ContentError naming file, line and field. */
export async function loadWatchlist(file: string): Promise<Watchlist> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ContentError([{ file, message: error.code === 'ENOENT' ? 'the watchlist does not exist' : error.message }]);
  });
  const result = checkYamlAgainst(file, parseYamlWithLines(text), watchlistSchema);
  if (result.value === null) throw new ContentError(result.problems);
  return result.value;
}
