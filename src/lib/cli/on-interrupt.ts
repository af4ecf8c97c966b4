import { constants } from 'node:os';
import { EXIT } from './cli-errors.ts';

let requested: AbortSignal | undefined;
let stoppedBy: NodeJS.Signals | undefined;

/**
 * Turns Ctrl-C (and SIGTERM, or a closed terminal's SIGHUP) into an AbortSignal: the first one asks the run to
 * stop and clean up, a second one quits at once (say, during a long wait). A stopped run ends with an
 * InterruptedError (exit code 130) that says what was kept.
 */
export function abortOnInterrupt(say: (message: string) => void): AbortSignal {
  const controller = new AbortController();
  requested = controller.signal;
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    stoppedBy = signal;
    controller.abort();
    // Requests cancelled on the way out reject where nobody waits for them any more
    // (a retry's or the throttle's own promise): expected now, not a crash.
    process.on('unhandledRejection', (reason) => {
      if ((reason as Error | undefined)?.name !== 'AbortError') throw reason;
    });
    say('stopping (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  return controller.signal;
}

/** True once Ctrl-C (or SIGTERM, SIGHUP) has asked this process's run to stop. */
export function interruptRequested(): boolean {
  return requested?.aborted ?? false;
}

/** The signal that asked the run to stop (SIGINT, SIGTERM, SIGHUP), if one did. */
export function interruptSignal(): NodeJS.Signals | undefined {
  return stoppedBy;
}

/** 128 + the signal's number, as a shell reports a process the signal ended: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
