// npm run audit: Lighthouse scores and page weights of the built site (run npm run build first).
import { parseFlags } from '#lib/cli/parse-flags.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { stopWhenOrphaned } from '#lib/cli/stop-when-orphaned.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { checkAuditInputs } from '#lib/audit/check-audit-inputs.ts';
import { runAudit } from '#lib/audit/run-audit.ts';

const USAGE = `Usage: npm run audit -- [--dist DIR] [--out FILE]

Serves the built site on 127.0.0.1, weighs the home pages and the first issue in both
languages (HTML, CSS, JavaScript, fonts), runs Lighthouse on them in Debian's chromium,
prints the figures and writes them to a report. Says on standard error which page it is
auditing; Ctrl-C (or SIGTERM, SIGHUP) closes the browser and the server and writes nothing.

Options:
  --dist DIR             the built site (default dist; run npm run build first)
  --out FILE             the report (default audit/report.json)
  --chromium PATH        the browser (default /usr/bin/chromium)
  --help                 this text`;

await runCommand('audit', async () => {
  const values = parseFlags(process.argv.slice(2), {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'audit/report.json' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return void console.log(USAGE);
  await checkAuditInputs(values);
  const signal = abortOnInterrupt((message) => console.error(`audit: ${message}`));
  stopWhenOrphaned();
  const report = await runAudit(values.dist, values.chromium, { signal, onPage: (done, total, path) => console.error(`audit: ${done}/${total} ${path}`) });
  // Bytes, not KiB: the issue page budget is 60 KB (60,000 bytes) of HTML and CSS.
  console.log('page                         perf  a11y  best   seo    HTML     CSS  HTML+CSS  inline JS  JS files');
  for (const page of report.pages) {
    const weight = report.weights.find((entry) => entry.path === page.path)!;
    const { performance, accessibility, seo } = page.scores;
    const scores = [performance, accessibility, page.scores['best-practices'], seo].map((score) => String(score).padStart(4)).join('  ');
    const bytes = [weight.htmlBytes, weight.cssBytes, weight.htmlBytes + weight.cssBytes, weight.inlineJsBytes, weight.jsFileBytes].map((value, index) => value.toLocaleString('en-US').padStart([7, 7, 9, 10, 9][index]!)).join(' ');
    console.log(`${page.path.padEnd(28)} ${scores} ${bytes}`);
    for (const failing of page.failing) console.log(`    failing: ${failing.id} (${failing.title})${failing.example ? `: ${failing.example}` : ''}`);
  }
  await writeIfChanged(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`audit: report written to ${values.out}`);
});
