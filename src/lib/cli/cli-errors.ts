// The errors a command expects, each with its exit code, and the wording of file-system
// failures. runCommand (run-command.ts) is the one place that catches them.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath } from '#lib/fs/display-path.ts';

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Refused, bad content, a failed write or request: the message says what to do. */
  failed: 1,
  /** A mistake on the command line. */
  usage: 2,
  /** Nothing to do (a quiet week for draft; a demo that cannot run here). */
  nothing: 3,
  /** Stopped by Ctrl-C (or SIGTERM, SIGHUP). */
  interrupted: 130,
} as const;

/** An expected failure: printed as one line (`name: message`), no stack, and its exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failed) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** The command was stopped (Ctrl-C, SIGTERM, SIGHUP); the message says what was kept. Exit code 130, or the signal's own (signalExitCode). */
export class InterruptedError extends CliError {
  constructor(message: string, exitCode: number = EXIT.interrupted) {
    super(message, exitCode);
    this.name = 'InterruptedError';
  }
}

/** There was nothing to do (a quiet week, for draft). Exit code 3, so automation can tell it from a failure. */
export class NothingToDoError extends CliError {
  constructor(message: string) {
    super(message, EXIT.nothing);
    this.name = 'NothingToDoError';
  }
}

/** Something the command needs is missing on this machine; the message says how to get it. Exit code 3. */
export class UnavailableError extends CliError {
  constructor(message: string) {
    super(message, EXIT.nothing);
    this.name = 'UnavailableError';
  }
}

/** A file or folder the command could not read or write, named, with the cause and what to do. */
export class FileSystemError extends CliError {
  constructor(error: NodeJS.ErrnoException, path?: string, verb?: string) {
    super(describeFsError(error, path, verb));
    this.name = 'FileSystemError';
    this.cause = error;
  }
}

const CAUSES: Record<string, [cause: string, advice: string]> = {
  EROFS: ['the file system is read-only', 'run where the folder is writable, or choose another place'],
  EACCES: ['permission denied', 'check who owns the folder and its permissions'],
  EPERM: ['the operation is not permitted', 'check the folder\'s permissions and attributes (chattr, mount options)'],
  ENOSPC: ['no space left on the device', 'free some space, then run again'],
  EDQUOT: ['the disk quota is used up', 'free some space, then run again'],
  ENOENT: ['no such file or folder', 'check the path'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'check the path'],
  EISDIR: ['it is a folder, not a file', 'name a file'],
  EEXIST: ['something is already there', 'move it away or choose another path'],
  EMFILE: ['too many open files', 'raise the limit (ulimit -n) or close other programs, then run again'],
  ENFILE: ['too many open files on the system', 'close other programs, then run again'],
  EBUSY: ['it is busy', 'close what holds it, then run again'],
};

const VERBS: Record<string, string> = { mkdir: 'create the folder', read: 'read', scandir: 'read the folder', opendir: 'read the folder', stat: 'read', lstat: 'read' };

/** True for a failure of a file-system call (it has an errno code and a system call). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const candidate = error as NodeJS.ErrnoException | null;
  return typeof candidate?.code === 'string' && typeof candidate.syscall === 'string' && candidate.code in CAUSES;
}

/**
 * `cannot write content/x.json: the file system is read-only (EROFS); run where …`. `path` overrides the one in
 * the error; `verb` the one its system call implies (a write whose first step reads the old file says write).
 */
export function describeFsError(error: unknown, path?: string, verb?: string): string {
  const failure = explainMkdir(error as NodeJS.ErrnoException);
  const where = path ?? failure.path ?? '?';
  const shown = where.startsWith('/') ? displayPath(where) : where;
  const [cause, advice] = CAUSES[failure.code ?? ''] ?? [failure.message, 'check the path and run again'];
  const doing = verb ?? VERBS[failure.syscall ?? ''] ?? 'write';
  return `cannot ${doing} ${shown}: ${cause}${failure.code ? ` (${failure.code})` : ''}; ${advice}`;
}

/**
 * A recursive mkdir under a read-only or locked folder fails with ENOENT, which says
 * nothing useful: ask the nearest folder that exists why it cannot be written.
 */
function explainMkdir(error: NodeJS.ErrnoException): NodeJS.ErrnoException {
  if (error.code !== 'ENOENT' || error.syscall !== 'mkdir' || !error.path) return error;
  let ancestor = dirname(error.path);
  while (!existsSync(ancestor) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  try {
    accessSync(ancestor, constants.W_OK);
    return error;
  } catch (denied) {
    return Object.assign(new Error((denied as Error).message), { code: (denied as NodeJS.ErrnoException).code, syscall: 'mkdir', path: error.path });
  }
}
