/** The draft cannot be made: an unknown --only item, an existing issue, and the like. Exit code 1. */
export class DraftError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = 'DraftError';
  }
}

/** The window asked for makes no sense (it ends before it starts, say): a usage mistake, exit code 2. */
export class WindowError extends DraftError {
  override readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}

/** A quiet week: every record in the window is covered already. Exit code 3, so automation can tell it apart. */
export class NothingToDraftError extends DraftError {
  override readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = 'NothingToDraftError';
  }
}
