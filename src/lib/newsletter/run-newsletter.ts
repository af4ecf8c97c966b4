// npm run newsletter, in order: check the run, read who gets it, refuse a repeat, read the
// built issue, then write it (--out), describe it (--dry-run) or send it list by list,
// recording each list as soon as the server has accepted its message.
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { InterruptedError, UsageError } from '#lib/cli/cli-errors.ts';
import { findPublishedIssue } from '#lib/channels/find-issue.ts';
import { PublishError } from '#lib/channels/publish-error.ts';
import { readBuiltIssue } from '#lib/channels/read-built-issue.ts';
import type { BuiltIssue } from '#lib/channels/built-issue-schema.ts';
import type { NewsletterEdition } from '#lib/schemas/newsletter-config.ts';
import { composeEmail, type EmailParts } from './compose-email.ts';
import { loadNewsletterConfig } from './load-newsletter-config.ts';
import type { NewsletterOptions } from './newsletter-options.ts';
import { readSentLog, recordSent } from './sent-log.ts';
import { smtpServer } from './smtp-url.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';

export interface NewsletterRun {
  options: NewsletterOptions;
  contentDir: string;
  /** SMTP_URL. */
  smtpUrl: string | undefined;
  /** Report lines (stdout). */
  print: (line: string) => void;
  /** Progress and notices (stderr). */
  say: (message: string) => void;
  signal: AbortSignal;
}

export async function runNewsletter(run: NewsletterRun): Promise<void> {
  const { options, say } = run;
  const server = smtpServer(run.smtpUrl);
  if (!server && !options.dryRun && options.out === undefined) {
    throw new UsageError('SMTP_URL is not set: say which server sends, e.g. SMTP_URL=smtps://USER:PASSWORD@smtp.example.org:465 (or use --dry-run or --out FILE.eml)');
  }
  const config = await loadNewsletterConfig(options.configFile);
  const edition = config[options.lang];
  if (!edition) throw new PublishError(`${displayPath(options.configFile)} has no ${options.lang} edition: add a \`${options.lang}:\` section to send it`);
  if (options.list !== undefined && !edition.lists.includes(options.list)) {
    throw new UsageError(`--list ${options.list} is not one of the ${options.lang} lists: ${edition.lists.join(', ')}`);
  }
  const lists = options.list !== undefined ? [options.list] : edition.lists;
  await findPublishedIssue(run.contentDir, options.issue, options.lang);

  const log = await readSentLog(options.sentFile);
  const earlier = new Map(lists.map((list) => [list, log.filter((entry) => entry.issue === options.issue && entry.list === list).at(-1)]));
  const repeats = lists.filter((list) => earlier.get(list));
  const sending = options.out === undefined && !options.dryRun;
  if (sending && repeats.length > 0 && !options.resend) {
    const when = repeats.map((list) => `${list} on ${earlier.get(list)!.at}`).join(', ');
    throw new PublishError(`issue ${options.issue} was already sent to ${when} (${displayPath(options.sentFile)}); add --resend to send it again`);
  }

  if (sending && repeats.length > 0) say(`--resend: sending again to ${repeats.join(', ')}`);
  const issue = await readBuiltIssue({ dist: options.dist, contentDir: run.contentDir, date: options.issue, lang: options.lang, say, signal: run.signal });
  const email = composeEmail(issue, edition);
  if (options.out !== undefined) return writeEml(options.out, message(issue, edition, email, lists), say);
  if (options.dryRun) return describe(run, issue, edition, email, lists, earlier, server?.shown);

  const transport = nodemailer.createTransport(server!.url);
  const stop = () => transport.close();
  run.signal.addEventListener('abort', stop, { once: true });
  try {
    for (const [index, list] of lists.entries()) {
      if (run.signal.aborted) throw new InterruptedError(`stopped before sending to ${lists.slice(index).join(', ')}`);
      say(`sending "${issue.title}" to ${list} through ${server!.shown}`);
      const info = await transport.sendMail(message(issue, edition, email, [list])).catch((error: Error & { response?: string }) => {
        if (run.signal.aborted) throw new InterruptedError(`stopped while sending to ${list}; it is not recorded as sent`);
        const reason = server!.scrub(error.response ?? error.message).replace(/\s+/g, ' ').trim();
        throw new PublishError(`${server!.shown} did not take the message for ${list}: ${reason}; nothing was recorded for it`);
      });
      if (info.rejected.length > 0) throw new PublishError(`${server!.shown} refused ${list}; nothing was recorded for it`);
      const entry = { issue: options.issue, lang: options.lang, list, at: new Date().toISOString(), messageId: info.messageId };
      await recordSent(options.sentFile, entry).catch((error: Error) => {
        throw new PublishError(`${list} accepted the message (${info.messageId}) but ${displayPath(options.sentFile)} could not be updated (${error.message.replace(/\s+/g, ' ')}); add this by hand: ${JSON.stringify(entry)}`);
      });
      run.print(`sent issue ${options.issue} (${options.lang}) to ${list}: ${info.messageId}`);
    }
    say(`recorded in ${displayPath(options.sentFile)}: commit it, so the next run anywhere knows`);
  } finally {
    run.signal.removeEventListener('abort', stop);
    transport.close();
  }
}

/** The message for `lists` (one list when sending; all of them in an .eml). */
function message(issue: BuiltIssue, edition: NewsletterEdition, email: EmailParts, lists: string[]): Mail.Options {
  const { url, mailto } = edition.unsubscribe;
  return {
    from: { name: edition.from.name, address: edition.from.address },
    to: lists,
    replyTo: edition.replyTo,
    subject: email.subject,
    text: email.text,
    html: email.html,
    // One List-Unsubscribe header with both addresses (a nested list, in nodemailer's terms), as RFC 8058 wants.
    list: { unsubscribe: [[...(mailto ? [mailto] : []), ...(url ? [url] : [])]] },
    // RFC 8058: a POST to the https address unsubscribes, with no page to click through.
    headers: url ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
  };
}

async function writeEml(path: string, options: Mail.Options, say: (message: string) => void): Promise<void> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail(options);
  await writeIfChanged(path, info.message as Buffer);
  say(`wrote ${path} (${kb((info.message as Buffer).length)}); nothing was sent or recorded`);
}

function describe(run: NewsletterRun, issue: BuiltIssue, edition: NewsletterEdition, email: EmailParts, lists: string[], earlier: Map<string, { at: string } | undefined>, shown: string | undefined) {
  const { options, print } = run;
  print(`would send "${issue.title}" (issue ${options.issue}, ${options.lang})`);
  print(`  from:     ${edition.from.name} <${edition.from.address}>${edition.replyTo ? `, replies to ${edition.replyTo}` : ''}`);
  for (const list of lists) {
    const before = earlier.get(list);
    print(`  to:       ${list}${before ? ` (already sent ${before.at}: refused without --resend)` : ''}`);
  }
  print(`  through:  ${shown ?? 'SMTP_URL is not set; a real run needs it'}`);
  print(`  size:     text ${kb(Buffer.byteLength(email.text))}, HTML ${kb(Buffer.byteLength(email.html))}`);
  print(`  unsubscribe: ${[edition.unsubscribe.url, edition.unsubscribe.mailto && `mailto:${edition.unsubscribe.mailto}`].filter(Boolean).join(', ')}`);
  print('nothing was sent or recorded (--dry-run)');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
