// The steps of `npm run check`, in order. It reads files only, shares its checks
// with the build, and reports every problem rather than stopping at the first.
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { listDemoNotes, listDemos } from '#lib/content/list-demos.ts';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { demoFrontmatterSchema } from '#lib/schemas/demo-frontmatter.ts';
import { pageFrontmatterSchema } from '#lib/schemas/page-frontmatter.ts';
import { urls } from '#lib/site/urls.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import { contentRoutes } from './content-routes.ts';
import { checkDuplicates } from './check-duplicates.ts';
import { checkIssueFolder } from './check-issue-folder.ts';
import { checkTopics } from './check-topics.ts';
import { checkNoteFolders } from './check-note-folders.ts';
import { checkDemoResults } from './check-demo-results.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import { checkWatchlist } from '#lib/gather/load-watchlist.ts';
import { MDX_COMPONENTS } from '#lib/content/mdx-components.ts';

export interface CheckReport {
  problems: ContentProblem[];
  counts: { issueFiles: number; drafts: number; records: number; pages: number; demos: number };
}

export async function runCheck(contentDir: string, publicDir: string): Promise<CheckReport> {
  // 1. Upstream records: each valid, and filed where its ref says.
  const { records, problems: recordProblems } = await loadRecords(join(contentDir, 'upstream'));

  // 2. What links and <Demo> may point at.
  const folders = await loadIssueFolders(join(contentDir, 'issues'));
  const files = issueFiles(folders);
  const demos = new Set(await listDemos(join(contentDir, 'demos')));
  const routes = contentRoutes({ records, files, publicFiles: await listPublicFiles(publicDir), demos: await listDemoNotes(join(contentDir, 'demos')) });

  // 3. Each issue folder, then the issues against each other.
  const issueProblems = folders.flatMap((folder) => checkIssueFolder(folder, { hasRecord: (ref) => records.has(ref), demos, routes }));
  const duplicateProblems = [...checkDuplicates(files), ...checkTopics(files)];

  // 4. The standing pages and the demo notes, and each demo's recorded results.
  const bodies = { routes: routes.published, demos, hasRecord: (ref: string) => records.has(ref) };
  const pages = await checkNoteFolders(join(contentDir, 'pages'), pageFrontmatterSchema, (lang, slug) => `/${lang}/${slug}/`, {
    ...bodies,
    components: MDX_COMPONENTS.pages,
  });
  const demoNotes = await checkNoteFolders(join(contentDir, 'demos'), demoFrontmatterSchema, urls.demo, { ...bodies, components: MDX_COMPONENTS.demos });
  const demoResults = await checkDemoResults(join(contentDir, 'demos'), [...demos]);

  // 5. The watchlist gather reads.
  const watchlist = await checkWatchlist(join(contentDir, 'watchlist.yaml'));

  // Every step's problems join this one list: a new rule is a numbered step above, and one line here.
  return {
    problems: [
      ...recordProblems,
      ...issueProblems,
      ...duplicateProblems,
      ...pages.problems,
      ...demoNotes.problems,
      ...demoResults,
      ...watchlist,
    ].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    ),
    counts: {
      issueFiles: files.length,
      drafts: files.filter((file) => file.frontmatter?.draft).length,
      records: records.size,
      pages: pages.count,
      demos: demos.size,
    },
  };
}

async function listPublicFiles(dir: string): Promise<string[]> {
  const names = await ifThere(readdir(dir, { recursive: true, withFileTypes: true }), []);
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(dir.length).split(sep).filter(Boolean).join('/')}`);
}
