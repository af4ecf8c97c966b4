// Reads the content collections and the upstream records once per build, and validates
// what the schemas cannot: that every referenced upstream record exists, and that no
// published issue still holds a draft placeholder. Astro-only glue; the checks
// themselves live in src/lib/content so `npm run check` shares them.
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheDirForContent } from '#lib/content/content-dir.ts';
import { ContentError, type ContentProblem } from '#lib/content/content-error.ts';
import { mayHavePlaceholders } from '#lib/content/find-placeholders.ts';
import { loaderBody } from '#lib/content/frontmatter.ts';
import { folderDateProblems, placeholderProblems } from '#lib/content/issue-rules.ts';
import { checkIssueItems } from '#lib/content/resolve-issue-items.ts';
import { keepScansIn, saveScans } from '#lib/content/scan-mdx.ts';
import { isLang, LOCALES, otherLang, type Lang } from '#lib/i18n/locales.ts';
import { buildKnowledge, type Knowledge } from '#lib/knowledge/build-knowledge.ts';
import { issueFacts } from '#lib/knowledge/site-indexes.ts';
import { channelIssueLimit, latestIssues } from '#lib/site/feed-limit.ts';
import type { DemoResults } from '#lib/schemas/demo-results.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { untilRecordsChange } from '#lib/upstream/record-changes.ts';
import { siteRecords } from './site-records.ts';

export type IssueEntry = CollectionEntry<'issues'>;

export interface Issue {
  entry: IssueEntry;
  lang: Lang;
  /** The folder name, `2023-01-30`, which is also the URL segment. */
  slug: string;
  /** The MDX source after the frontmatter. */
  body: string;
}

export type DemoEntry = CollectionEntry<'demos'>;

export interface Demo {
  name: string;
  notes: Record<Lang, DemoEntry>;
  /** The latest recorded run, or null before the first one. */
  results: DemoResults | null;
}

export interface SiteData {
  /** Issues that get a page, per language, newest first: drafts too, but only in dev. */
  issues: Record<Lang, Issue[]>;
  /**
   * Every issue page per language, newest first: the language's own issues and, where a
   * translation is missing, the other language's issue (its `lang` differs), shown with a notice.
   */
  issuePages: Record<Lang, Issue[]>;
  /** Issues for the home page and feeds, which never list drafts. */
  published: Record<Lang, Issue[]>;
  /** The latest issues per language (`channelIssueLimit()`), each with a WeChat page and a `channel.json`. */
  channelIssues: Record<Lang, Issue[]>;
  /** Every upstream record, by ref. */
  records: Map<string, UpstreamRecord>;
  /** Demos by name, each with notes in both languages. */
  demos: Map<string, Demo>;
  /** Backlinks, related changes, projects and topics, computed once. */
  knowledge: Knowledge;
  /** Whether a given `slug` is written in a given language (a fallback page does not count). */
  hasIssue(lang: Lang, slug: string): boolean;
  /** The issue page of `slug` in `lang` (from `issuePages`: a fallback page for an untranslated issue). */
  issuePage(lang: Lang, slug: string): Issue | undefined;
  /** Whether the issue of `slug` is among `channelIssues` in `lang`. */
  hasChannelPages(lang: Lang, slug: string): boolean;
}

/** The site's content, loaded and checked on first use and shared by every page (in dev, again after a record changes). */
export const loadSite: () => Promise<SiteData> = untilRecordsChange(load);

async function load(): Promise<SiteData> {
  // Bodies unchanged since the last build are not parsed again (`astro build --force` parses every one).
  keepScansIn(cacheDirForContent(), { for: 'build', reuse: !process.argv.includes('--force') });
  const [issueEntries, loaded, demoEntries, resultEntries] = await Promise.all([
    getCollection('issues'),
    siteRecords(),
    getCollection('demos'),
    getCollection('demoResults'),
  ]);
  const records = loaded.records;
  const problems: ContentProblem[] = [...loaded.problems];
  const issues = Object.fromEntries(LOCALES.map((lang) => [lang, [] as Issue[]])) as Record<Lang, Issue[]>;

  // A few dozen reads at once, as for the records.
  const texts = await pLimit(64).map(issueEntries, (entry) => readFile(entry.filePath ?? entry.id, 'utf8'));
  for (const [index, entry] of issueEntries.entries()) {
    const file = entry.filePath ?? entry.id;
    const text = texts[index]!;
    const body = loaderBody(text);
    const [slug = '', lang] = entry.id.split('/');
    if (!isLang(lang)) continue;
    problems.push(...folderDateProblems(file, entry.data.date, slug));
    const source = { file, items: entry.data.items };
    const hasRecord = (ref: string) => records.has(ref);
    if (checkIssueItems({ ...source, body }, hasRecord).length > 0) {
      // Only a faulty issue is checked again with its whole text, to locate its problems by line.
      problems.push(...checkIssueItems({ ...source, text }, hasRecord));
    }
    // A published issue must not go out with a draft's unwritten commentary. The whole
    // text is searched, to place each problem on its line, only when there is one.
    if (!entry.data.draft && mayHavePlaceholders(entry.data, body)) problems.push(...placeholderProblems(file, text, false));
    if (entry.data.draft && !import.meta.env.SHOW_DRAFTS) continue;
    issues[lang].push({ entry, lang, slug, body });
  }
  await saveScans();
  const demos = collectDemos(demoEntries, resultEntries, problems);
  if (problems.length > 0) throw new ContentError(problems);
  for (const lang of LOCALES) issues[lang].sort((a, b) => b.slug.localeCompare(a.slug));

  const slugs = new Set(LOCALES.flatMap((lang) => issues[lang].map((issue) => `${lang}/${issue.slug}`)));
  const issuePages = Object.fromEntries(
    LOCALES.map((lang) => {
      const own = new Set(issues[lang].map((issue) => issue.slug));
      const borrowed = issues[otherLang(lang)].filter((issue) => !own.has(issue.slug));
      return [lang, [...issues[lang], ...borrowed].sort((a, b) => b.slug.localeCompare(a.slug))];
    }),
  ) as Record<Lang, Issue[]>;
  const published = Object.fromEntries(LOCALES.map((lang) => [lang, issues[lang].filter((issue) => !issue.entry.data.draft)])) as Record<Lang, Issue[]>;
  // Backlinks and topics come from the issues that have pages (drafts only in dev).
  const facts = issueFacts(LOCALES.flatMap((lang) => issues[lang]).map((issue) => ({ slug: issue.slug, ...issue.entry.data })));
  const demoFacts = [...demos.values()].map((demo) => ({ name: demo.name, checks: demo.notes.en.data.checks }));
  const knowledge = buildKnowledge(records, facts, demoFacts);
  const channelIssues = Object.fromEntries(LOCALES.map((lang) => [lang, latestIssues(issues[lang], channelIssueLimit())])) as Record<Lang, Issue[]>;
  const hasChannelPages = (lang: Lang, slug: string) => channelIssues[lang].some((issue) => issue.slug === slug);
  const pagesBySlug = Object.fromEntries(LOCALES.map((lang) => [lang, new Map(issuePages[lang].map((issue) => [issue.slug, issue]))])) as Record<Lang, Map<string, Issue>>;
  const issuePage = (lang: Lang, slug: string) => pagesBySlug[lang].get(slug);
  return { issues, issuePages, published, channelIssues, records, demos, knowledge, hasIssue: (lang, slug) => slugs.has(`${lang}/${slug}`), issuePage, hasChannelPages };
}

function collectDemos(entries: DemoEntry[], results: CollectionEntry<'demoResults'>[], problems: ContentProblem[]): Map<string, Demo> {
  const byName = new Map<string, Partial<Record<Lang, DemoEntry>>>();
  for (const entry of entries) {
    const [name = '', lang] = entry.id.split('/');
    if (!isLang(lang)) continue;
    byName.set(name, { ...byName.get(name), [lang]: entry });
  }
  const demos = new Map<string, Demo>();
  for (const [name, notes] of byName) {
    const missing = LOCALES.filter((lang) => !notes[lang]);
    if (missing.length > 0) {
      problems.push({ file: `content/demos/${name}`, message: `the notes need ${missing.map((lang) => `${lang}.mdx`).join(' and ')} as well` });
      continue;
    }
    const recorded = results.find((entry) => entry.id === name)?.data as DemoResults | undefined;
    demos.set(name, { name, notes: notes as Record<Lang, DemoEntry>, results: recorded ?? null });
  }
  return demos;
}
