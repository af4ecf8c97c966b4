import { CliError } from '#lib/cli/cli-errors.ts';

/** A publishing run that cannot go on (unknown issue, failed build, refused mail): one line, exit 1. */
export class PublishError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}
