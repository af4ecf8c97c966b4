// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
// key and code are unchanged since the last build is copied from that build instead of
// rendered again. Astro hashes the code (the page's module graph) itself; a key names the
// *data* a page shows, so each one here must cover everything its page reads from
// loadSite() or renders from content. A page that reads something new must add it here,
// or a rebuild would keep a stale copy (tests/build/incremental-build.test.ts compares a
// cached rebuild with a clean one, byte for byte).
import { createHash } from 'node:crypto';
import { sourceDigest } from '#lib/fs/source-digest.ts';
import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { linkedRecords } from '#lib/upstream/linked-records.ts';
import { allClientBundles } from './client-bundles.ts';
import { loadSite, type Issue } from './load-site.ts';

const digest = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('base64url');

/**
 * What every page depends on that Astro's hashes cannot see: the browser scripts
 * (bundled by esbuild), and the code that turns Markdown and MDX into HTML, which the
 * config passes to Astro as plugin functions (with the mention pattern they link refs by).
 * Read from the project root, where builds run.
 */
const CODE_OUTSIDE_PAGES = ['astro.config.mjs', 'src/integrations', 'src/lib/markdown', 'src/lib/upstream/refs.ts'];
let code: string | undefined;
async function siteWide(): Promise<string> {
  code ??= sourceDigest(CODE_OUTSIDE_PAGES);
  return `${code} ${(await allClientBundles()).map((bundle) => bundle.path).join(' ')}`;
}

const recordDigests = new WeakMap<UpstreamRecord, string>();
const recordDigest = (record: UpstreamRecord | undefined) => {
  if (!record) return null;
  let known = recordDigests.get(record);
  if (!known) recordDigests.set(record, (known = digest(record)));
  return known;
};

let demosDigest: string | undefined;
const issueDigests = new WeakMap<Issue, string>();
/** What an issue's rendered body shows: its source, its items' records, the records its commentary names, and the demos. */
async function issueDigest(issue: Issue): Promise<string> {
  let known = issueDigests.get(issue);
  if (!known) {
    const { records, demos } = await loadSite();
    demosDigest ??= digest([...demos.values()].map((demo) => [demo.name, ...LOCALES.map((lang) => [demo.notes[lang].data, demo.notes[lang].body ?? '']), demo.results]));
    const body = issue.body;
    const items = issue.entry.data.items.map((ref) => recordDigest(records.get(ref)));
    issueDigests.set(issue, (known = digest([issue.lang, issue.slug, issue.entry.data, body, items, linkedRecords(body, records), demosDigest])));
  }
  return known;
}

/** The issues covering `ref`, as its page in `lang` names them: by digest, which needs no parse of their bodies. */
async function coveringDigests(ref: string, lang: Lang): Promise<Array<string | null>> {
  const site = await loadSite();
  return Promise.all((site.knowledge.coveredBy.get(ref) ?? []).map(async (slug) => {
    const issue = site.issuePage(lang, slug);
    return issue ? issueDigest(issue) : null;
  }));
}

const neighbour = (issue: Issue | undefined) => issue && { slug: issue.slug, lang: issue.lang, title: issue.entry.data.title };

// `astro dev` asks for every route's paths again after each edit, and has no use for keys.
const building = () => import.meta.env.ASTRO_BUILD;

/** A change page: the record (its body too) and the records its body may link, the issues covering it, its demos, and the related records. */
export async function changePageKey(record: UpstreamRecord, lang: Lang): Promise<string | undefined> {
  if (!building()) return undefined;
  const { knowledge, records, demos } = await loadSite();
  const related = knowledge.related.get(record.ref);
  return digest({
    site: await siteWide(),
    record: recordDigest(record),
    links: linkedRecords(record.body, records, record.repo),
    covered: await coveringDigests(record.ref, lang),
    demos: (knowledge.demosFor.get(record.ref) ?? []).map((name) => demos.get(name)?.notes[lang].data.title ?? null),
    related: related && Object.entries(related).map(([group, refs]: [string, string[]]) => [group, refs.map((ref) => recordDigest(records.get(ref)))]),
  });
}

/** An issue page: the issue, its neighbours in the language's sequence, and which translations exist. */
export async function issuePageKey(issue: Issue, lang: Lang): Promise<string | undefined> {
  if (!building()) return undefined;
  const { issuePages, hasIssue } = await loadSite();
  const sequence = issuePages[lang];
  const position = sequence.findIndex((candidate) => candidate.slug === issue.slug);
  return digest({
    site: await siteWide(),
    issue: await issueDigest(issue),
    older: neighbour(sequence[position + 1]),
    newer: neighbour(position > 0 ? sequence[position - 1] : undefined),
    translations: LOCALES.map((code) => hasIssue(code, issue.slug)),
  });
}

/** The channel pages of an issue (its WeChat page, its channel.json): the issue, which translations exist and which have channel pages. */
export async function channelPageKey(issue: Issue): Promise<string | undefined> {
  if (!building()) return undefined;
  const { hasIssue, hasChannelPages } = await loadSite();
  const translations = LOCALES.map((code) => [hasIssue(code, issue.slug), hasChannelPages(code, issue.slug)]);
  return digest({ site: await siteWide(), issue: await issueDigest(issue), translations });
}

/**
 * A version page in `lang`: each of its records, the records its text may link, and the
 * issues covering it (the list names them), plus the versions before and after it.
 */
export async function versionPageKey(refs: readonly string[], older: string | null, newer: string | null, lang: Lang): Promise<string | undefined> {
  if (!building()) return undefined;
  const { records } = await loadSite();
  const entries = await Promise.all(
    refs.map(async (ref) => {
      const record = records.get(ref);
      if (!record) return null;
      return [recordDigest(record), linkedRecords(`${record.body}\n${record.releaseNote ?? ''}`, records, record.repo), await coveringDigests(ref, lang)];
    }),
  );
  return digest({ site: await siteWide(), entries, older, newer });
}
