/** A publishing run that cannot go on (unknown issue, failed build, refused mail): one line, exit 1. */
export class PublishError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}
