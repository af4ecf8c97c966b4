// npm run check: lint the content the way the build will, and say where each problem is.
import { runCommand } from '#lib/cli/run-command.ts';
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { cacheDirForContent, existingContentDir } from '#lib/content/content-dir.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { runCheck } from '#lib/check/run-check.ts';
import { keepScansIn, saveScans } from '#lib/content/scan-mdx.ts';
import { plural } from '#lib/cli/plural.ts';
import { LOCALES } from '#lib/i18n/locales.ts';

const USAGE = `Usage: npm run check

Checks the content folder and prints each problem as file:line: field: message;
exits 1 when there is any. The build runs the same check and stops on it. Warnings are
printed as file:line: warning: message and pass. It finds: an issue missing a
language (a warning: the site shows the other language with a notice until the
translation lands), frontmatter and YAML errors, MDX that does not compile,
components a page does not provide, import/export lines, ${LOCALES.join(' and ')} versions that
cover different items or disagree on number, dates or draft state, references that
do not resolve, unwritten <Placeholder> commentary and TODO text in published
issues (on a draft: warnings, with a count of what is left), <Demo> names that do
not exist, internal links to no page, a duplicate issue number or date, invalid
upstream records or page frontmatter, and an invalid watchlist.

Options:
  --force                parse and compile every body again, not reusing what the last
                         run kept (node_modules/.astro; npm run build -- --force passes it)
  --help                 this text

Environment:
  CONTENT_DIR            content folder (default content)`;

await runCommand('check', async () => {
  const flags = parseFlags(process.argv.slice(2), { help: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } });
  if (flags.help) return void console.log(USAGE);
  const dir = existingContentDir();
  keepScansIn(cacheDirForContent(), { for: 'check', reuse: !flags.force });
  const { problems, counts } = await runCheck(dir, 'public');
  await saveScans();
  for (const problem of problems) console.log(formatProblem(problem));
  const scope = `${plural(counts.issueFiles, 'issue file')} (${plural(counts.drafts, 'draft')}), ${plural(counts.records, 'record')}, ${plural(counts.pages, 'page')}, ${plural(counts.demos, 'demo')}`;
  const errors = problems.filter((problem) => !problem.severity).length;
  const warnings = problems.length - errors;
  const found = [errors > 0 && plural(errors, 'problem'), warnings > 0 && plural(warnings, 'warning')].filter(Boolean).join(', ');
  console.error(`check: ${scope}: ${found || 'no problems'}`);
  return errors === 0 ? 0 : 1;
});
