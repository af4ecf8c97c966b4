// npm run draft: write the next issue, in both languages, from the upstream records.
import { createProgress } from '../src/lib/cli/progress.ts';
import { runCommand } from '../src/lib/cli/run-command.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { DRAFT_USAGE, parseDraftArgs } from '../src/lib/draft/draft-options.ts';
import { formatDraftReport } from '../src/lib/draft/format-draft-report.ts';
import { DraftError } from '../src/lib/draft/draft-error.ts';
import { runDraft } from '../src/lib/draft/run-draft.ts';
import { GatherError } from '../src/lib/gather/run-gather.ts';
import { clientOptionsFromEnv } from '../src/lib/github/create-client.ts';

await runCommand(
  'draft',
  async () => {
    const options = parseDraftArgs(process.argv.slice(2));
    if (!options) return void console.log(DRAFT_USAGE);
    const progress = createProgress(process.stderr);
    const summary = await runDraft(options, {
      contentDir: contentDir(),
      backupDir: '.cache/backups/issues',
      cacheDir: '.cache/github',
      now: new Date(),
      progress,
      client: clientOptionsFromEnv(process.env),
    });
    if (options.dryRun) {
      for (const file of summary.files) process.stdout.write(`==> ${file.path} <==\n${file.text}`);
    }
    console.error(formatDraftReport(summary, options.dryRun));
  },
  [DraftError, GatherError],
);
