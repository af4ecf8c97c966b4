// The steps of `npm run demo -- run NAME`, in order: check the name, measure, wrap
// the data with the machine and the command, validate it, save it, and present it.
import { CliError, describeFsError, InterruptedError, UsageError } from '#lib/cli/cli-errors.ts';
import { whyNotWritable } from '#lib/fs/check-writable.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { demoResultsSchema, type DemoResults } from '#lib/schemas/demo-results.ts';
import type { DemoSettings } from './demo-options.ts';
import { readMachineInfo } from './machine-info.ts';
import { DEMOS, findDemo, type DemoContext } from './registry.ts';

/** No demo has that name. Exit code 1. */
export class UnknownDemoError extends CliError {
  constructor(name: string) {
    super(`no demo is called ${JSON.stringify(name)}; there are: ${DEMOS.map((demo) => demo.name).join(', ')}`);
    this.name = 'UnknownDemoError';
  }
}

export interface DemoRun {
  results: DemoResults;
  /** Where the results were saved, if they were. */
  saved: string | null;
  /** Why saving failed (a read-only folder, a full disk): the caller shows the results instead. */
  unsaved?: string;
}

export async function runDemo(name: string, settings: DemoSettings, out: string | null, context: DemoContext): Promise<DemoRun> {
  const demo = findDemo(name);
  if (!demo) throw new UnknownDemoError(name);
  // A place known to be unwritable is refused before measuring, not after.
  const unwritable = out && (await whyNotWritable(out, 'file'));
  if (unwritable) throw new UsageError(`--out: ${unwritable}`);
  // Whatever a stopped measurement rejects with (an AbortError, a killed child), the reader is told the same.
  const interrupted = () => new InterruptedError('interrupted; no results were saved (a demo namespace, if any, was removed)');
  const { machine, ...measured } = await demo.measure(settings, context).catch((error: unknown) => {
    throw context.signal.aborted ? interrupted() : error;
  });
  if (context.signal.aborted) throw interrupted();
  const flags = demo.probes ? ` --connections ${settings.connections} --watch ${settings.watch}` : '';
  const results = demoResultsSchema.parse({
    schema: 1,
    command: `${demo.runner} run ${demo.name}${flags}`,
    machine: machine ?? (await readMachineInfo()),
    ...measured,
  });
  if (!out) return { results, saved: null };
  return saveResults(results, out);
}

/** Saves `results` to `out`; any failure is returned as `unsaved`, never thrown: minutes of measuring are not lost to one file. */
export async function saveResults(results: DemoResults, out: string): Promise<DemoRun> {
  try {
    await writeIfChanged(out, `${JSON.stringify(results, null, 2)}\n`);
    return { results, saved: out };
  } catch (error) {
    return { results, saved: null, unsaved: error instanceof CliError ? error.message : describeFsError(error, out, 'write') };
  }
}
