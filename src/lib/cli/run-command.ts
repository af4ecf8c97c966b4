import { ContentError } from '../content/content-error.ts';
import { UsageError } from './usage-error.ts';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command's main function and turns the errors it expects into a message and
 * an exit code: 2 for a usage mistake, 1 for bad content or any of `expected`
 * (or the error's own `exitCode`).
 * Anything else is a bug, and keeps its stack trace.
 */
export async function runCommand(name: string, main: () => Promise<number | void>, expected: ErrorClass[] = []): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\nRun with --help for usage.`);
      process.exitCode = 2;
    } else if (error instanceof ContentError || expected.some((kind) => error instanceof kind)) {
      console.error(`${name}: ${(error as Error).message}`);
      const { exitCode } = error as { exitCode?: unknown };
      process.exitCode = typeof exitCode === 'number' ? exitCode : 1;
    } else {
      throw error;
    }
  }
}
