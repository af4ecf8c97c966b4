import { ContentError } from '#lib/content/content-error.ts';
import { CliError, EXIT, FileSystemError, isFsError, UsageError } from './cli-errors.ts';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command's main function: the one catch. Errors it expects become one line,
 * `name: message`, and an exit code: 2 for a usage mistake, the error's own `exitCode`
 * (CliError and its kinds, or any of `expected` that carries one), otherwise 1. A
 * file-system failure (read-only, no space, no permission) names the path, the cause
 * and what to do. Anything else is a bug, and keeps its stack trace.
 */
export async function runCommand(name: string, main: () => Promise<number | void>, expected: ErrorClass[] = []): Promise<void> {
  try {
    process.exitCode = (await main()) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\nRun with --help for usage.`);
      process.exitCode = EXIT.usage;
    } else if (isFsError(error) || error instanceof CliError || error instanceof ContentError || expected.some((kind) => error instanceof kind)) {
      const shown = isFsError(error) ? new FileSystemError(error) : (error as Error);
      console.error(`${name}: ${shown.message}`);
      const { exitCode } = shown as { exitCode?: unknown };
      process.exitCode = typeof exitCode === 'number' ? exitCode : EXIT.failed;
    } else {
      throw error;
    }
  }
}
