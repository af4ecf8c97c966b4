/** A tool the bench needs is missing; the message says how to install it. Exit code 3, as for a demo that cannot run. */
export class BenchUnavailableError extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = 'BenchUnavailableError';
  }
}

/** The run was stopped (Ctrl-C): its folder is removed and nothing is saved. Exit code 130. */
export class BenchInterruptedError extends Error {
  readonly exitCode = 130;
  constructor() {
    super('interrupted; the generated corpus was removed and no results were saved');
    this.name = 'BenchInterruptedError';
  }
}
