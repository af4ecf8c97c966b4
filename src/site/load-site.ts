// Reads the content collections once per build and validates what the schemas
// cannot: that every referenced upstream record exists, and that no published
// issue still holds a draft placeholder. Astro-only glue; the checks
// themselves live in src/lib/content so `npm run check` shares them.
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../lib/content/content-error.ts';
import { findPlaceholders } from '../lib/content/find-placeholders.ts';
import { checkIssueItems } from '../lib/content/resolve-issue-items.ts';
import { isLang, LOCALES, type Lang } from '../lib/i18n/locales.ts';
import type { UpstreamRecord } from '../lib/schemas/upstream-record.ts';

export type IssueEntry = CollectionEntry<'issues'>;

export interface Issue {
  entry: IssueEntry;
  lang: Lang;
  /** The folder name, `2023-01-30`, which is also the URL segment. */
  slug: string;
}

export interface SiteData {
  /** Issues that get a page, per language, newest first: drafts too, but only in dev. */
  issues: Record<Lang, Issue[]>;
  /** Issues for the home page and feeds, which never list drafts. */
  published: Record<Lang, Issue[]>;
  /** Every upstream record, by ref. */
  records: Map<string, UpstreamRecord>;
  /** Whether a given `slug` exists in a given language. */
  hasIssue(lang: Lang, slug: string): boolean;
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked on first use and shared by every page. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [issueEntries, recordEntries] = await Promise.all([getCollection('issues'), getCollection('upstream')]);
  const records = new Map(recordEntries.map((entry) => [entry.id, entry.data as UpstreamRecord]));
  const problems: ContentProblem[] = [];
  const issues: Record<Lang, Issue[]> = { zh: [], en: [] };

  for (const entry of issueEntries) {
    const file = entry.filePath ?? entry.id;
    const [slug = '', lang] = entry.id.split('/');
    if (!isLang(lang)) continue;
    if (slug !== entry.data.date) {
      problems.push({ file, field: 'date', message: `\`${entry.data.date}\` does not match the folder name \`${slug}\`` });
    }
    const source = { file, items: entry.data.items };
    const hasRecord = (ref: string) => records.has(ref);
    if (checkIssueItems({ ...source, body: entry.body ?? '' }, hasRecord).length > 0) {
      // Only a faulty issue is read again from disk, to locate its problems by line.
      problems.push(...checkIssueItems({ ...source, text: await readFile(file, 'utf8') }, hasRecord));
    }
    // A published issue must not go out with a draft's unwritten commentary. The file
    // is read again, to place each problem on its line, only when there is one.
    if (!entry.data.draft && mayHavePlaceholders(entry)) problems.push(...findPlaceholders(file, await readFile(file, 'utf8')));
    if (entry.data.draft && !import.meta.env.SHOW_DRAFTS) continue;
    issues[lang].push({ entry, lang, slug });
  }
  if (problems.length > 0) throw new ContentError(problems);
  for (const lang of LOCALES) issues[lang].sort((a, b) => b.slug.localeCompare(a.slug));

  const slugs = new Set(LOCALES.flatMap((lang) => issues[lang].map((issue) => `${lang}/${issue.slug}`)));
  const published = { zh: issues.zh.filter((issue) => !issue.entry.data.draft), en: issues.en.filter((issue) => !issue.entry.data.draft) };
  return { issues, published, records, hasIssue: (lang, slug) => slugs.has(`${lang}/${slug}`) };
}

const mayHavePlaceholders = (entry: IssueEntry) =>
  /^\s*TODO\b/.test(entry.data.title) || /^\s*TODO\b/.test(entry.data.summary) || (entry.body ?? '').includes('<Placeholder');
