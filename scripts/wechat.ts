// npm run wechat: the issue as an HTML fragment for the WeChat Official Account editor.
import { InterruptedError, UsageError } from '#lib/cli/cli-errors.ts';
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { findPublishedIssue } from '#lib/channels/find-issue.ts';
import { readBuiltIssue } from '#lib/channels/read-built-issue.ts';
import { wechatFragment } from '#lib/channels/wechat-fragment.ts';
import { parseWechatArgs, WECHAT_USAGE } from '#lib/channels/wechat-options.ts';
import { whyNotWritable } from '#lib/fs/check-writable.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';

await runCommand('wechat', async () => {
  const options = parseWechatArgs(process.argv.slice(2));
  if (!options) return void console.log(WECHAT_USAGE);
  const say = (message: string) => console.error(`wechat: ${message}`);
  const signal = abortOnInterrupt(say);
  // Before a build that may take minutes.
  const unwritable = options.out && (await whyNotWritable(options.out, 'file'));
  if (unwritable) throw new UsageError(`--out: ${unwritable}`);
  await findPublishedIssue(contentDir(), options.issue, options.lang);
  const issue = await readBuiltIssue({ dist: options.dist, contentDir: contentDir(), date: options.issue, lang: options.lang, say, signal });
  const fragment = `${wechatFragment(issue)}\n`;
  if (signal.aborted) throw new InterruptedError('stopped; nothing was written');
  say(`title (for the editor's title field): ${issue.title}`);
  if (!options.out) return void process.stdout.write(fragment);
  // A failed write is one line from the runner's catch, naming the path, the cause and what to do.
  const outcome = await writeIfChanged(options.out, fragment);
  say(`${outcome} ${options.out} (${fragment.length.toLocaleString('en')} characters)`);
});
