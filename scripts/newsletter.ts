// npm run newsletter: the issue by email to the language's lists, through SMTP_URL.
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { NEWSLETTER_USAGE, parseNewsletterArgs } from '#lib/newsletter/newsletter-options.ts';
import { runNewsletter } from '#lib/newsletter/run-newsletter.ts';

await runCommand('newsletter', async () => {
  const options = parseNewsletterArgs(process.argv.slice(2), contentDir());
  if (!options) return void console.log(NEWSLETTER_USAGE);
  const say = (message: string) => console.error(`newsletter: ${message}`);
  await runNewsletter({ options, contentDir: contentDir(), smtpUrl: process.env.SMTP_URL, print: console.log, say, signal: abortOnInterrupt(say) });
});
