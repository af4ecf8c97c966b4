import { join } from 'node:path';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { folderDateProblems, placeholderProblems } from '#lib/content/issue-rules.ts';
import { parseFrontmatter } from '#lib/content/frontmatter.ts';
import type { IssueFile, IssueFolder } from '#lib/content/load-issue-files.ts';
import { findItemTags } from '#lib/content/find-item-tags.ts';
import { checkIssueItems } from '#lib/content/resolve-issue-items.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { MDX_COMPONENTS } from '#lib/content/mdx-components.ts';
import { compileProblem } from '#lib/content/scan-mdx.ts';
import { checkBody, type BodyContext } from './check-body.ts';

export interface FolderContext {
  hasRecord(ref: string): boolean;
  demos: ReadonlySet<string>;
  /** Routes of the published site, and of the site with drafts (what a draft may link to). */
  routes: { published: ReadonlySet<string>; withDrafts: ReadonlySet<string> };
}

const SHARED_FIELDS = ['number', 'date', 'from', 'to', 'draft'] as const;

/** Checks one issue folder: both languages present (a warning), each file sound, and the two in agreement. */
export function checkIssueFolder(folder: IssueFolder, context: FolderContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (LOCALES.every((lang) => !folder.files[lang])) {
    return [{ file: folder.dir, message: `missing: an issue folder needs ${LOCALES.map((code) => `${code}.mdx`).join(' or ')}, or both` }];
  }
  for (const lang of LOCALES) {
    const file = folder.files[lang];
    if (!file) {
      const other = LOCALES.find((code) => folder.files[code]);
      problems.push({
        file: join(folder.dir, `${lang}.mdx`),
        severity: 'warning',
        message: `missing: not translated yet; until it is, the ${lang} address shows the ${other} issue with a notice`,
      });
      continue;
    }
    problems.push(...file.problems);
    if (file.frontmatter) problems.push(...checkIssueFile(file, context));
    // The body is checked even when the frontmatter is not, so one run shows both.
    else problems.push(...checkBody(file.file, bodyOf(file), file.bodyLine, bodyContext(file, false, context)));
  }
  const [zh, en] = LOCALES.map((lang) => folder.files[lang]);
  if (zh?.frontmatter && en?.frontmatter) problems.push(...comparePair(zh, en));
  return problems;
}

function checkIssueFile(file: IssueFile, context: FolderContext): ContentProblem[] {
  const data = file.frontmatter!;
  const parsed = parseFrontmatter(file.text)!;
  const problems: ContentProblem[] = [];
  problems.push(...folderDateProblems(file.file, data.date, file.slug, parsed.lineOf(['date'])));
  problems.push(...checkIssueItems({ file: file.file, items: data.items, text: file.text }, context.hasRecord));
  const seen = new Set<string>();
  data.items.forEach((ref, index) => {
    if (seen.has(ref)) problems.push({ file: file.file, line: parsed.lineOf(['items', index]), field: `items[${index}]`, message: `\`${ref}\` is listed twice` });
    seen.add(ref);
  });
  problems.push(...placeholderProblems(file.file, file.text, data.draft));
  problems.push(...checkBody(file.file, bodyOf(file), file.bodyLine, bodyContext(file, data.draft, context)));
  return problems;
}

const bodyContext = (file: IssueFile, draft: boolean, context: FolderContext): BodyContext => ({
  pagePath: urls.issue(file.lang, file.slug),
  routes: draft ? context.routes.withDrafts : context.routes.published,
  demos: context.demos,
  components: MDX_COMPONENTS.issues,
});

const bodyOf = (file: IssueFile) => file.text.split('\n').slice(file.bodyLine - 1).join('\n');

/** The two languages of an issue must describe the same issue: same items, number, dates and draft state. */
function comparePair(zh: IssueFile, en: IssueFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = parseFrontmatter(en.text)!;
  for (const field of SHARED_FIELDS) {
    if (zh.frontmatter![field] !== en.frontmatter![field]) {
      problems.push({
        file: en.file,
        line: lines.lineOf([field]),
        field,
        message: `is ${JSON.stringify(en.frontmatter![field])} here but ${JSON.stringify(zh.frontmatter![field])} in ${zh.file}`,
      });
    }
  }
  // A body that does not compile has its own error; comparing its cards would only echo it.
  const compiles = (file: IssueFile) => compileProblem(bodyOf(file)) === null;
  const pairs = [[zh, en], [en, zh]] as const;
  for (const [file, other] of compiles(zh) && compiles(en) ? pairs : []) {
    const theirCards = new Set(findItemTags(bodyOf(other)).map((tag) => tag.ref));
    for (const tag of findItemTags(bodyOf(file))) {
      if (!theirCards.has(tag.ref)) {
        problems.push({ file: file.file, line: tag.line + file.bodyLine - 1, message: `<Item ref="${tag.ref}"> is placed here but not in ${other.file}` });
      }
    }
  }
  for (const [file, other] of pairs) {
    const theirs = new Set(other.frontmatter!.items);
    const at = parseFrontmatter(file.text)!;
    file.frontmatter!.items.forEach((ref, index) => {
      if (!theirs.has(ref)) {
        problems.push({ file: file.file, line: at.lineOf(['items', index]), field: `items[${index}]`, message: `\`${ref}\` is covered here but not in ${other.file}` });
      }
    });
  }
  return problems;
}
