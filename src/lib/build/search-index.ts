// Indexes a built site with Pagefind. Pagefind splits the index by each page's
// <html lang>, so each language gets an index of its own, and its extended binary segments
// Chinese text into words.
import * as pagefind from 'pagefind';
import { CliError } from '#lib/cli/cli-errors.ts';

/**
 * What is not the page's own text stays out of the index (filters and metadata inside
 * are still read): hidden filter values, visually hidden labels, `aria-hidden`
 * decoration such as the `#` after headings, a card's kind badges and field labels
 * (which Pagefind would glue to their neighbours, "Releasepre-release", "byuablrek"), the kicker above a title (number, date,
 * reading time: results show them from metadata), an issue's topic tags, the "View on
 * GitHub" link, and the summaries of collapsed sections ("Show the upstream description").
 */
export const INDEX_EXCLUDED = ['[hidden]', '.visually-hidden', '[aria-hidden="true"]', '.card-kind', '.card-meta dt', '.card-meta a[rel~="external"]', '.issue-kicker', '.issue-topics', 'summary'];

/** Pagefind could not index the built site. Exit code 1. */
export class SearchIndexError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** Writes the search index of the site in `site` to `site/pagefind`; returns how many pages it indexed. */
export async function writeSearchIndex(site: string): Promise<{ pages: number; outputPath: string }> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: INDEX_EXCLUDED });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no pages in ${site}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
