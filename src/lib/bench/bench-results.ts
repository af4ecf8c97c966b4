// bench/results.json: one entry per corpus size (`"52"`, `"520"`), each the whole result of
// one run, so the ratios never mix figures from two runs. Checked before a run starts, so a
// long run never ends on a file it cannot write.
import { access, constants, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '#lib/cli/cli-errors.ts';
import { readTextIfThere } from '#lib/fs/if-there.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';

/** The results file cannot be read or written. Exit code 1. */
export class BenchResultsError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'BenchResultsError';
  }
}

async function readResults(out: string): Promise<Record<string, unknown>> {
  const text = await readTextIfThere(out).catch((error: Error) => {
    throw new BenchResultsError(`cannot read ${out}: ${error.message}`);
  });
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BenchResultsError(`${out} is not a JSON object of results by issue count; fix it or name another file with --out`);
}

/** Fails now if `out` could not take the results later. */
export async function checkResultsFile(out: string): Promise<void> {
  await readResults(out);
  try {
    await mkdir(dirname(out), { recursive: true });
    await access(dirname(out), constants.W_OK);
  } catch (error) {
    throw new BenchResultsError(`cannot write the results to ${out}: ${(error as Error).message}`);
  }
}

/** Puts `result` in as the entry for `issues`, keeping the other sizes' entries. */
export async function saveResults(out: string, issues: number, result: object): Promise<void> {
  const previous = await readResults(out);
  await writeIfChanged(out, `${JSON.stringify({ ...previous, [String(issues)]: result }, null, 2)}\n`).catch((error: Error) => {
    throw new BenchResultsError(`cannot write the results to ${out}: ${error.message}`);
  });
}
