import { readFile } from 'node:fs/promises';
import { ContentError } from '#lib/content/content-error.ts';
import { checkYamlAgainst } from '#lib/content/schema-problems.ts';
import { parseYamlWithLines } from '#lib/content/yaml-lines.ts';
import { newsletterConfigSchema, type NewsletterConfig } from '#lib/schemas/newsletter-config.ts';
import { displayPath } from '#lib/fs/display-path.ts';

/** Reads and validates `newsletter.yaml`; a bad one throws a ContentError naming file, line and field. */
export async function loadNewsletterConfig(path: string): Promise<NewsletterConfig> {
  const file = displayPath(path);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ContentError([{ file, message: error.code === 'ENOENT' ? 'does not exist: it says who gets the email edition (see the README, Publishing)' : error.message }]);
  });
  const result = checkYamlAgainst(file, parseYamlWithLines(text), newsletterConfigSchema);
  if (result.value === null) throw new ContentError(result.problems);
  return result.value;
}
