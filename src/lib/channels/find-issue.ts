import { join } from 'node:path';
import type { Lang } from '#lib/i18n/locales.ts';
import { loadIssueFolders } from '#lib/content/load-issue-files.ts';
import { channelIssueLimit } from '#lib/site/feed-limit.ts';
import { PublishError } from './publish-error.ts';

/**
 * Checks that the issue `date` exists in `lang`, is published and is among the latest issues
 * the build gives channel pages (`CHANNEL_ISSUES`), before anything is built or sent; every
 * refusal names what does exist or what to do.
 */
export async function findPublishedIssue(contentDir: string, date: string, lang: Lang): Promise<void> {
  const folders = await loadIssueFolders(join(contentDir, 'issues'));
  const folder = folders.find((candidate) => candidate.slug === date);
  if (!folder) {
    const known = folders.map((candidate) => candidate.slug).reverse();
    throw new PublishError(`there is no issue dated ${date}; the issues are: ${known.length > 0 ? known.join(', ') : '(none yet)'}`);
  }
  const file = folder.files[lang];
  if (!file) {
    const written = Object.keys(folder.files).join(', ');
    throw new PublishError(`issue ${date} is not written in ${lang} yet (it is in: ${written})`);
  }
  if (!file.frontmatter) throw new PublishError(`${file.file} has invalid frontmatter; run npm run check`);
  if (file.frontmatter.draft) throw new PublishError(`${file.file} is a draft; set draft: false before publishing it`);
  const newer = folders.filter((candidate) => candidate.slug > date && candidate.files[lang]?.frontmatter?.draft === false).length;
  const limit = channelIssueLimit();
  if (newer >= limit) {
    throw new PublishError(`issue ${date} is not among the latest ${limit} ${lang} issues, the ones the build gives a WeChat page and channel.json; ${newer} are newer. To publish it, run with CHANNEL_ISSUES=${newer + 1} set`);
  }
}
