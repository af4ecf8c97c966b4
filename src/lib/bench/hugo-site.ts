// The Hugo baseline's site, written from the same generated corpus: each issue as plain
// Markdown with its cards as text, one page per record, in both languages, with topic
// (issues) and project (changes) taxonomies. The layouts are the small theme under
// bench/hugo/; the addresses are the site's, so one measure fits both outputs.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { issueFiles, loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { DEFAULT_LANG, HTML_LANG, LOCALES } from '#lib/i18n/locales.ts';
import { landedAt } from '#lib/upstream/refs.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import { changeUrl, hugoCard } from './hugo-card.ts';

/** Feeds carry the latest 20 issues with full content, as issue 16 asks of the site. */
export const HUGO_FEED_ITEMS = 20;

const ITEM_TAG = /<Item ref="([^"]+)" \/>/g;

export async function writeHugoSite(content: string, site: string, theme: { dir: string; name: string }): Promise<{ issues: number; records: number }> {
  const { records, problems } = await loadRecords(join(content, 'upstream'));
  if (problems.length > 0) throw new Error(`the corpus has bad records: ${problems[0]!.file}: ${problems[0]!.message}`);
  const write = async (path: string, frontmatter: object, body: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`);
  };

  let issues = 0;
  for (const file of issueFiles(await loadIssueFolders(join(content, 'issues')))) {
    const data = file.frontmatter;
    if (!data) throw new Error(`${file.file}: ${file.problems[0]?.message ?? 'bad frontmatter'}`);
    if (data.draft) continue;
    const body = file.text
      .split('\n')
      .slice(file.bodyLine - 1)
      .join('\n')
      .replace(ITEM_TAG, (tag, ref: string) => {
        const record = records.get(ref);
        if (!record) throw new Error(`${file.file}: no record for ${tag}`);
        return hugoCard(record, file.lang);
      });
    const frontmatter = { title: data.title, date: data.date, summary: data.summary, topics: data.topics };
    await write(join(site, 'content', file.lang, 'issues', `${file.slug}.md`), frontmatter, body);
    issues++;
  }

  for (const record of records.values()) {
    for (const lang of LOCALES) {
      const frontmatter = { title: record.title, date: landedAt(record) ?? undefined, url: changeUrl(lang, record.ref), projects: [record.repo] };
      await write(join(site, 'content', lang, 'changes', `${changeUrl(lang, record.ref).slice(`/${lang}/changes/`.length, -1)}.md`), frontmatter, `${hugoCard(record, lang)}\n${record.body ?? ''}\n`);
    }
  }

  await writeFile(join(site, 'config.json'), `${JSON.stringify(hugoConfig(theme), null, 2)}\n`);
  return { issues, records: records.size };
}

function hugoConfig(theme: { dir: string; name: string }) {
  return {
    baseURL: 'https://upstream-weekly.example.org/',
    title: 'Upstream Weekly',
    themesDir: theme.dir,
    theme: theme.name,
    defaultContentLanguage: DEFAULT_LANG,
    defaultContentLanguageInSubdir: true,
    languages: Object.fromEntries(LOCALES.map((lang, index) => [lang, { languageCode: HTML_LANG[lang], contentDir: `content/${lang}`, weight: index + 1, hasCJKLanguage: lang === 'zh' }])),
    taxonomies: { topic: 'topics', project: 'projects' },
    // Feeds where the site has them: the home page (rss.xml) and each topic and project.
    outputs: { home: ['HTML', 'RSS'], section: ['HTML'], taxonomy: ['HTML'], term: ['HTML', 'RSS'] },
    outputFormats: { RSS: { baseName: 'rss' } },
    rssLimit: HUGO_FEED_ITEMS,
    buildFuture: true,
    enableRobotsTXT: false,
  };
}
