// npm run draft: write the next issue, in both languages, from the upstream records;
// with --add, add items to an existing issue; with --backlog (npm run backlog), list what no issue covers.
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { createProgress } from '#lib/cli/progress.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { existingContentDir } from '#lib/content/content-dir.ts';
import { DRAFT_USAGE, parseDraftArgs } from '#lib/draft/draft-options.ts';
import { formatAddReport, formatDraftReport } from '#lib/draft/format-draft-report.ts';
import { formatBacklog, runBacklog } from '#lib/draft/run-backlog.ts';
import { runAdd } from '#lib/draft/run-add.ts';
import { runDraft, type DraftEnvironment } from '#lib/draft/run-draft.ts';
import { clientOptionsFromEnv } from '#lib/github/create-client.ts';

const progress = createProgress(process.stderr);
// Ctrl-C stops a --gather between records (each record is written whole); the issue
// files themselves are written as a pair in one short step that is not cut in half.
const signal = abortOnInterrupt((message) => progress.log(`draft: ${message}`));

await runCommand('draft', async () => {
  const options = parseDraftArgs(process.argv.slice(2));
  if (!options) return void console.log(DRAFT_USAGE);
  const content = existingContentDir();
  if (options.mode === 'backlog') return void console.log(formatBacklog(await runBacklog(content, options.today)));
  const env: DraftEnvironment = {
    contentDir: content,
    backupDir: '.cache/backups/issues',
    now: new Date(),
    progress,
    client: { ...clientOptionsFromEnv(process.env), signal },
  };
  const summary = options.mode === 'add' ? await runAdd(options, env) : await runDraft(options, env);
  if (options.dryRun) {
    for (const file of summary.files) process.stdout.write(`==> ${file.path} <==\n${file.text}`);
  }
  console.error('issue' in summary ? formatAddReport(summary, options.dryRun) : formatDraftReport(summary, options.dryRun));
});
