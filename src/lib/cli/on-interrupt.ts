import { EXIT } from './cli-errors.ts';

let requested: AbortSignal | undefined;

/**
 * Turns Ctrl-C (and SIGTERM, or a closed terminal's SIGHUP) into an AbortSignal: the first one asks the run to
 * stop and clean up, a second one quits at once (say, during a long wait). A stopped run ends with an
 * InterruptedError (exit code 130) that says what was kept.
 */
export function abortOnInterrupt(say: (message: string) => void): AbortSignal {
  const controller = new AbortController();
  requested = controller.signal;
  const stop = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
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
