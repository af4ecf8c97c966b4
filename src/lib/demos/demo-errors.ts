import { InterruptedError } from '#lib/cli/cli-errors.ts';

/** A demo stopped by Ctrl-C: nothing is saved, and its namespace, if any, is removed. */
export class DemoInterruptedError extends InterruptedError {
  constructor() {
    super('interrupted; no results were saved (a demo namespace, if any, was removed)');
  }
}
