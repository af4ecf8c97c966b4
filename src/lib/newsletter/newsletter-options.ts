import { join } from 'node:path';
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { CHANNEL_ENVIRONMENT, issueFlag, langFlag } from '#lib/channels/wechat-options.ts';
import { LANG_CHOICE, type Lang } from '#lib/i18n/locales.ts';

export const NEWSLETTER_USAGE = `Usage: npm run newsletter -- --issue YYYY-MM-DD --lang ${LANG_CHOICE} [options]

Sends the issue by email to the lists content/newsletter.yaml names for the language,
one message per list, through the SMTP server in SMTP_URL. Each message has a plain-text
part (links as numbered references) and an HTML part for mail clients; its Subject is the
issue's title; it carries List-Unsubscribe (and List-Unsubscribe-Post for a web address)
and a footer with the web link and how to unsubscribe.

Each accepted message is recorded in content/newsletter-sent.yaml (commit it): an issue
already sent to a list is refused unless --resend. A message the server refuses, or a
dropped connection, records nothing.

The issue comes from the site's build (dist/): when the build is missing or older than
content/, the script builds the site first and says so.

Options:
  --issue YYYY-MM-DD     the issue (its folder under content/issues/)
  --lang ${LANG_CHOICE.padEnd(16)}the edition to send
  --list ADDRESS         send to this one of the edition's lists only
  --dry-run              say what would be sent to whom, and send nothing
  --out FILE.eml         write the message to FILE.eml instead of sending (records nothing)
  --resend               send even to a list that already had this issue
  --dist DIR             the build folder to read, and build into (default dist)
  --help                 this text

Environment:
  SMTP_URL               the server, such as smtps://USER:PASSWORD@smtp.example.org:465 or
                         smtp://127.0.0.1:2525 (credentials are never printed or written)
  CONTENT_DIR            content folder (default content): newsletter.yaml and
                         newsletter-sent.yaml are read from it
${CHANNEL_ENVIRONMENT}`;

export interface NewsletterOptions {
  issue: string;
  lang: Lang;
  list?: string;
  dryRun: boolean;
  out?: string;
  resend: boolean;
  dist: string;
  /** `newsletter.yaml` and `newsletter-sent.yaml`. */
  configFile: string;
  sentFile: string;
}

/** Parses `npm run newsletter` arguments; returns null when --help was asked for. */
export function parseNewsletterArgs(args: string[], contentDir: string): NewsletterOptions | null {
  const values = parseFlags(args, {
    issue: { type: 'string' },
    lang: { type: 'string' },
    list: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string' },
    resend: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  if (values.lang === undefined) throw new UsageError(`--lang ${LANG_CHOICE} is required: each language goes to its own lists`);
  if (values.out !== undefined && values['dry-run']) throw new UsageError('--out and --dry-run do not go together: --out already sends nothing');
  if (values.out !== undefined && !values.out.endsWith('.eml')) throw new UsageError(`--out ${JSON.stringify(values.out)}: the file name must end in .eml`);
  return {
    issue: issueFlag(values.issue),
    lang: langFlag(values.lang),
    list: values.list,
    dryRun: values['dry-run'],
    out: values.out,
    resend: values.resend,
    dist: values.dist,
    configFile: join(contentDir, 'newsletter.yaml'),
    sentFile: join(contentDir, 'newsletter-sent.yaml'),
  };
}
