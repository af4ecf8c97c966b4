import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';

export const BENCH_USAGE = `Usage: npm run bench -- --issues N [options]

Generates a synthetic content folder of N weekly issues (both languages, ~10 records
each), runs the full production build on it (pages, feeds, sitemap, search index),
then times the editor's inner loop, and reports the figures. The standard points are
--issues 52 and --issues 520.

With --baseline hugo it also writes the same corpus as a plain Hugo site (templates in
bench/hugo/), builds it with the hugo on PATH and indexes it with the same Pagefind
binary, and reports both builds and their ratio. With --warm it then adds the next
week's issue (and gathers the week after) and builds again, as a weekly deploy does.

Options:
  --issues N             weekly issues to generate (1 to 2000)
  --baseline hugo        also build a Hugo equivalent (needs hugo 0.111 or later on PATH)
  --warm                 rebuild after adding one issue, and report that rebuild
  --keep                 keep the generated content and the built sites, and say where
  --no-editor            skip the editor's loop (draft, check, dev-server refresh)
  --out FILE             where to merge the results (default bench/results.json)
  --help                 this text`;

export interface BenchOptions {
  issues: number;
  baseline: 'hugo' | null;
  warm: boolean;
  keep: boolean;
  editor: boolean;
  out: string;
}

export function parseBenchArgs(args: string[]): BenchOptions | null {
  const values = parseFlags(args, {
    issues: { type: 'string' },
    baseline: { type: 'string' },
    warm: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-editor': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  const issues = Number(values.issues);
  if (values.issues === undefined) throw new UsageError('say how many issues: --issues 52 or --issues 520');
  if (!Number.isInteger(issues) || issues < 1 || issues > 2000) throw new UsageError(`--issues ${JSON.stringify(values.issues)}: expected a whole number from 1 to 2000`);
  if (values.baseline !== undefined && values.baseline !== 'hugo') throw new UsageError(`--baseline ${JSON.stringify(values.baseline)}: the one baseline is hugo`);
  return { issues, baseline: values.baseline === 'hugo' ? 'hugo' : null, warm: values.warm, keep: values.keep, editor: !values['no-editor'], out: values.out };
}
