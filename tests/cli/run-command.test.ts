// runCommand, the one catch every script goes through: an expected error is one line with
// its exit code; anything else is a bug and keeps its stack.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError, EXIT, InterruptedError, UnavailableError, UsageError } from '#lib/cli/cli-errors.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { ContentError } from '#lib/content/content-error.ts';
import { PublishError } from '#lib/channels/publish-error.ts';

let printed: string[] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function exitOf(error: unknown): Promise<number | undefined> {
  await runCommand('try', async () => {
    throw error;
  });
  return Number(process.exitCode);
}

describe('runCommand', () => {
  it('gives each kind of error its exit code and one line', async () => {
    expect(await exitOf(new UsageError('--bogus is not an option'))).toBe(EXIT.usage);
    expect(printed.pop()).toBe('try: --bogus is not an option\nRun with --help for usage.');
    expect(await exitOf(new UnavailableError('needs root'))).toBe(EXIT.nothing);
    expect(await exitOf(new InterruptedError('interrupted; nothing was written'))).toBe(EXIT.interrupted);
    expect(printed.pop()).toBe('try: interrupted; nothing was written');
    expect(await exitOf(new CliError('refused'))).toBe(EXIT.failed);
    expect(await exitOf(new PublishError('no such issue'))).toBe(EXIT.failed);
    expect(await exitOf(new ContentError([{ file: 'content/x.mdx', line: 3, field: 'date', message: 'is not a date' }]))).toBe(EXIT.failed);
    expect(printed.pop()).toBe('try: Invalid content:\n  content/x.mdx:3: date: is not a date');
  });

  it('names the path, the cause and what to do for a file-system failure', async () => {
    const failure = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS', syscall: 'open', path: 'content/x.json' });
    expect(await exitOf(failure)).toBe(EXIT.failed);
    expect(printed.pop()).toBe('try: cannot write content/x.json: the file system is read-only (EROFS); run where the folder is writable, or choose another place');
  });

  it('uses the exit code main returns, 0 when it returns nothing', async () => {
    await runCommand('try', async () => EXIT.nothing);
    expect(process.exitCode).toBe(EXIT.nothing);
    await runCommand('try', async () => {});
    expect(process.exitCode).toBe(EXIT.ok);
  });

  it('lets anything else through, as a bug with its stack', async () => {
    await expect(runCommand('try', async () => {
      throw new TypeError('undefined is not a function');
    })).rejects.toThrow(TypeError);
    expect(printed).toEqual([]);
  });
});
