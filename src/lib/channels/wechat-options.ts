import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { dayProblem } from '#lib/days.ts';
import { DEFAULT_LANG, isLang, LANG_CHOICE, LOCALES, type Lang } from '#lib/i18n/locales.ts';

/** The environment both publishing commands read, as their usage texts list it. */
export const CHANNEL_ENVIRONMENT = `  SITE_URL               the site's public address, for the links (as for the build)
  CHANNEL_ISSUES         how many of the latest issues the build gives a WeChat page and
                         channel.json (default 20); an older issue needs it raised`;

export const WECHAT_USAGE = `Usage: npm run wechat -- --issue YYYY-MM-DD [--lang ${LANG_CHOICE}] [--out FILE]

Writes the issue as one HTML fragment ready to paste into the WeChat Official Account
editor: every element styled inline, no class, <style>, <script> or <link>; links
become numbered references [1], [2] … listed under "参考链接 / References" with each
address as text (links to mp.weixin.qq.com stay links); code keeps its colours, spaces
and line breaks. The article title is printed on standard error: it goes in the
editor's own title field.

The fragment comes from the site's build (dist/): when the build is missing or older
than content/, the script builds the site first and says so. The site has the same
fragment, with a "Copy for WeChat" button, at /LANG/issues/DATE/wechat/.

Options:
  --issue YYYY-MM-DD     the issue (its folder under content/issues/)
  --lang ${LANG_CHOICE.padEnd(16)}the language (default ${DEFAULT_LANG})
  --out FILE             write to FILE (atomically) instead of standard output
  --dist DIR             the build folder to read, and build into (default dist)
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)
${CHANNEL_ENVIRONMENT}`;

export interface WechatOptions {
  issue: string;
  lang: Lang;
  out?: string;
  dist: string;
}

/** Parses `npm run wechat` arguments; returns null when --help was asked for. */
export function parseWechatArgs(args: string[]): WechatOptions | null {
  const values = parseFlags(args, {
    issue: { type: 'string' },
    lang: { type: 'string', default: DEFAULT_LANG },
    out: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  return { issue: issueFlag(values.issue), lang: langFlag(values.lang), out: values.out, dist: values.dist };
}

export function issueFlag(value: string | undefined): string {
  if (!value) throw new UsageError('--issue YYYY-MM-DD is required');
  const problem = dayProblem(value);
  if (problem) throw new UsageError(`--issue ${JSON.stringify(value)}: ${problem}`);
  return value;
}

export function langFlag(value: string | undefined): Lang {
  if (!isLang(value)) throw new UsageError(`--lang ${JSON.stringify(value)}: expected one of ${LOCALES.join(', ')}`);
  return value;
}
