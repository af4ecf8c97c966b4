import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { isLang, LOCALES, type Lang } from '#lib/i18n/locales.ts';
import type { IssueFrontmatter } from '#lib/schemas/issue-frontmatter.ts';
import type { ContentProblem } from './content-error.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { validateIssueFile } from './validate-issue-file.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import { displayPath } from '#lib/fs/display-path.ts';

export interface IssueFile {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Folder name, `2023-01-30`. */
  slug: string;
  lang: Lang;
  text: string;
  /** Validated frontmatter, or null when it has problems. */
  frontmatter: IssueFrontmatter | null;
  /** 1-based line where the MDX body starts. */
  bodyLine: number;
  problems: ContentProblem[];
}

export interface IssueFolder {
  slug: string;
  /** Path of the folder, for messages. */
  dir: string;
  files: Partial<Record<Lang, IssueFile>>;
}

/** Reads every `<issuesDir>/<date>/<lang>.mdx` and validates its frontmatter, outside Astro. */
export async function loadIssueFolders(issuesDir: string): Promise<IssueFolder[]> {
  const entries = await ifThere(readdir(issuesDir, { withFileTypes: true }), []);
  const dirs = entries.filter((candidate) => candidate.isDirectory()).sort((a, b) => a.name.localeCompare(b.name));
  const folders = await pLimit(32).map(dirs, async (entry) => {
    const dir = join(issuesDir, entry.name);
    const folder: IssueFolder = { slug: entry.name, dir: displayPath(dir), files: {} };
    for (const name of (await readdir(dir)).sort()) {
      const lang = name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : '';
      if (!isLang(lang)) continue;
      const path = join(dir, name);
      const file = displayPath(path);
      const text = await readFile(path, 'utf8');
      const { frontmatter, problems } = validateIssueFile(file, text);
      folder.files[lang] = { file, slug: entry.name, lang, text, frontmatter, bodyLine: parseFrontmatter(text)?.bodyLine ?? 1, problems };
    }
    return folder;
  });
  return folders;
}

/** Every issue file that was found, in folder then language order. */
export function issueFiles(folders: readonly IssueFolder[]): IssueFile[] {
  return folders.flatMap((folder) => LOCALES.flatMap((lang) => (folder.files[lang] ? [folder.files[lang]] : [])));
}
