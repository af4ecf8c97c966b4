// npm run wechat: the issue as an HTML fragment for the WeChat Official Account editor.
import { abortOnInterrupt } from '../src/lib/cli/on-interrupt.ts';
import { runCommand } from '../src/lib/cli/run-command.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { findPublishedIssue } from '../src/lib/channels/find-issue.ts';
import { PublishError } from '../src/lib/channels/publish-error.ts';
import { readBuiltIssue } from '../src/lib/channels/read-built-issue.ts';
import { wechatFragment } from '../src/lib/channels/wechat-fragment.ts';
import { parseWechatArgs, WECHAT_USAGE } from '../src/lib/channels/wechat-options.ts';
import { writeIfChanged } from '../src/lib/fs/write-if-changed.ts';

await runCommand(
  'wechat',
  async () => {
    const options = parseWechatArgs(process.argv.slice(2));
    if (!options) return void console.log(WECHAT_USAGE);
    const say = (message: string) => console.error(`wechat: ${message}`);
    const signal = abortOnInterrupt(say);
    await findPublishedIssue(contentDir(), options.issue, options.lang);
    const issue = await readBuiltIssue({ dist: options.dist, contentDir: contentDir(), date: options.issue, lang: options.lang, say, signal });
    const fragment = `${wechatFragment(issue)}\n`;
    if (signal.aborted) throw new PublishError('stopped; nothing was written');
    say(`title (for the editor's title field): ${issue.title}`);
    if (!options.out) return void process.stdout.write(fragment);
    // A failed write is one line from the runner's catch, naming the path, the cause and what to do.
    const outcome = await writeIfChanged(options.out, fragment);
    say(`${outcome} ${options.out} (${fragment.length.toLocaleString('en')} characters)`);
  },
  [PublishError],
);
