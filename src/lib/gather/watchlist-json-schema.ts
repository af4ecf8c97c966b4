import { join } from 'node:path';
import { z } from 'zod';
import { watchlistSchema } from '#lib/schemas/watchlist.ts';

/** Where the schema is published: next to watchlist.yaml, whose first line names it as `./watchlist.schema.json`. */
export const watchlistSchemaFile = (contentDir: string) => join(contentDir, 'watchlist.schema.json');

/**
 * The watchlist's zod schema as JSON Schema text, for editors (yaml-language-server) to
 * complete and check the YAML with. Draft 7, which every YAML editor plugin reads; the
 * input side, so fields with defaults are optional. The duplicate-repository rule is
 * zod code with no JSON Schema form: `npm run check` still catches that one.
 */
export function watchlistJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(watchlistSchema, { io: 'input', target: 'draft-07' }), null, 2)}\n`;
}
