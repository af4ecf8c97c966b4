import { CliError } from '#lib/cli/cli-errors.ts';
import { displayPath } from '#lib/fs/display-path.ts';

/** The draft cannot be made: an unknown --only item, an existing issue, and the like. Exit code 1. */
export class DraftError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'DraftError';
  }
}

/**
 * A redraft would replace a published issue (draft: false) and its commentary. Refused
 * unless --force comes with --overwrite-published; the message names where the
 * current files would be kept, and the way to add items instead.
 */
export class PublishedIssueError extends DraftError {
  constructor(issue: { number: number; date: string }, backups: string[]) {
    super(
      [
        `issue ${issue.number} (${issue.date}) is published (draft: false); a new draft would replace its commentary, so nothing was written.`,
        `  To add items and keep every word written: npm run draft -- --add REF --date ${issue.date}`,
        `  To replace it anyway: npm run draft -- --date ${issue.date} --force --overwrite-published`,
        `  (the current files would first be copied to ${backups.map(displayPath).join(' and ')})`,
      ].join('\n'),
    );
    this.name = 'PublishedIssueError';
  }
}
