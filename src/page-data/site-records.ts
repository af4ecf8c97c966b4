// The upstream records the pages show, read from disk once, and again only after one has
// changed (src/lib/upstream/record-changes.ts). A module of its own: under `astro dev`
// load-site.ts runs again after every edit to an issue, which should not cost reading and
// validating thousands of records again.
import { join } from 'node:path';
import { contentDir } from '#lib/content/content-dir.ts';
import { loadRecords, type LoadedRecords } from '#lib/upstream/load-records.ts';
import { untilRecordsChange } from '#lib/upstream/record-changes.ts';

export const siteRecords: () => Promise<LoadedRecords> = untilRecordsChange(() => loadRecords(join(contentDir(), 'upstream')));
