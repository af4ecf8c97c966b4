// npm run changelog: release notes across repositories and a window, from the upstream records.
import { join } from 'node:path';
import { buildChangelog } from '#lib/changelog/build-changelog.ts';
import { checkReposGathered } from '#lib/changelog/check-repos.ts';
import { CHANGELOG_USAGE, parseChangelogArgs } from '#lib/changelog/changelog-options.ts';
import { renderChangelogJson, renderChangelogMarkdown } from '#lib/changelog/render-changelog.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { ContentError } from '#lib/content/content-error.ts';
import { existingContentDir } from '#lib/content/content-dir.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';
import { buildUpgrade } from '#lib/upgrade/build-upgrade.ts';
import { issueCoverage } from '#lib/upgrade/issue-coverage.ts';
import { renderUpgradeJson, renderUpgradeMarkdown } from '#lib/upgrade/render-upgrade.ts';

await runCommand('changelog', async () => {
  const options = parseChangelogArgs(process.argv.slice(2));
  if (!options) return void console.log(CHANGELOG_USAGE);
  const content = existingContentDir();
  const upstream = join(content, 'upstream');
  const { records, problems } = await loadRecords(upstream);
  if (problems.length > 0) throw new ContentError(problems);
  checkReposGathered(options.repos, records.values(), displayPath(upstream));
  let output: string;
  if (options.versions) {
    const coverage = await issueCoverage(join(content, 'issues'));
    const upgrade = buildUpgrade(records, { repo: options.repos[0]!, ...options.versions, notesOnly: options.notesOnly }, coverage);
    output = options.format === 'json' ? renderUpgradeJson(upgrade) : renderUpgradeMarkdown(upgrade);
  } else {
    const changelog = buildChangelog(records.values(), options);
    output = options.format === 'json' ? renderChangelogJson(changelog) : renderChangelogMarkdown(changelog);
  }
  if (options.out) {
    // A failed write is one line from the runner's catch; nothing is half-written (temporary name, then rename).
    const outcome = await writeIfChanged(options.out, output);
    console.error(`changelog: ${outcome} ${options.out}`);
  } else {
    process.stdout.write(output);
  }
});
