import { parseFlags } from '../cli/parse-flags.ts';
import { UsageError } from '../cli/usage-error.ts';

export const BENCH_USAGE = `Usage: npm run bench -- --issues N [options]

Generates a synthetic content folder of N weekly issues (both languages, ~10 records
each), runs the full production build on it (pages, feeds, sitemap, search index),
then times the editor's inner loop, and reports the figures. The standard points are
--issues 52 and --issues 520.

Options:
  --issues N             weekly issues to generate (1 to 2000)
  --keep                 keep the generated content and the built site, and say where
  --no-editor            skip the editor's loop (draft, check, dev-server refresh)
  --out FILE             where to merge the results (default bench/results.json)
  --help                 this text`;

export interface BenchOptions {
  issues: number;
  keep: boolean;
  editor: boolean;
  out: string;
}

export function parseBenchArgs(args: string[]): BenchOptions | null {
  const values = parseFlags(args, {
    issues: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-editor': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return null;
  const issues = Number(values.issues);
  if (values.issues === undefined) throw new UsageError('say how many issues: --issues 52 or --issues 520');
  if (!Number.isInteger(issues) || issues < 1 || issues > 2000) throw new UsageError(`--issues ${JSON.stringify(values.issues)}: expected a whole number from 1 to 2000`);
  return { issues, keep: values.keep, editor: !values['no-editor'], out: values.out };
}
