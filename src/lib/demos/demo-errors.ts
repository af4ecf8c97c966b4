/** The demo cannot run here; the message says what is missing and how to get it. */
export class DemoUnavailableError extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = 'DemoUnavailableError';
  }
}

/** The run was stopped (Ctrl-C); nothing is saved. Exit code 130, as for any interrupted command. */
export class DemoInterruptedError extends Error {
  readonly exitCode = 130;
  constructor() {
    super('interrupted; no results were saved (a demo namespace, if any, was removed)');
    this.name = 'DemoInterruptedError';
  }
}
