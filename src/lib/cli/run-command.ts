import { CliError, EXIT, FileSystemError, isFsError, UsageError } from './cli-errors.ts';
import { interruptRequested } from './on-interrupt.ts';

/**
 * Runs a command's main function: the one catch. Errors it expects (CliError and its
 * kinds) become one line, `name: message`, and the error's exit code; a usage mistake
 * adds a pointer to --help. A file-system failure (read-only, no space, no permission)
 * names the path, the cause and what to do. Anything else is a bug, and keeps its stack trace.
 * `main` returns the exit code when it is not 0 without an error (check's problems, say).
 */
export async function runCommand(name: string, main: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? EXIT.ok;
  } catch (error) {
    const expected = isFsError(error) ? new FileSystemError(error) : error;
    if (!(expected instanceof CliError)) throw error;
    console.error(expected instanceof UsageError ? `${name}: ${expected.message}\nRun with --help for usage.` : `${name}: ${expected.message}`);
    process.exitCode = expected.exitCode;
  }
  // A stopped run is over once its outcome is told: a timer still pending (a retry's backoff) must not keep it waiting.
  if (interruptRequested()) process.exit();
}
