// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
// key and code are unchanged since the last build is copied from that build instead of
// rendered again. Astro hashes the code (the page's module graph) itself; a key names the
// *data* a page shows, so each one here must cover everything its page reads from
// loadSite() or renders from content. A page that reads something new must add it here,
// or a rebuild would keep a stale copy (tests/build/incremental-build.test.ts compares a
// cached rebuild with a clean one, byte for byte).
import { createHash } from 'node:crypto';
import { LOCALES, type Lang } from '../lib/i18n/locales.ts';
import type { UpstreamRecord } from '../lib/schemas/upstream-record.ts';
import { upstreamBodyHtml } from './body-links.ts';
import { headerSearchBundle } from './header-search-bundle.ts';
import { loadSite, type Issue } from './load-site.ts';
import { renderIssueHtml } from './render-issue-html.ts';

const digest = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('base64url');

/** What every page shows that Astro's code hash cannot see: the header search script, bundled by esbuild. */
const siteWide = async () => (await headerSearchBundle()).path;

const recordDigests = new WeakMap<UpstreamRecord, string>();
const recordDigest = (record: UpstreamRecord | undefined) => {
  if (!record) return null;
  let known = recordDigests.get(record);
  if (!known) recordDigests.set(record, (known = digest(record)));
  return known;
};

const issueDigests = new WeakMap<Issue, string>();
/** The issue's source (data and body) and its rendered HTML, which also reflects the records, demos and links it shows. */
async function issueDigest(issue: Issue): Promise<string> {
  let known = issueDigests.get(issue);
  if (!known) {
    const html = await renderIssueHtml(issue, new URL(import.meta.env.SITE ?? 'http://localhost/'));
    issueDigests.set(issue, (known = digest([issue.lang, issue.slug, issue.entry.data, issue.entry.body ?? '', html])));
  }
  return known;
}

const neighbour = (issue: Issue | undefined) => issue && { slug: issue.slug, lang: issue.lang, title: issue.entry.data.title };

/** A change page: the record, its body as rendered, the issues covering it, its demos, and the related records. */
export async function changePageKey(record: UpstreamRecord, lang: Lang): Promise<string> {
  const { knowledge, records, issuePages, demos } = await loadSite();
  const covered = (knowledge.coveredBy.get(record.ref) ?? []).map((slug) => issuePages[lang].find((issue) => issue.slug === slug));
  const related = knowledge.related.get(record.ref);
  return digest({
    site: await siteWide(),
    record: recordDigest(record),
    body: record.body.trim() ? digest(await upstreamBodyHtml(record, lang)) : null,
    covered: await Promise.all(covered.map(async (issue) => issue && (await issueDigest(issue)))),
    demos: (knowledge.demosFor.get(record.ref) ?? []).map((name) => demos.get(name)?.notes[lang].data.title ?? null),
    related: related && Object.entries(related).map(([group, refs]: [string, string[]]) => [group, refs.map((ref) => recordDigest(records.get(ref)))]),
  });
}

/** An issue page: the issue, its neighbours in the language's sequence, which translations exist, and its items' records. */
export async function issuePageKey(issue: Issue, lang: Lang): Promise<string> {
  const { issuePages, hasIssue, records } = await loadSite();
  const sequence = issuePages[lang];
  const position = sequence.findIndex((candidate) => candidate.slug === issue.slug);
  return digest({
    site: await siteWide(),
    issue: await issueDigest(issue),
    older: neighbour(sequence[position + 1]),
    newer: neighbour(position > 0 ? sequence[position - 1] : undefined),
    translations: LOCALES.map((code) => hasIssue(code, issue.slug)),
    items: issue.entry.data.items.map((ref) => recordDigest(records.get(ref))),
  });
}

/** The channel pages of an issue (its WeChat page, its channel.json): the issue and which translations exist. */
export async function channelPageKey(issue: Issue): Promise<string> {
  const { hasIssue } = await loadSite();
  return digest({ site: await siteWide(), issue: await issueDigest(issue), translations: LOCALES.map((code) => hasIssue(code, issue.slug)) });
}
