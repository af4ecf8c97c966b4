// /<lang>/changes.json: every upstream record as structured data, in the spirit of
// relnotes.k8s.io, with the page of each change in this language.
import type { APIContext } from 'astro';
import { localeStaticPaths, type Lang } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { recordKind } from '#lib/upstream/change-kind.ts';
import { recordVersion } from '#lib/upstream/versions.ts';
import { loadSite } from '#page-data/load-site.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
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
      page: new URL(urls.change(lang, record.ref), context.site).href,
    }));
  // Not indented: at ten years the indentation alone was a fifth of the file (10.1 → 8.0 MB).
  return new Response(`${JSON.stringify({ schema: 1, count: changes.length, changes })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
