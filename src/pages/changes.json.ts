// /changes.json: every upstream record as structured data, in the spirit of
// relnotes.k8s.io, with the page of each change in each language. One file for both
// languages: the records are the same in both, and at ten years each copy was 8 MB.
import type { APIContext } from 'astro';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { recordKind } from '#lib/upstream/change-kind.ts';
import { recordVersion } from '#lib/upstream/versions.ts';
import { loadSite } from '#page-data/load-site.ts';

/** Raised when a field's meaning changes. 2: one file, `pages` by language instead of one `page`. */
const SCHEMA = 2;

export async function GET(context: APIContext) {
  const { records, knowledge } = await loadSite();
  const changes = [...records.values()]
    .sort((a, b) => a.ref.localeCompare(b.ref))
    .map((record) => ({
      ...record,
      kind: recordKind(record),
      // The version it belongs to (milestone, or a release's own tag, normalised), or null.
      version: recordVersion(record),
      topics: knowledge.changeTopics.get(record.ref) ?? [],
      coveredBy: knowledge.coveredBy.get(record.ref) ?? [],
      pages: Object.fromEntries(LOCALES.map((lang) => [lang, new URL(urls.change(lang, record.ref), context.site).href])),
    }));
  // Not indented: at ten years the indentation alone was a fifth of the file (10.1 → 8.0 MB).
  return new Response(`${JSON.stringify({ schema: SCHEMA, count: changes.length, changes })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
